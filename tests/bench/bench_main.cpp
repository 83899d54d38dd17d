// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu-bench: the benchmarks of BENCHMARKS.md on one data set, printed as a
// Markdown table. packaging/bench.sh runs it on every data set; see there.
//
//   tsunagu-bench --db bench-data/office.db --data-set office [--runs 21]
//   tsunagu-bench --generate 300 --runs 3          (a tiny data set: smoke test)
#include "Benchmarks.h"

#include "common/Session.h"
#include "demo/DemoGenerator.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace tsunagu::bench {
int measureMemory(const QString &database);
}

using namespace tsunagu;

namespace {

bool append(const QString &path, const QString &text)
{
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::Append | QIODevice::Text))
        return false;
    return file.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tsunagu's benchmarks (BENCHMARKS.md) on one data set."));
    parser.addHelpOption();
    parser.addOptions({
        { QStringLiteral("db"), QStringLiteral("The data set (a demo database)."), QStringLiteral("FILE") },
        { QStringLiteral("data-set"), QStringLiteral("Its name in the table."), QStringLiteral("NAME") },
        { QStringLiteral("runs"), QStringLiteral("Timed runs per operation (median)."), QStringLiteral("N"),
            QStringLiteral("21") },
        { QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell for the floors."), QStringLiteral("PATH"),
            QStringLiteral("sqlite3") },
        { QStringLiteral("generated-in"), QStringLiteral("Seconds it took to generate the data set."),
            QStringLiteral("S") },
        { QStringLiteral("generated-cpu"), QStringLiteral("CPU seconds (user + system) the generation took."),
            QStringLiteral("S") },
        { QStringLiteral("print-header"), QStringLiteral("Print the table's header and stop.") },
        { QStringLiteral("floor-sample-ms"), QStringLiteral("Length of one timed sample in the sqlite3 shell."),
            QStringLiteral("MS"), QStringLiteral("300") },
        { QStringLiteral("generate"), QStringLiteral("Make a demo data set of N clients in a temporary folder first."),
            QStringLiteral("N") },
        { QStringLiteral("rows"), QStringLiteral("Append the table's rows to FILE."), QStringLiteral("FILE") },
        { QStringLiteral("notes"), QStringLiteral("Append the notes on floors to FILE."), QStringLiteral("FILE") },
        { QStringLiteral("measure-memory"), QStringLiteral("(internal) open --db, read the list, print VmRSS VmHWM.") },
    });
    parser.process(app);

    if (parser.isSet(QStringLiteral("print-header"))) {
        std::printf("%s", qPrintable(bench::BenchTable::header()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("measure-memory")))
        return bench::measureMemory(parser.value(QStringLiteral("db")));

    bench::Benchmarks::Options options;
    options.database = parser.value(QStringLiteral("db"));
    options.dataSet = parser.value(QStringLiteral("data-set"));
    options.runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    options.sqlite3 = parser.value(QStringLiteral("sqlite3"));
    options.generatedSeconds = parser.value(QStringLiteral("generated-in")).toDouble();
    options.generatedCpuSeconds = parser.value(QStringLiteral("generated-cpu")).toDouble();
    options.self = QCoreApplication::applicationFilePath();
    options.floorSampleMs = std::max(1.0, parser.value(QStringLiteral("floor-sample-ms")).toDouble());

    QTemporaryDir scratch;
    if (parser.isSet(QStringLiteral("generate"))) {
        auto size = demo::DemoOptions::forSize(parser.value(QStringLiteral("generate")));
        if (!size || !scratch.isValid()) {
            std::fprintf(stderr, "tsunagu-bench: cannot make the data set\n");
            return 1;
        }
        options.database = scratch.filePath(QStringLiteral("bench.db"));
        QElapsedTimer timer;
        timer.start();
        {
            auto db = storage::Database::open(options.database);
            if (!db) {
                std::fprintf(stderr, "tsunagu-bench: %s\n", qPrintable(db.error().message));
                return 1;
            }
            auto staff = StaffRepository(Session(**db, 0)).findOrCreate(QStringLiteral("bench"), StaffRole::Admin);
            auto report = staff ? demo::DemoGenerator(Session(**db, staff->id), *size).generate()
                                : Result<demo::DemoReport>(fail(staff.error()));
            if (!report) {
                std::fprintf(stderr, "tsunagu-bench: %s\n", qPrintable(report.error().message));
                return 1;
            }
        }
        options.generatedSeconds = static_cast<double>(timer.elapsed()) / 1000.0;
        if (options.dataSet.isEmpty())
            options.dataSet = parser.value(QStringLiteral("generate")) + QStringLiteral(" clients");
    }
    if (options.database.isEmpty()) {
        std::fprintf(stderr, "tsunagu-bench: give --db FILE or --generate N (see --help)\n");
        return 2;
    }
    if (options.dataSet.isEmpty())
        options.dataSet = QFileInfo(options.database).baseName();

    std::fprintf(stderr, "tsunagu-bench: %s (%d runs per operation)\n", qPrintable(options.dataSet), options.runs);
    auto table = bench::Benchmarks(options).run();
    if (!table) {
        std::fprintf(stderr, "tsunagu-bench: %s\n", qPrintable(table.error().message));
        return 1;
    }
    const QString rows = table->markdown();
    const QString notes = table->notes();
    std::printf("%s%s\n%s", qPrintable(bench::BenchTable::header()), qPrintable(rows), qPrintable(notes));
    if (!append(parser.value(QStringLiteral("rows")), rows) || !append(parser.value(QStringLiteral("notes")), notes)) {
        std::fprintf(stderr, "tsunagu-bench: cannot write the results\n");
        return 1;
    }
    return 0;
}
