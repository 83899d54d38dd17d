// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tsunagu {

// Injectable time. Everything in core that needs "now" asks a Clock, so tests
// control it. Instants are stored as milliseconds since the Unix epoch (UTC).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;

    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
    QDate today() const; // the organisation's calendar date (Japan)

    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(qint64 ms) : m_ms(ms) {}
    explicit FixedClock(const QDateTime &at) : m_ms(at.toMSecsSinceEpoch()) {}
    qint64 nowMs() const override { return m_ms; }
    void set(qint64 ms) { m_ms = ms; }
    void set(const QDateTime &at) { m_ms = at.toMSecsSinceEpoch(); }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};

// The organisation works in Japan (UTC+9, no daylight saving). Calendar dates
// (birth dates, consent periods, follow-up days) are Japanese dates.
namespace jst {
QTimeZone zone();
qint64 startOfDay(QDate date);          // first instant of the day in Japan
qint64 endOfDayExclusive(QDate date);   // first instant of the next day
QDate dateOf(qint64 ms);                // calendar date in Japan
QDateTime toLocal(qint64 ms);           // a QDateTime in Japan time
} // namespace jst

// Age in whole years on a date.
int ageOn(QDate birth, QDate on);

} // namespace tsunagu
