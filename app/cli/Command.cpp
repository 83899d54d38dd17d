// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "common/Session.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace tsunagu::cli {

void printError(const QString &message)
{
    QTextStream err(stderr);
    err << "tsunagu-cli: " << message << Qt::endl;
}

int reportFailure(const Error &error)
{
    printError(error.message);
    return Exit::Failed;
}

void print(const QString &text)
{
    QTextStream out(stdout);
    out << text;
    out.flush();
}

Result<std::unique_ptr<storage::Database>> openDatabase(const QCommandLineParser &parser, bool readOnly)
{
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : storage::Database::defaultPath();
    storage::Database::Options options;
    options.readOnly = readOnly;
    options.create = !readOnly;
    return storage::Database::open(path, options);
}

Result<qint64> actingStaff(const storage::Database &db, const QCommandLineParser &parser)
{
    QString name = parser.value(QStringLiteral("staff"));
    if (name.isEmpty())
        name = qEnvironmentVariable("TSUNAGU_STAFF");
    if (name.isEmpty())
        name = QStringLiteral("cli");
    const Session bootstrap(db, 0);
    // A name the database does not know yet becomes a coordinator: supervisor
    // rights are never granted from the command line.
    auto staff = StaffRepository(bootstrap).findOrCreate(name, StaffRole::Coordinator);
    if (!staff)
        return fail(staff.error());
    return staff->id;
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QCoreApplication::translate("tsunagu::cli", "Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, QCoreApplication::translate("tsunagu::cli", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tsunagu::cli
