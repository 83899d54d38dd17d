// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchTable.h"

#include <algorithm>

namespace tsunagu::bench {

double BenchTable::median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

QString BenchTable::formatMs(double ms)
{
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000, 0, 'f', 1);
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 1)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 3);
}

QString BenchTable::header()
{
    return QStringLiteral("| operation | data set | median | floor (sqlite3 shell) | ratio | target | met? |\n"
                          "| --- | --- | --- | --- | --- | --- | --- |\n");
}

QString BenchTable::markdown() const
{
    QString out;
    for (const Row &r : m_rows) {
        const QString value = r.valueText.isEmpty()
            ? QString(formatMs(r.medianMs) + (r.runs > 1 ? QStringLiteral(" (%1 runs)").arg(r.runs) : QString()))
            : r.valueText;
        QString floor = QStringLiteral("—");
        QString ratio = QStringLiteral("—");
        if (r.floorMs) {
            floor = formatMs(*r.floorMs);
            const double x = r.medianMs / std::max(*r.floorMs, 1e-6);
            const double faster = 1 / std::max(x, 1e-9);
            ratio = x >= 1
                ? QStringLiteral("%1×").arg(x, 0, 'f', 2)
                : QStringLiteral("%1× (%2× faster)").arg(x, 0, 'f', 3).arg(faster, 0, 'f', faster < 10 ? 1 : 0);
        } else if (!r.floorWhat.isEmpty()) {
            floor = QStringLiteral("n/a");
        }
        const QString met = !r.met ? QStringLiteral("—") : *r.met ? QStringLiteral("yes") : QStringLiteral("**no**");
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(r.operation, r.dataSet, value, floor, ratio,
                       r.target.isEmpty() ? QStringLiteral("—") : r.target, met);
    }
    return out;
}

QString BenchTable::notes() const
{
    QString out;
    for (const Row &r : m_rows) {
        if (r.floorWhat.isEmpty() && r.note.isEmpty())
            continue;
        out += QStringLiteral("- %1 (%2): ").arg(r.operation, r.dataSet);
        if (!r.floorWhat.isEmpty())
            out += QStringLiteral("floor = `%1`. ").arg(r.floorWhat);
        out += r.note + QLatin1Char('\n');
    }
    return out;
}

} // namespace tsunagu::bench
