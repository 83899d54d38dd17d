// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::privacy {

enum class ConsentKind {
    Disclosure,        // to give data to third parties, within a scope
    HealthAcquisition, // to record health data at all (要配慮個人情報, APPI Art. 20(2))
};

// One recipient a consent names: a specific agency, every agency of a kind
// (e.g. any Hello Work office), or a specific contact person (family are third
// parties too). Exactly one of the three is set.
struct ConsentRecipient {
    std::optional<qint64> agencyId;
    std::optional<AgencyKind> agencyKind;
    std::optional<qint64> contactPersonId;

    static ConsentRecipient agency(qint64 id) { return {id, std::nullopt, std::nullopt}; }
    static ConsentRecipient kind(AgencyKind k) { return {std::nullopt, k, std::nullopt}; }
    static ConsentRecipient contactPerson(qint64 id) { return {std::nullopt, std::nullopt, id}; }
    bool operator==(const ConsentRecipient &) const = default;
};

// What a coordinator enters when recording a consent. The period is in dates:
// it runs from the start of `validFrom` to the end of `validUntil`, Japan time.
struct ConsentInput {
    qint64 clientId = 0;
    ConsentKind kind = ConsentKind::Disclosure;
    Purposes purposes;          // Disclosure only
    QString purposeDetail;      // required when purposes include Other
    QList<ConsentRecipient> recipients; // Disclosure only
    DataCategories categories;  // Disclosure only; Health must be named to be covered
    QDate validFrom;
    QDate validUntil;           // required: every consent is time-limited
    ConsentMethod method = ConsentMethod::Written;
    bool byRepresentative = false;
    QString representativeName;
    QString representativeRelation;
    QString formVersion;        // the form or text version the person signed
    QString text;               // or the words of a verbal consent
};

struct Consent {
    qint64 id = 0;
    qint64 clientId = 0;
    ConsentKind kind = ConsentKind::Disclosure;
    Purposes purposes;
    QString purposeDetail;
    QList<ConsentRecipient> recipients;
    DataCategories categories;
    qint64 givenAt = 0;    // first instant covered
    qint64 expiresAt = 0;  // first instant no longer covered
    std::optional<qint64> withdrawnAt;
    QString withdrawalNote;
    ConsentMethod method = ConsentMethod::Written;
    bool byRepresentative = false;
    QString representativeName;
    QString representativeRelation;
    QString formVersion;
    QString text;
    qint64 recordedBy = 0;
    qint64 createdAt = 0;

    QDate validFrom() const;
    QDate validUntil() const; // last day covered
    // In force at `at`: given at or before, not withdrawn at or before, not expired.
    bool inForceAt(qint64 at) const
    {
        return givenAt <= at && at < expiresAt && !(withdrawnAt && *withdrawnAt <= at);
    }
};

} // namespace tsunagu::privacy
