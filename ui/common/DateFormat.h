// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace tsunagu::ui {

// Calendar dates as a Japanese coordinator writes them.
class DateFormat
{
public:
    enum class Style {
        Japanese, // 1980年4月1日
        Era, // 昭和55年4月1日
        Iso, // 1980-04-01
    };

    // "yyyy年M月d日" with the Japanese locale: 2019年5月1日.
    static QString japanese(QDate date);
    // The Japanese era (和暦), the first year written 元年: 2019-05-01 is
    // 令和元年5月1日, 2019-04-30 is 平成31年4月30日. Dates before 1873-01-01,
    // when Japan adopted the Gregorian calendar, are written as japanese().
    static QString era(QDate date);
    // The era and year only: 令和元年, 平成31年.
    static QString eraYear(QDate date);
    static QString iso(QDate date);

    // In the style chosen for this session; empty for an invalid date.
    static QString display(QDate date);
    static Style style();
    static void setStyle(Style style);
};

} // namespace tsunagu::ui
