// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "statistics/Period.h"
#include "statistics/Report.h"

#include <QStringList>

#include <functional>

namespace tsunagu::statistics {

// The figures of one period (issue 4), computed with aggregate SQL (GROUP BY)
// over the whole database, never client by client. Clients who asked to be left
// out of statistics are left out of every figure; erased clients are counted
// through the de-identified skeleton the erasure keeps (dates by month, channel,
// kind, topics, age band, outcomes: PRIVACY.md rule 12), so published figures
// do not move when someone is erased. Erasure removes sex (identity), the
// conditions (health) and the employment status, which the skeleton does not
// list: in clients_by_sex, clients_by_disease_group and
// clients_by_employment_status the erased are counted on their own last line
// ("erased", after "not recorded"), so the totals stay as published and the
// move is visible instead of hiding in "not recorded".
//
// The report it returns is RAW: it holds small counts and must go through the
// Anonymizer before anyone outside the organisation sees it.
//
// Table ids: overview, consultations_by_channel, consultations_by_kind,
// consultations_by_topic, clients_by_disease_group, clients_by_age_band,
// clients_by_sex, clients_by_employment_status, referrals_by_agency_kind_and_status,
// retention, cases_closed_by_outcome, experience_scores. Measure ids:
// referral_lead_time_median, retention_rate_1m/_3m/_6m/_12m, experience_score_median.
class Statistics
{
public:
    // Called between steps with (done, total); returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit Statistics(const Session &session) : m_session(session) {}

    Result<Report> compute(const Period &period, const Progress &progress = {}) const;

    // The aggregate statements compute() runs for `period`, in its order, with
    // the period's bounds written in as literals: what anyone can run in the
    // sqlite3 shell to re-check a published figure from its raw counts (and
    // what the benchmarks time as the floor of compute()).
    static QStringList sqlFor(const Period &period);

private:
    Session m_session;
};

} // namespace tsunagu::statistics
