// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu {

// 伴走支援: a support episode with a goal, running for months.
struct SupportCase {
    qint64 id = 0;
    qint64 clientId = 0;
    CaseGoal goal = CaseGoal::Job;
    CaseStage stage = CaseStage::Intake;
    QDate openedOn;
    std::optional<QDate> closedOn;       // set exactly when the stage is Closed
    std::optional<CaseOutcome> outcome;
    std::optional<int> experienceScore;  // 本人体験スコア, 1..5
    std::optional<QDate> nextFollowUp;
    QString note;
    std::optional<qint64> staffId;       // the staff member in charge
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

inline constexpr int minExperienceScore = 1;
inline constexpr int maxExperienceScore = 5;

// A dated step of a case: a job start, a return to work, a retention check.
struct CaseMilestone {
    qint64 id = 0;
    qint64 caseId = 0;
    MilestoneKind kind = MilestoneKind::Other;
    std::optional<QDate> dueOn;
    std::optional<QDate> doneOn;
    std::optional<MilestoneResult> result; // only once done
    QString note;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace tsunagu
