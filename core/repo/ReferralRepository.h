// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Referral.h"

#include <QList>

#include <optional>

namespace tsunagu {

// Referrals to partner agencies (紹介 / つなぎ) and their progress:
// proposed → sent → accepted/declined → first contact → completed, or
// withdrawn at any open step. Sending personal data is not done here: the
// privacy gate records the disclosure, then attachDisclosure() links it.
class ReferralRepository
{
public:
    explicit ReferralRepository(const Session &session) : m_session(session) {}

    // Saves a referral as proposed, with its first event at `at` (now when empty).
    Result<qint64> create(const Referral &referral, std::optional<qint64> at = std::nullopt) const;
    Result<Referral> get(qint64 id) const;
    // Corrects the purpose, categories, case and note (not the client, the agency
    // or the status), keeping the previous values with who, when and why.
    Result<int> update(const Referral &referral, const QString &reason) const;

    // Records the next step at `at` and makes it the referral's status. Refuses
    // (Invalid, field "status") a step that cannot follow the current one, and
    // (Invalid, field "at") a time before the previous step or in the future.
    Result<qint64> addEvent(qint64 referralId, ReferralStatus status, qint64 at, const QString &note = {}) const;
    // Oldest first.
    Result<QList<ReferralEvent>> events(qint64 referralId) const;

    // Newest first.
    Result<QList<Referral>> forClient(qint64 clientId) const;
    // Newest first; clients under stop-use are left out (a work list).
    Result<QList<Referral>> forAgency(qint64 agencyId) const;
    // Sent referrals the agency has not answered (accepted or declined) for at
    // least `olderThanDays` days, longest waiting first; clients under stop-use
    // or erased are left out.
    Result<QList<Referral>> openWithoutAnswer(int olderThanDays) const;

    // Called by the privacy gate once it has recorded the disclosure that sent
    // the referral's data: links the disclosure record and the consent it relied on.
    Status attachDisclosure(qint64 referralId, qint64 disclosureId, std::optional<qint64> consentId) const;

    // Whether a referral at `from` may move to `to`.
    static bool canMove(ReferralStatus from, ReferralStatus to);

private:
    Session m_session;
};

} // namespace tsunagu
