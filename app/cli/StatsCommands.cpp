// SPDX-License-Identifier: GPL-3.0-or-later
// stats: anonymized statistics for supervisors (issue 4, PRIVACY.md rule 13).
#include "Command.h"

#include "common/Session.h"
#include "statistics/Anonymizer.h"
#include "statistics/ExportFormat.h"
#include "statistics/Period.h"
#include "statistics/ReportExporter.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

int runStats(const QCommandLineParser &parser)
{
    using namespace statistics;
    if (!parser.isSet(QStringLiteral("period"))) {
        printError(tr("Give the period with --period: 2026Q3, 2026-07, 2026 or FY2025."));
        return Exit::Usage;
    }
    auto period = Period::parse(parser.value(QStringLiteral("period")));
    if (!period) {
        printError(period.error().message);
        return Exit::Usage;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        printError(tr("Give the output file with --out FILE (.csv, .xlsx or .json)."));
        return Exit::Usage;
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    const auto format = formatName.isEmpty() ? exportFormatFromPath(out) : exportFormatFromName(formatName);
    if (!format) {
        printError(tr("Unknown format '%1': use csv, xlsx or json.")
                       .arg(formatName.isEmpty() ? QFileInfo(out).suffix() : formatName));
        return Exit::Usage;
    }
    if (*format == ExportFormat::Pdf) {
        printError(tr("PDF export is available from the statistics screen of the desktop application; here, use "
                      "--format csv, xlsx or json."));
        return Exit::Usage;
    }
    int k = Anonymizer::defaultK;
    if (parser.isSet(QStringLiteral("k"))) {
        bool ok = false;
        k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok) {
            printError(tr("--k takes a whole number of at least %1.").arg(Anonymizer::minimumK));
            return Exit::Usage;
        }
    }
    auto anonymizer = Anonymizer::create(k);
    if (!anonymizer) {
        printError(anonymizer.error().message);
        return Exit::Usage;
    }

    // Statistics never create a database: a mistyped --db is an error.
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : storage::Database::defaultPath();
    if (!QFileInfo::exists(path)) {
        printError(tr("No database at %1. Give the file with --db FILE.").arg(path));
        return Exit::Failed;
    }
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    const Session session(**db, *staff);
    auto raw = Statistics(session).compute(*period);
    if (!raw)
        return reportFailure(raw.error());
    if (Status s = ReportExporter(session).write(anonymizer->apply(*raw), *format, out); !s)
        return reportFailure(s.error());
    print(tr("Statistics for %1 written to %2 (%3, k = %4).\n")
              .arg(period->code(), out, exportFormatName(*format))
              .arg(k));
    return Exit::Ok;
}

} // namespace

std::vector<Command> statsCommands()
{
    return {
        {QStringLiteral("stats"),
         tr("Anonymized statistics of one period for supervisors (CSV, Excel or JSON)."),
         QStringLiteral("tsunagu-cli stats --db office.db --period 2026Q3 --format xlsx --out 2026Q3.xlsx"),
         [](QCommandLineParser &p) {
             p.addOption({QStringLiteral("period"),
                          tr("A calendar month (2026-07), quarter (2026Q3), year (2026) or fiscal year (FY2025)."),
                          QStringLiteral("PERIOD")});
             p.addOption({QStringLiteral("out"), tr("The file to write (.csv, .xlsx or .json)."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("format"), tr("csv, xlsx or json (default: from the file name)."),
                          QStringLiteral("FORMAT")});
             p.addOption({QStringLiteral("k"),
                          tr("Counts below K are suppressed (default 5, at least 3)."), QStringLiteral("K")});
         },
         runStats},
    };
}

} // namespace tsunagu::cli
