// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShellFloor.h"

#include "BenchTable.h"

#include <QProcess>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tsunagu::bench {

bool ShellFloor::available() const
{
    QProcess p;
    p.start(m_program, { QStringLiteral("-version") });
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

std::optional<double> ShellFloor::sample(
    const QString &statement, int repeat, const QString &setup, const QString &cleanup) const
{
    QString script;
    script += QStringLiteral(".bail on\n.output /dev/null\n") + setup + QLatin1Char('\n');
    // One execution first: the pages it needs are then in the shell's cache,
    // as they are in the application's after its first query.
    script += statement
        + QStringLiteral(";\n.output stdout\nSELECT printf('%.3f', julianday('now') * 86400000.0);\n"
                         ".output /dev/null\n");
    for (int i = 0; i < repeat; ++i)
        script += statement + QStringLiteral(";\n");
    script += QStringLiteral(".output stdout\nSELECT printf('%.3f', julianday('now') * 86400000.0);\n");
    if (!cleanup.isEmpty())
        script += QStringLiteral(".output /dev/null\n") + cleanup + QStringLiteral(";\n");

    QProcess p;
    p.start(m_program, { m_database });
    if (!p.waitForStarted(10000))
        return std::nullopt;
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("sqlite3 failed: %s", p.readAllStandardError().constData());
        return std::nullopt;
    }
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return std::nullopt;
    const double start = lines.at(lines.size() - 2).toDouble();
    const double end = lines.last().toDouble();
    return std::max(0.0, end - start) / repeat;
}

std::optional<double> ShellFloor::perExecutionMs(
    const QString &statement, int samples, const QString &setup, const QString &cleanup, double sampleMs) const
{
    // Calibrate: enough executions per sample for the millisecond clock.
    int repeat = 1;
    for (;;) {
        const auto once = sample(statement, repeat, setup, cleanup);
        if (!once)
            return std::nullopt;
        const double total = *once * repeat;
        if (total >= sampleMs || repeat >= 100000)
            break;
        repeat = total < 1 ? repeat * 16 : std::min(100000, static_cast<int>(std::ceil(repeat * sampleMs / total)));
    }
    std::vector<double> values;
    for (int i = 0; i < samples; ++i) {
        const auto one = sample(statement, repeat, setup, cleanup);
        if (!one)
            return std::nullopt;
        values.push_back(*one);
    }
    return BenchTable::median(values);
}

} // namespace tsunagu::bench
