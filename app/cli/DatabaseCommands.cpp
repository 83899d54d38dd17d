// SPDX-License-Identifier: GPL-3.0-or-later
// init, info, verify: the commands that look after the database file itself.
#include "Command.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

int runInit(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    print(tr("Database ready: %1 (schema %2)\n").arg((*db)->path()).arg((*db)->schemaVersion()));
    return Exit::Ok;
}

const char *const countedTables[] = {"staff", "clients", "client_conditions", "contact_persons", "agencies",
                                     "support_cases", "case_milestones", "consultations", "referrals",
                                     "referral_events", "consents", "disclosures", "audit_log", "revisions"};

int runInfo(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, true);
    if (!db && db.error().code == ErrorCode::ReadOnly) // older schema: report, do not upgrade
        return reportFailure(db.error());
    if (!db)
        return reportFailure(db.error());
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return reportFailure(problems.error());
    QString out = tr("File: %1\nSchema version: %2 (this program: %3)\nIntegrity: %4\n")
                      .arg((*db)->path())
                      .arg((*db)->schemaVersion())
                      .arg(storage::Database::latestSchemaVersion())
                      .arg(problems->isEmpty() ? tr("ok") : problems->join(QStringLiteral("; ")));
    for (const char *table : countedTables) {
        QSqlQuery q((*db)->connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return reportFailure(storage::sqlError(q.lastError()));
        out += QStringLiteral("  %1 %2\n").arg(QLatin1String(table).toString().leftJustified(18)).arg(q.value(0).toLongLong());
    }
    print(out);
    return problems->isEmpty() ? Exit::Ok : Exit::Failed;
}

int runVerify(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, true);
    if (!db)
        return reportFailure(db.error());
    auto problems = (*db)->integrityCheck();
    if (!problems)
        return reportFailure(problems.error());
    if (!problems->isEmpty()) {
        printError(tr("The file is damaged: %1").arg(problems->first()));
        return Exit::Failed;
    }
    auto chain = audit::AuditLog::verify(**db);
    if (!chain)
        return reportFailure(chain.error());
    if (!chain->intact()) {
        printError(tr("The audit log was tampered with: entry %1: %2.").arg(*chain->firstBrokenId).arg(chain->problem));
        return Exit::Failed;
    }
    print(tr("Integrity ok; audit log intact (%1 entries).\n").arg(chain->entriesChecked));
    return Exit::Ok;
}

} // namespace

std::vector<Command> databaseCommands()
{
    return {
        {QStringLiteral("init"), tr("Create an empty database at the current schema."),
         QStringLiteral("tsunagu-cli init --db office.db --staff 中村"), {}, runInit},
        {QStringLiteral("info"), tr("Show schema version, row counts and integrity; refuses damaged or newer files."),
         QStringLiteral("tsunagu-cli info --db office.db"), {}, runInfo},
        {QStringLiteral("verify"), tr("Check integrity and the audit log's hash chain; reports the first broken link."),
         QStringLiteral("tsunagu-cli verify --db office.db"), {}, runVerify},
    };
}

} // namespace tsunagu::cli
