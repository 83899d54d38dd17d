// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"

#include <QTimeZone>

namespace tsunagu {

namespace {
class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QDate Clock::today() const
{
    return jst::dateOf(nowMs());
}

namespace jst {

QTimeZone zone()
{
    return QTimeZone(9 * 3600);
}

qint64 startOfDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), zone()).toMSecsSinceEpoch();
}

qint64 endOfDayExclusive(QDate date)
{
    return startOfDay(date.addDays(1));
}

QDate dateOf(qint64 ms)
{
    return toLocal(ms).date();
}

QDateTime toLocal(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone());
}

} // namespace jst

int ageOn(QDate birth, QDate on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    int age = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day()))
        --age;
    return age;
}

} // namespace tsunagu
