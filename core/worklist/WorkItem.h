// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu::worklist {

// The lists of the start page (今日), in the order they are shown.
enum class WorkKind {
    ExpiringConsent, // a consent in force whose period ends soon
    UnansweredReferral, // a referral sent, with no answer from the agency yet
    MilestoneDue, // a retention check (定着確認) or other case milestone due
    QuietCase, // an open case with no consultation for a while
    FollowUp, // a follow-up a consultation scheduled for today
};
inline constexpr int workKindCount = 5;

// One row of a work list: which record it opens, whose it is, and what to
// show. Only people who are neither erased nor under stop-use appear.
struct WorkItem {
    WorkKind kind = WorkKind::FollowUp;
    qint64 recordId = 0; // consent, referral, milestone, case or consultation id
    qint64 clientId = 0;
    QString clientName;
    QString clientKana;
    std::optional<qint64> caseId; // MilestoneDue and QuietCase
    // ExpiringConsent: the last day covered; UnansweredReferral: the day it was
    // sent; MilestoneDue: the due day; QuietCase: the day of the last
    // consultation (or the day the case opened, when there was none);
    // FollowUp: the follow-up day.
    QDate date;
    // ExpiringConsent: days left (0 = ends today); UnansweredReferral and
    // QuietCase: days since `date`; MilestoneDue: days overdue (negative: days
    // still to go); FollowUp: 0.
    int days = 0;
    // ExpiringConsent: the recipients the consent names, or empty for the
    // consent to record health information; UnansweredReferral: the agency;
    // MilestoneDue: empty (see milestone); QuietCase: empty (see goal);
    // FollowUp: the next steps written at the consultation.
    QString subject;
    bool healthConsent = false; // ExpiringConsent
    std::optional<MilestoneKind> milestone; // MilestoneDue
    std::optional<CaseGoal> goal; // QuietCase and MilestoneDue
    bool noConsultationYet = false; // QuietCase
};

} // namespace tsunagu::worklist
