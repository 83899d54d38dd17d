// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchTable.h"
#include "ShellFloor.h"

#include "common/Error.h"

#include <QString>

#include <memory>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::bench {

// The operations of BENCHMARKS.md that need no GUI, on one data set: each
// timed `runs` times in this process (the median counts), and where the table
// names a floor, the same work run raw in the sqlite3 shell in the same run.
//
// The save benchmark writes into the data set and removes its rows afterwards
// (their audit entries stay: the audit log is append-only).
class Benchmarks
{
public:
    struct Options {
        QString database;
        QString dataSet; // its name in the table: office, stress, …
        int runs = 21;
        QString sqlite3 = QStringLiteral("sqlite3");
        double generatedSeconds = 0; // how long generating the data set took (0: not known)
        double generatedCpuSeconds = 0; // and its CPU time (user + system)
        QString self; // this program, to measure memory in a fresh process
        double floorSampleMs = 300; // how long one timed sample of the shell lasts at least
    };

    explicit Benchmarks(Options options);
    ~Benchmarks();

    Result<BenchTable> run();

private:
    Status openAndFirstPage(BenchTable &table);
    Status nameSearch(BenchTable &table);
    Status noteSearch(BenchTable &table);
    Status timeline(BenchTable &table);
    Status saveConsultation(BenchTable &table);
    Status disclosureDecision(BenchTable &table);
    Status statistics(BenchTable &table);
    Status importClients(BenchTable &table);
    void generation(BenchTable &table);
    void memory(BenchTable &table);

    BenchTable::Row row(const QString &operation, const std::vector<double> &times) const;
    std::optional<double> floor(const QString &sql, const QString &setup = {}, const QString &cleanup = {}) const;
    static QString literal(const QString &text);

    Options m_options;
    ShellFloor m_shell;
    bool m_shellAvailable = false;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace tsunagu::bench
