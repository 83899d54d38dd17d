// SPDX-License-Identifier: GPL-3.0-or-later
// stats: anonymized statistics for supervisors (issue 4, PRIVACY.md rule 13).
#include "Application.h"
#include "Command.h"

#include "common/Session.h"
#include "statistics/Anonymizer.h"
#include "statistics/ExportFormat.h"
#include "statistics/KSetting.h"
#include "statistics/Period.h"
#include "statistics/ReportExporter.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>
#include <utility>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

// The format asked for: --format, else the extension of --out.
std::optional<statistics::ExportFormat> formatOf(const QString &formatName, const QString &out)
{
    return formatName.isEmpty() ? statistics::exportFormatFromPath(out) : statistics::exportFormatFromName(formatName);
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
        printError(canDrawPdf() ? tr("Give the output file with --out FILE (.csv, .xlsx, .json or .pdf).")
                                : tr("Give the output file with --out FILE (.csv, .xlsx or .json)."));
        return Exit::Usage;
    }
    const QString formatName = parser.value(QStringLiteral("format"));
    const auto format = formatOf(formatName, out);
    if (!format) {
        const QString asked = formatName.isEmpty() ? QFileInfo(out).suffix() : formatName;
        printError((canDrawPdf() ? tr("Unknown format '%1': use csv, xlsx, json or pdf.")
                                 : tr("Unknown format '%1': use csv, xlsx or json."))
                       .arg(asked));
        return Exit::Usage;
    }
    if (*format == ExportFormat::Pdf && !canDrawPdf()) {
        printError(pdfUnavailableMessage());
        return Exit::Usage;
    }
    // --k wins for this run; without it, the organisation's k (KSetting).
    std::optional<int> givenK;
    if (parser.isSet(QStringLiteral("k"))) {
        bool ok = false;
        const int k = parser.value(QStringLiteral("k")).toInt(&ok);
        if (!ok) {
            printError(tr("--k takes a whole number of at least %1.").arg(Anonymizer::minimumK));
            return Exit::Usage;
        }
        if (auto valid = Anonymizer::create(k); !valid) {
            printError(valid.error().message);
            return Exit::Usage;
        }
        givenK = k;
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
    const Result<int> k = givenK ? Result<int>(*givenK) : KSetting::read(**db);
    if (!k) {
        printError(k.error().message + QLatin1Char(' ') + tr("Or give k for this run with --k N."));
        return Exit::Failed;
    }
    auto anonymizer = Anonymizer::create(*k);
    if (!anonymizer)
        return reportFailure(anonymizer.error());
    auto staff = actingStaff(**db, parser);
    if (!staff)
        return reportFailure(staff.error());
    const Session session(**db, *staff);
    auto raw = Statistics(session).compute(*period);
    if (!raw)
        return reportFailure(raw.error());
    const Report published = anonymizer->apply(*raw);
    // Every format ends in the same atomic, audited write; the PDF is drawn first.
    const ReportExporter exporter(session);
    Status written;
    if (*format == ExportFormat::Pdf) {
        const Result<QByteArray> bytes = drawPdf(published);
        written = bytes ? exporter.writeRendered(published, *format, *bytes, out) : Status(fail(bytes.error()));
    } else {
        written = exporter.write(published, *format, out);
    }
    if (!written)
        return reportFailure(written.error());
    print(tr("Statistics for %1 written to %2 (%3, k = %4).\n")
              .arg(period->code(), out, exportFormatName(*format))
              .arg(*k));
    return Exit::Ok;
}

} // namespace

bool statsWritesPdf(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("stats"))
        return false;
    // The last --format and --out win, as with QCommandLineParser::value().
    QString formatName;
    QString out;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        for (auto [option, value] : {std::pair{QStringLiteral("--format"), &formatName},
                                     std::pair{QStringLiteral("--out"), &out}}) {
            if (a == option && i + 1 < arguments.size())
                *value = arguments.at(++i);
            else if (a.startsWith(option + QLatin1Char('=')))
                *value = a.mid(option.size() + 1);
        }
    }
    return formatOf(formatName, out) == statistics::ExportFormat::Pdf;
}

std::vector<Command> statsCommands()
{
    const bool pdf = canDrawPdf();
    return {
        {QStringLiteral("stats"),
         pdf ? tr("Anonymized statistics of one period for supervisors (CSV, Excel, JSON or PDF).")
             : tr("Anonymized statistics of one period for supervisors (CSV, Excel or JSON)."),
         QStringLiteral("tsunagu-cli stats --db office.db --period 2026Q3 --format xlsx --out 2026Q3.xlsx"),
         [pdf](QCommandLineParser &p) {
             p.addOption({QStringLiteral("period"),
                          tr("A calendar month (2026-07), quarter (2026Q3), year (2026) or fiscal year (FY2025)."),
                          QStringLiteral("PERIOD")});
             p.addOption({QStringLiteral("out"),
                          pdf ? tr("The file to write (.csv, .xlsx, .json or .pdf).")
                              : tr("The file to write (.csv, .xlsx or .json)."),
                          QStringLiteral("FILE")});
             p.addOption({QStringLiteral("format"),
                          pdf ? tr("csv, xlsx, json or pdf (default: from the file name).")
                              : tr("csv, xlsx or json (default: from the file name)."),
                          QStringLiteral("FORMAT")});
             p.addOption({QStringLiteral("k"),
                          tr("Counts below K are suppressed, for this run (default: the organisation's k, set on the "
                             "statistics screen, else 5; at least 3)."),
                          QStringLiteral("K")});
         },
         runStats},
    };
}

} // namespace tsunagu::cli
