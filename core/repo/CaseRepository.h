// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/SupportCase.h"

#include <QDate>
#include <QList>

namespace tsunagu {

// Support cases (伴走支援) and their milestones.
class CaseRepository
{
public:
    explicit CaseRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const SupportCase &supportCase) const;
    Result<SupportCase> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `supportCase.version`.
    Result<int> update(const SupportCase &supportCase, const QString &reason) const;
    // Newest opened first.
    Result<QList<SupportCase>> forClient(qint64 clientId) const;
    // The checks create() and update() run, for a form to show before saving.
    Status validate(const SupportCase &supportCase) const;

    Result<qint64> addMilestone(const CaseMilestone &milestone) const;
    Result<CaseMilestone> milestone(qint64 id) const;
    Result<int> updateMilestone(const CaseMilestone &milestone, const QString &reason) const;
    // By due date (undated last).
    Result<QList<CaseMilestone>> milestones(qint64 caseId) const;

    // The job start on `jobStart` and the retention checks (定着確認) 1, 3, 6 and
    // 12 months later, in one transaction; returns their ids in that order. A
    // month later than the 31st is the last day of the shorter month.
    // Refused (Conflict) while job-start or retention milestones are still open.
    Result<QList<qint64>> scheduleRetentionChecks(qint64 caseId, QDate jobStart) const;

private:
    Session m_session;
};

} // namespace tsunagu
