// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace tsunagu::bench {

// The results, one row per operation, as the Markdown table BENCHMARKS.md asks
// for: operation, data set, median, floor, ratio, target, met.
class BenchTable
{
public:
    struct Row {
        QString operation;
        QString dataSet;
        double medianMs = 0;
        int runs = 0;
        std::optional<double> floorMs; // the same work run raw in the sqlite3 shell
        QString floorWhat; // what the floor is
        QString target; // e.g. "< 10 ms, ≥ 50× faster than the floor"
        std::optional<bool> met; // empty: no target
        QString note;
        QString valueText; // instead of a time (memory, counts)
    };

    static double median(std::vector<double> values);
    static QString formatMs(double ms);

    void add(Row row) { m_rows.append(std::move(row)); }
    const QList<Row> &rows() const { return m_rows; }

    static QString header();
    QString markdown() const; // rows only
    QString notes() const; // the floors and notes, as a list under the table

private:
    QList<Row> m_rows;
};

} // namespace tsunagu::bench
