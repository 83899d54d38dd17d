// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Condition.h"

#include <QList>

namespace tsunagu {

// A client's health conditions. Nothing is saved, created or corrected, unless
// the client's consent to record health information is in force (PRIVACY.md
// rule 9); the refusal says so.
class ConditionRepository
{
public:
    explicit ConditionRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const Condition &condition) const;
    Result<Condition> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `condition.version`.
    Result<int> update(const Condition &condition, const QString &reason) const;
    // Oldest first (the order they were recorded).
    Result<QList<Condition>> forClient(qint64 clientId) const;

    // The field checks create() and update() run, for a form to show before saving.
    Status validate(const Condition &condition) const;

private:
    Session m_session;
};

} // namespace tsunagu
