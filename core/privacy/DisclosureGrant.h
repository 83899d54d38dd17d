// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "privacy/DisclosureRequest.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::privacy {

class DisclosureGate;

// The client's data as released: only the categories the gate allowed are
// filled; the others stay empty and cannot be reached from a grant.
struct ReleasedData {
    struct Identity {
        QString name;
        QString nameKana;
        std::optional<QDate> birthDate;
        QString sex; // translated label, or empty
    };
    struct Contact {
        QString address;
        QString phone;
        QString email;
        QString emergencyContact;
    };
    struct Condition {
        QString diseaseGroup; // translated label
        std::optional<int> designatedNumber;
        QString designatedName;
    };
    struct Health {
        QList<Condition> conditions;
        QString certificate; // kind and grade, translated
    };
    struct Employment {
        QString status; // translated label
        QStringList caseGoals;
    };
    struct RecordEntry {
        QDateTime startedAt; // Japan time
        QString channel;
        QString notes;
        QString nextSteps;
    };
    struct FamilyMember {
        QString name;
        QString relationship;
        QString phone;
    };

    std::optional<Identity> identity;
    std::optional<Contact> contact;
    std::optional<Health> health;
    std::optional<Employment> employment;
    std::optional<QList<RecordEntry>> records;
    std::optional<QList<FamilyMember>> family;
};

// Proof that the disclosure gate allowed a disclosure and recorded it. Only the
// gate can make one (private constructor); it cannot be copied, so each grant
// stands for exactly one disclosure record. Every generator, exporter and
// printer that puts personal data on paper or in a file takes a grant, never
// loose client data.
class DisclosureGrant
{
public:
    DisclosureGrant(DisclosureGrant &&) noexcept = default;
    DisclosureGrant &operator=(DisclosureGrant &&) noexcept = default;
    DisclosureGrant(const DisclosureGrant &) = delete;
    DisclosureGrant &operator=(const DisclosureGrant &) = delete;

    qint64 disclosureId() const { return m_disclosureId; }
    qint64 clientId() const { return m_clientId; }
    const Recipient &recipient() const { return m_recipient; }
    const QString &recipientLabel() const { return m_recipientLabel; }
    Purpose purpose() const { return m_purpose; }
    DisclosureMethod method() const { return m_method; }
    DataCategories categories() const { return m_categories; }
    std::optional<qint64> consentId() const { return m_consentId; }
    std::optional<StatutoryException> exception() const { return m_exception; }
    qint64 releasedAt() const { return m_releasedAt; }
    const ReleasedData &data() const { return m_data; }

private:
    friend class DisclosureGate;
    DisclosureGrant() = default;

    qint64 m_disclosureId = 0;
    qint64 m_clientId = 0;
    Recipient m_recipient;
    QString m_recipientLabel;
    Purpose m_purpose = Purpose::Referral;
    DisclosureMethod m_method = DisclosureMethod::Letter;
    DataCategories m_categories;
    std::optional<qint64> m_consentId;
    std::optional<StatutoryException> m_exception;
    qint64 m_releasedAt = 0;
    ReleasedData m_data;
};

} // namespace tsunagu::privacy
