// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::privacy {

// One third-party disclosure record (table `disclosures`, append-only).
struct DisclosureRecord {
    qint64 id = 0;
    qint64 at = 0;
    qint64 clientId = 0;
    QString clientLabel;
    std::optional<qint64> recipientAgencyId;
    std::optional<qint64> recipientContactId;
    QString recipientKind;
    QString recipientLabel;
    DataCategories categories;
    Purpose purpose = Purpose::Referral;
    QString purposeDetail;
    DisclosureMethod method = DisclosureMethod::Letter;
    std::optional<qint64> consentId;                 // basis: a consent…
    std::optional<StatutoryException> exception;     // …or an exception
    QString justification;
    qint64 staffId = 0;
    qint64 retainUntil = 0;
    bool withheld = false;                           // hidden from the access report
    QString withholdReason;
    std::optional<QString> reviewVerdict;            // "approved" / "questioned"
};

// Reads disclosure records, and holds the supervisors' actions on them: the
// review of exception disclosures, withholding from access reports (with a
// kept reason), and the purge once retention has ended after an erasure.
class DisclosureLog
{
public:
    explicit DisclosureLog(const Session &session) : m_session(session) {}

    // Newest first. Withheld records are left out unless asked for.
    Result<QList<DisclosureRecord>> forClient(qint64 clientId, bool includeWithheld) const;
    // Exception disclosures not yet reviewed by a supervisor, oldest first.
    Result<QList<DisclosureRecord>> reviewQueue() const;

    Status review(qint64 disclosureId, bool approved, const QString &note) const;   // supervisors only
    Status withhold(qint64 disclosureId, const QString &reason) const;               // supervisors only

    // Deletes the records of erased clients whose retention has ended; returns
    // how many were removed.
    Result<int> purgeExpired() const;

private:
    Status requireSupervisor() const;
    Result<QList<DisclosureRecord>> query(const QString &where, const QVariantList &values) const;

    Session m_session;
};

} // namespace tsunagu::privacy
