// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace tsunagu::importer {

struct DateAndTime {
    QDate date;
    std::optional<QTime> time;
};

// Dates and times as Japanese spreadsheets hold them, in any width:
//   1980-04-01, 1980/4/1, 1980.4.1, 1980年4月1日, 19800401,
//   昭和55年4月1日, 昭55.4.1, S55.4.1, S55/4/1, s550401, H2.1.8, R7.4.1,
//   令和元年5月1日, ㍼55年4月1日; with a time: 2026/4/1 10:30, 2026-04-01T10:30:00,
//   令和8年4月1日 14時30分, 2026/4/1 午後2時.
// Era dates outside the era are refused (平成32年, 令和元年4月30日), as are dates
// that do not exist and two-digit years.
class JapaneseDate
{
public:
    struct Era {
        const char16_t *name; // 昭和
        char letter; // 'S'
        QDate first; // first day of the era (in the Gregorian calendar)
        QDate last; // last day, or invalid for the current era
    };

    static Result<QDate> parseDate(QStringView text);
    static Result<DateAndTime> parseDateTime(QStringView text);
    static Result<QTime> parseTime(QStringView text);

    // The eras from 明治 (from 1873, when Japan adopted the Gregorian calendar) to 令和.
    static const std::vector<Era> &eras();
};

} // namespace tsunagu::importer
