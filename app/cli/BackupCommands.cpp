// SPDX-License-Identifier: GPL-3.0-or-later
// backup, restore: consistent copies while the app runs, and checked restores.
#include "Command.h"

#include "audit/AuditLog.h"
#include "common/Session.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

// Progress on stderr when it is a terminal, quiet otherwise.
storage::BackupProgress terminalProgress()
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [](qint64 done, qint64 total) {
        std::fprintf(stderr, "\r%3lld%%", total > 0 ? static_cast<long long>(done * 100 / total) : 100LL);
        if (done >= total)
            std::fputc('\n', stderr);
        return true;
    };
}

int runBackup(const QCommandLineParser &parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(tr("Give the backup file with --out FILE."));
        return Exit::Usage;
    }
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    if (Status s = storage::Backup::create(**db, out, terminalProgress()); !s)
        return reportFailure(s.error());
    (void)audit::AuditLog(Session(**db, *staff)).append({QStringLiteral("database.backup"), {}, {}, {}, {}});
    print(tr("Backup written to %1\n").arg(out));
    return Exit::Ok;
}

int runRestore(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("Name the backup file to restore: tsunagu-cli restore --db FILE BACKUP."));
        return Exit::Usage;
    }
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto kept = storage::Backup::restore(**db, files.first(), terminalProgress());
    if (!kept)
        return reportFailure(kept.error());
    auto staff = actingStaff(**db, parser);
    if (staff)
        (void)audit::AuditLog(Session(**db, *staff)).append({QStringLiteral("database.restore"), {}, {}, {}, {}});
    print(tr("Restored from %1. The replaced data was kept in %2\n").arg(files.first(), *kept));
    return Exit::Ok;
}

} // namespace

std::vector<Command> backupCommands()
{
    return {
        {QStringLiteral("backup"), tr("Make a consistent copy of the database, even while the app is running."),
         QStringLiteral("tsunagu-cli backup --db office.db --out /media/usb/office-2026-11-21.db"),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("out"), tr("The backup file to write."), QStringLiteral("FILE")});
         },
         runBackup},
        {QStringLiteral("restore"),
         tr("Check a backup and replace the database with it, keeping the replaced data beside it."),
         QStringLiteral("tsunagu-cli restore --db office.db /media/usb/office-2026-11-21.db"),
         [](QCommandLineParser &p) { p.addPositionalArgument(QStringLiteral("BACKUP"), tr("The backup file.")); },
         runRestore},
    };
}

} // namespace tsunagu::cli
