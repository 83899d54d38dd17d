// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::privacy {

// Who would receive the data: always someone outside the organisation.
struct Recipient {
    enum class Type { Agency, ContactPerson };
    Type type = Type::Agency;
    qint64 id = 0;

    static Recipient agency(qint64 id) { return {Type::Agency, id}; }
    static Recipient contactPerson(qint64 id) { return {Type::ContactPerson, id}; }
    bool operator==(const Recipient &) const = default;
};

// A statutory exception (APPI Art. 27(1)) invoked instead of consent. The
// justification is mandatory: the law cited, or why consent cannot be obtained.
struct ExceptionClaim {
    StatutoryException ground = StatutoryException::Law;
    QString justification;
};

// PRIVACY.md rule 1: what a disclosure request names. The staff member and the
// time come from the Session that asks.
struct DisclosureRequest {
    qint64 clientId = 0;
    Recipient recipient;
    Purpose purpose = Purpose::Referral;
    QString purposeDetail;        // required for Purpose::Other
    DataCategories categories;
    DisclosureMethod method = DisclosureMethod::Letter;
    std::optional<ExceptionClaim> exception;
};

enum class RefusalCode {
    UnknownClient,
    ClientErased,
    StopUse,
    UnknownRecipient,
    InactiveRecipient,
    NothingRequested,
    PurposeDetailMissing,
    InvalidText,
    ConfidentialAddress,
    EmptyJustification,
    NoConsent,
    NotYetGiven,
    Withdrawn,
    Expired,
    RecipientNotCovered,
    PurposeNotCovered,
    CategoriesNotCovered,
    SplitAcrossConsents,
};

// One reason for a refusal, in words a coordinator understands.
struct RefusalReason {
    RefusalCode code;
    std::optional<qint64> consentId; // the consent the reason is about, if any
    DataCategories categories;       // the categories concerned, if any
    QString message;
};

// The gate's answer. Allowed: exactly one basis (one consent, or an exception).
// Refused: every reason.
struct Decision {
    bool allowed = false;
    std::optional<qint64> consentId;
    std::optional<StatutoryException> exception;
    DataCategories categories; // what may be released (the whole request, or nothing)
    QString recipientLabel;
    QList<RefusalReason> reasons;
    QString summary;           // one sentence for the UI: why allowed, or the first reason

    bool hasReason(RefusalCode code) const
    {
        for (const RefusalReason &r : reasons)
            if (r.code == code)
                return true;
        return false;
    }
};

} // namespace tsunagu::privacy
