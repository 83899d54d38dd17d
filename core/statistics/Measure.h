// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace tsunagu::statistics {

// A cell of one of the report's tables, by table id.
struct CellRef {
    QString table;
    int row = 0;
    int column = 0;
};

// A median or a rate. It is shown only over at least k people, and only when
// the counts it depends on are published (a rate over a published total would
// otherwise reveal a suppressed numerator).
struct Measure {
    enum class Unit { Days, Percent, Score };

    QString id;         // e.g. "referral_lead_time_median"
    QString title;      // for people, translated
    QString definition; // what is measured, over whom
    Unit unit = Unit::Days;
    std::optional<double> value; // nullopt: not shown
    int people = 0;              // distinct people it is computed over (never exported)
    CellRef basis;               // the count it is computed over, shown as its "n"
    std::optional<int> n;        // that count, once anonymized
    std::vector<CellRef> dependsOn;
};

} // namespace tsunagu::statistics
