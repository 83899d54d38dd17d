// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace tsunagu {

// 紹介 / つなぎ: a referral of a client to a partner agency. Its status is the
// latest of its events. Sending personal data is not done here: the privacy
// gate records the disclosure and attaches it.
struct Referral {
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 agencyId = 0;
    std::optional<qint64> caseId;
    Purpose purpose = Purpose::Referral;
    DataCategories categories;          // what is intended to be shared
    QString note;
    ReferralStatus status = ReferralStatus::Proposed;
    std::optional<qint64> consentId;    // set with the disclosure by the privacy gate
    std::optional<qint64> disclosureId;
    bool needsAttention = false;        // e.g. the consent it relied on was withdrawn
    QString attentionReason;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;

    bool isOpen() const
    {
        return status != ReferralStatus::Completed && status != ReferralStatus::Withdrawn
            && status != ReferralStatus::Declined;
    }
};

// One step of a referral, with the time it happened.
struct ReferralEvent {
    qint64 id = 0;
    qint64 referralId = 0;
    ReferralStatus status = ReferralStatus::Proposed;
    qint64 at = 0;
    qint64 staffId = 0;
    QString note;
};

} // namespace tsunagu
