// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "statistics/Period.h"
#include "statistics/Report.h"

#include <functional>

namespace tsunagu::statistics {

// The figures of one period (issue 4), computed with aggregate SQL (GROUP BY)
// over the whole database, never client by client. Clients who asked to be left
// out of statistics are left out of every figure; erased clients are counted
// through the de-identified skeleton the erasure keeps (dates by month, channel,
// kind, topics, age band, disease group, outcomes), so published figures do not
// move when someone is erased. The one exception is sex, which erasure removes
// (PRIVACY.md counts it as identity): an erased person moves to "not recorded"
// in clients_by_sex, whose total stays the same.
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

private:
    Session m_session;
};

} // namespace tsunagu::statistics
