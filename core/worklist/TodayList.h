// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "worklist/WorkItem.h"

#include <QList>

namespace tsunagu::worklist {

// The settings of the start page's lists.
struct TodayOptions {
    int consentWithinDays = 30; // consents whose period ends within this many days
    int unansweredAfterDays = 14; // referrals sent this many days ago or more, unanswered
    int milestoneAheadDays = 7; // milestones due up to today + this many days
    int quietAfterDays = 30; // open cases with no consultation for this many days
};

// The queries behind the start page (UI.md, 今日): what needs doing today,
// each list with the records it opens. "Today" is the session clock's date in
// Japan. People who are erased or under stop-use never appear (PRIVACY.md
// rule 12).
class TodayList
{
public:
    explicit TodayList(const Session &session)
        : m_session(session)
    { }

    // Consents in force now whose last day is within `withinDays` days from
    // today, the soonest first. Disclosure and health-acquisition consents.
    Result<QList<WorkItem>> expiringConsents(int withinDays) const;
    // ReferralRepository::openWithoutAnswer with names: longest waiting first.
    Result<QList<WorkItem>> unansweredReferrals(int afterDays) const;
    // Open milestones (not done) of open cases due on or before today + `aheadDays`,
    // the earliest first.
    Result<QList<WorkItem>> milestonesDue(int aheadDays) const;
    // Open cases whose client has had no consultation for at least `afterDays`
    // days (counting from the case's opening when there was none), the longest
    // silence first.
    Result<QList<WorkItem>> quietCases(int afterDays) const;
    // Consultations whose follow-up is scheduled for today, by time of consultation.
    Result<QList<WorkItem>> followUpsToday() const;

    // One list by kind, with its setting from `options`.
    Result<QList<WorkItem>> list(WorkKind kind, const TodayOptions &options) const;

private:
    Session m_session;
};

} // namespace tsunagu::worklist
