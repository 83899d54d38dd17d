// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "statistics/Report.h"

namespace tsunagu::statistics {

// Disclosure control for statistics (PRIVACY.md rule 13): statistics are not
// disclosures if, and only if, they identify no one.
//
// - Primary suppression: every count from 1 to k − 1 is suppressed (zeros are
//   published), in cells and in totals alike.
// - Secondary suppression: in every row and column whose cells add up to a total
//   (shown, or learnable elsewhere), a suppressed entry never stands alone: the
//   next-smallest count of that line is suppressed with it (non-zero cells
//   first, totals last). Then the whole table is solved as a linear system over
//   its suppressed entries, and while any count from 1 to k − 1 is still exactly
//   determined by the published figures, more is suppressed.
// - A value shared by several tables (the number of consultations is the total
//   of two tables and a line of the overview) is suppressed everywhere at once.
// - A median or rate is shown only over at least k people, and only when the
//   counts it is computed from are published.
//
// The report it returns carries k and the rule in its metadata.
class Anonymizer
{
public:
    static constexpr int defaultK = 5;
    static constexpr int minimumK = 3;

    // Refuses k below minimumK: rule 13 says never below 3.
    static Result<Anonymizer> create(int k = defaultK);

    int k() const { return m_k; }

    // The report that may be published. `raw` comes from Statistics.
    Report apply(const Report &raw) const;
    // Protects one table in place: suppressed entries become nullopt.
    void protect(Table &table) const;

    // Checks what an exporter is about to write: an anonymized report with
    // k ≥ minimumK, no published count from 1 to k − 1, no suppressed entry
    // alone in a protected line, no measure without its n ≥ k.
    static Status verify(const Report &report);

    // The rule in words, for the report's metadata.
    static QString ruleText(int k);
    static QString legendText(int k);

private:
    explicit Anonymizer(int k) : m_k(k) {}

    int m_k = defaultK;
};

} // namespace tsunagu::statistics
