// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DateFormat.h"

#include <QLocale>

#include <array>

namespace tsunagu::ui {

namespace {

struct Era {
    QDate start; // first day counted in this era
    int firstYear; // the Gregorian year of 元年
    const char16_t *name;
};

// Newest first. 明治 is counted from 1873, when the Gregorian calendar began.
const std::array<Era, 5> &eras()
{
    static const std::array<Era, 5> table { {
        { QDate(2019, 5, 1), 2019, u"令和" },
        { QDate(1989, 1, 8), 1989, u"平成" },
        { QDate(1926, 12, 25), 1926, u"昭和" },
        { QDate(1912, 7, 30), 1912, u"大正" },
        { QDate(1873, 1, 1), 1868, u"明治" },
    } };
    return table;
}

const Era *eraOf(QDate date)
{
    for (const Era &e : eras()) {
        if (date >= e.start)
            return &e;
    }
    return nullptr;
}

// The first year of an era is written 元年.
QString yearIn(const Era &era, QDate date)
{
    const int year = date.year() - era.firstYear + 1;
    return QString::fromUtf16(era.name) + (year == 1 ? QStringLiteral("元") : QString::number(year))
        + QStringLiteral("年");
}

DateFormat::Style s_style = DateFormat::Style::Japanese;

} // namespace

QString DateFormat::japanese(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(date, QStringLiteral("yyyy年M月d日"));
}

QString DateFormat::era(QDate date)
{
    if (!date.isValid())
        return {};
    const Era *e = eraOf(date);
    if (!e)
        return japanese(date);
    return yearIn(*e, date) + QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

QString DateFormat::eraYear(QDate date)
{
    if (!date.isValid())
        return {};
    const Era *e = eraOf(date);
    return e ? yearIn(*e, date) : QStringLiteral("%1年").arg(date.year());
}

QString DateFormat::iso(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString DateFormat::display(QDate date)
{
    switch (s_style) {
    case Style::Japanese:
        return japanese(date);
    case Style::Era:
        return era(date);
    case Style::Iso:
        return iso(date);
    }
    return iso(date);
}

DateFormat::Style DateFormat::style()
{
    return s_style;
}

void DateFormat::setStyle(Style style)
{
    s_style = style;
}

} // namespace tsunagu::ui
