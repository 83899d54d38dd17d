// SPDX-License-Identifier: GPL-3.0-or-later
#include "Period.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::Period", text);
}

int clampYear(int year)
{
    return std::clamp(year, Period::minYear, Period::maxYear);
}

QString monthName(int month)
{
    return QLocale().standaloneMonthName(month, QLocale::LongFormat);
}

} // namespace

Result<Period> Period::parse(QStringView text)
{
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression monthForm(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression quarterForm(QStringLiteral("^(\\d{4})-?[Qq]([1-4])$"));
    static const QRegularExpression fiscalForm(QStringLiteral("^(?:[Ff][Yy]-?(\\d{4})|(\\d{4})年度)$"));

    const QString t = text.trimmed().toString();
    const auto bad = [&] {
        return fail(ErrorCode::Invalid,
                    tr("'%1' is not a reporting period: use a month (2026-07), a quarter (2026Q3), a year (2026) "
                       "or a fiscal year (FY2025).")
                        .arg(t),
                    QStringLiteral("period"));
    };
    const auto yearIn = [](const QString &digits) {
        const int y = digits.toInt();
        return y >= minYear && y <= maxYear ? y : 0;
    };
    if (auto m = yearOnly.match(t); m.hasMatch()) {
        if (const int y = yearIn(m.captured(1)))
            return year(y);
        return bad();
    }
    if (auto m = monthForm.match(t); m.hasMatch()) {
        const int y = yearIn(m.captured(1));
        const int mo = m.captured(2).toInt();
        if (y && mo >= 1 && mo <= 12)
            return month(y, mo);
        return bad();
    }
    if (auto m = quarterForm.match(t); m.hasMatch()) {
        if (const int y = yearIn(m.captured(1)))
            return quarter(y, m.captured(2).toInt());
        return bad();
    }
    if (auto m = fiscalForm.match(t); m.hasMatch()) {
        const QString digits = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        const int y = yearIn(digits);
        if (y && y < maxYear)
            return fiscalYear(y);
        return bad();
    }
    return bad();
}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, clampYear(year), std::clamp(month, 1, 12));
}

Period Period::quarter(int year, int quarter)
{
    return Period(Kind::Quarter, clampYear(year), std::clamp(quarter, 1, 4));
}

Period Period::year(int year)
{
    return Period(Kind::Year, clampYear(year), 1);
}

Period Period::fiscalYear(int year)
{
    return Period(Kind::FiscalYear, std::clamp(year, minYear, maxYear - 1), 1);
}

Period Period::containing(QDate date, Kind kind)
{
    switch (kind) {
    case Kind::Month:
        return month(date.year(), date.month());
    case Kind::Quarter:
        return quarter(date.year(), (date.month() - 1) / 3 + 1);
    case Kind::Year:
        return year(date.year());
    case Kind::FiscalYear:
        return fiscalYear(date.month() >= 4 ? date.year() : date.year() - 1);
    }
    return year(date.year());
}

QString Period::code() const
{
    switch (m_kind) {
    case Kind::Month:
        return QStringLiteral("%1-%2").arg(m_year).arg(m_index, 2, 10, QLatin1Char('0'));
    case Kind::Quarter:
        return QStringLiteral("%1Q%2").arg(m_year).arg(m_index);
    case Kind::Year:
        return QString::number(m_year);
    case Kind::FiscalYear:
        return QStringLiteral("FY%1").arg(m_year);
    }
    return {};
}

QString Period::kindCode() const
{
    switch (m_kind) {
    case Kind::Month: return QStringLiteral("month");
    case Kind::Quarter: return QStringLiteral("quarter");
    case Kind::Year: return QStringLiteral("year");
    case Kind::FiscalYear: return QStringLiteral("fiscal_year");
    }
    return {};
}

QString Period::label() const
{
    switch (m_kind) {
    case Kind::Month:
        //: A calendar month: %1 month name, %2 year
        return tr("%1 %2").arg(monthName(m_index)).arg(m_year);
    case Kind::Quarter:
        //: A calendar quarter: %1 quarter number, %2 year, %3 first month, %4 last month
        return tr("Q%1 %2 (%3 to %4)")
            .arg(m_index)
            .arg(m_year)
            .arg(monthName(m_index * 3 - 2), monthName(m_index * 3));
    case Kind::Year:
        //: A calendar year
        return tr("Calendar year %1").arg(m_year);
    case Kind::FiscalYear:
        //: A Japanese fiscal year (年度): %1 its first year, %2 the year it ends in
        return tr("Fiscal year %1 (April %1 to March %2)").arg(m_year).arg(m_year + 1);
    }
    return {};
}

QDate Period::firstDay() const
{
    switch (m_kind) {
    case Kind::Month: return QDate(m_year, m_index, 1);
    case Kind::Quarter: return QDate(m_year, m_index * 3 - 2, 1);
    case Kind::Year: return QDate(m_year, 1, 1);
    case Kind::FiscalYear: return QDate(m_year, 4, 1);
    }
    return {};
}

QDate Period::lastDay() const
{
    switch (m_kind) {
    case Kind::Month: return firstDay().addMonths(1).addDays(-1);
    case Kind::Quarter: return firstDay().addMonths(3).addDays(-1);
    case Kind::Year:
    case Kind::FiscalYear: return firstDay().addYears(1).addDays(-1);
    }
    return {};
}

qint64 Period::startMs() const
{
    return jst::startOfDay(firstDay());
}

qint64 Period::endMs() const
{
    return jst::endOfDayExclusive(lastDay());
}

Period Period::shifted(int steps) const
{
    switch (m_kind) {
    case Kind::Month: {
        const int index = m_year * 12 + (m_index - 1) + steps;
        return month(index / 12, index % 12 + 1);
    }
    case Kind::Quarter: {
        const int index = m_year * 4 + (m_index - 1) + steps;
        return quarter(index / 4, index % 4 + 1);
    }
    case Kind::Year:
        return year(m_year + steps);
    case Kind::FiscalYear:
        return fiscalYear(m_year + steps);
    }
    return *this;
}

} // namespace tsunagu::statistics
