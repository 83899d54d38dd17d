// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "privacy/Consent.h"

#include <QList>

namespace tsunagu::privacy {

struct WithdrawalResult {
    QList<qint64> flaggedReferrals; // open referrals that relied on the consent
};

// Records consents and their withdrawal. Scope never changes once recorded
// (a trigger enforces it); withdrawal is an event, never a deletion.
class ConsentRegistry
{
public:
    explicit ConsentRegistry(const Session &session) : m_session(session) {}

    Result<qint64> record(const ConsentInput &input) const;
    Result<Consent> get(qint64 id) const;
    // Newest first.
    Result<QList<Consent>> forClient(qint64 clientId) const;

    // Stops the consent from `at` on (the session's now when empty). Open
    // referrals that relied on it are flagged for their coordinator.
    Result<WithdrawalResult> withdraw(qint64 consentId, const QString &note,
                                      std::optional<qint64> at = std::nullopt) const;

    // Whether health data about the client may be recorded at `at` (now when
    // empty): a health-acquisition consent is in force (PRIVACY.md rule 9).
    Result<bool> mayRecordHealth(qint64 clientId, std::optional<qint64> at = std::nullopt) const;
    // The same, as an error to return when it is not.
    Status requireHealthConsent(qint64 clientId) const;

private:
    Session m_session;
};

} // namespace tsunagu::privacy
