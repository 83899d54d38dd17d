// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

namespace tsunagu::statistics {

// A fixed reporting period (PRIVACY.md rule 13): a calendar month, a calendar
// quarter, a calendar year or a Japanese fiscal year (年度, April to March).
// Only these fixed periods exist, so two exports can never overlap partially
// and be subtracted from each other. Bounds are Japanese calendar dates; the
// instants are those of Japan time (UTC+9).
class Period
{
public:
    enum class Kind { Month, Quarter, Year, FiscalYear };

    // "2026-07", "2026Q3", "2026", "FY2025" (also "2026-q3", "2025年度").
    static Result<Period> parse(QStringView text);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);
    static Period fiscalYear(int year); // 1 April `year` to 31 March `year + 1`
    static Period containing(QDate date, Kind kind);

    Kind kind() const { return m_kind; }
    QString code() const;     // the canonical form parse() accepts
    QString kindCode() const; // "month", "quarter", "year", "fiscal_year"
    QString label() const;    // for people, translated
    QDate firstDay() const;
    QDate lastDay() const;
    qint64 startMs() const; // first instant of firstDay() in Japan
    qint64 endMs() const;   // first instant after lastDay() in Japan (exclusive)
    // The period `steps` periods later (negative: earlier), of the same kind.
    Period shifted(int steps) const;

    bool operator==(const Period &) const = default;

    static constexpr int minYear = 1900;
    static constexpr int maxYear = 2999;

private:
    Period(Kind kind, int year, int index) : m_kind(kind), m_year(year), m_index(index) {}

    Kind m_kind = Kind::Month;
    int m_year = 2000;
    int m_index = 1; // month 1–12 or quarter 1–4; 1 for years
};

} // namespace tsunagu::statistics
