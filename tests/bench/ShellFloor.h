// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tsunagu::bench {

// The floor a measurement is held against: the same SQL run raw by the
// `sqlite3` command-line shell on the same file, in the same run. The shell
// times itself: a script reads julianday('now') (milliseconds), runs the
// statement N times with its output thrown away, and reads the clock again,
// so process start-up and file opening are not counted. N grows until a sample
// lasts long enough for the clock's resolution; the median of the samples is
// the floor.
class ShellFloor
{
public:
    explicit ShellFloor(QString database, QString program = QStringLiteral("sqlite3"))
        : m_database(std::move(database))
        , m_program(std::move(program))
    { }

    // Whether the shell can be run at all.
    bool available() const;

    // Median milliseconds per execution of `statement` (one SQL statement or a
    // few, e.g. "BEGIN; INSERT …; COMMIT"), after `setup` (pragmas) ran once.
    // `cleanup` runs after each sample. Empty when the shell failed.
    std::optional<double> perExecutionMs(const QString &statement, int samples, const QString &setup = {},
        const QString &cleanup = {}, double sampleMs = 300) const;

private:
    std::optional<double> sample(
        const QString &statement, int repeat, const QString &setup, const QString &cleanup) const;

    QString m_database;
    QString m_program;
};

} // namespace tsunagu::bench
