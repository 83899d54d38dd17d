// SPDX-License-Identifier: GPL-3.0-or-later
// access-report, purge-expired: the person's rights from the command line.
#include "Command.h"

#include "common/Session.h"
#include "privacy/AccessReport.h"
#include "privacy/DisclosureLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

int runAccessReport(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 clientId = parser.value(QStringLiteral("client")).toLongLong(&ok);
    if (!ok || clientId <= 0) {
        printError(tr("Give the client's number with --client ID."));
        return Exit::Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(tr("Give the output file with --out FILE (.json or .html)."));
        return Exit::Usage;
    }
    QString format = parser.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower();
    privacy::AccessReport::Format f;
    if (format == QLatin1String("json"))
        f = privacy::AccessReport::Format::Json;
    else if (format == QLatin1String("html") || format == QLatin1String("htm"))
        f = privacy::AccessReport::Format::Html;
    else {
        printError(tr("Unknown format '%1': use json or html.").arg(format));
        return Exit::Usage;
    }
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    const Session session(**db, *staff);
    auto bytes = privacy::AccessReport(session).render(clientId, f);
    if (!bytes)
        return reportFailure(bytes.error());
    if (Status s = writeFileAtomically(out, *bytes); !s)
        return reportFailure(s.error());
    print(tr("Access report for client %1 written to %2\n").arg(clientId).arg(out));
    return Exit::Ok;
}

int runPurgeExpired(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    auto removed = privacy::DisclosureLog(Session(**db, *staff)).purgeExpired();
    if (!removed)
        return reportFailure(removed.error());
    print(tr("%1 disclosure records of erased clients past their retention period were removed.\n").arg(*removed));
    return Exit::Ok;
}

} // namespace

std::vector<Command> privacyCommands()
{
    return {
        {QStringLiteral("access-report"),
         tr("Everything held about one person, and their disclosure records (JSON or HTML)."),
         QStringLiteral("tsunagu-cli access-report --db office.db --client 42 --out report.html"),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("client"), tr("The client's number."), QStringLiteral("ID")});
             p.addOption({QStringLiteral("out"), tr("The file to write (.json or .html)."), QStringLiteral("FILE")});
             p.addOption({QStringLiteral("format"), tr("json or html (default: from the file name)."),
                          QStringLiteral("FORMAT")});
         },
         runAccessReport},
        {QStringLiteral("purge-expired"),
         tr("Remove disclosure records of erased clients whose retention period has ended."),
         QStringLiteral("tsunagu-cli purge-expired --db office.db"), {}, runPurgeExpired},
    };
}

} // namespace tsunagu::cli
