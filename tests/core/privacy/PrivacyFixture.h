// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/DisclosureGrant.h"

// The world the privacy tests share: a temporary database with a coordinator
// (the default session) and a supervisor, one agency of each kind the tests
// need, a client with something in every data category, her mother (a contact
// person), and a second client with a contact of his own.
//
// Setup steps that must not fail call qFatal with the core's message: a test
// whose world cannot be built has nothing to say.

#include "TestSupport.h"

#include "domain/Enums.h"
#include "privacy/Consent.h"
#include "privacy/DisclosureRequest.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace tsunagu::test {

class PrivacyFixture
{
public:
    PrivacyFixture();

    mutable TempDatabase t; // mutable: reading the file from const helpers
    qint64 supervisorId = 0;

    qint64 helloWorkA = 0;      // ハローワーク糸島 (active, Hello Work)
    qint64 helloWorkB = 0;      // ハローワーク福岡中央 (active, Hello Work)
    qint64 closedHelloWork = 0; // ハローワーク旧天神出張所 (inactive, Hello Work)
    qint64 employer = 0;        // 株式会社つなぐ物産 (Employer)
    qint64 hospital = 0;        // 九州中央病院 (Hospital)

    qint64 client = 0;          // 山田 花子: every data category filled
    qint64 mother = 0;          // 山田 和子, the client's mother
    qint64 supportCase = 0;     // the client's case (goal: a job)
    qint64 consultation = 0;    // the client's first consultation
    qint64 condition = 0;       // the client's health condition (after her health consent)
    qint64 otherClient = 0;     // 佐藤 次郎
    qint64 otherClientsFather = 0;

    Session session() const { return t.session(); }          // the coordinator
    Session supervisor() const { return t.sessionAs(supervisorId); }
    FixedClock &clock() { return t.clock(); }
    storage::Database &db() { return t.db(); }

    // ---- consents -----------------------------------------------------------
    // A disclosure consent of `clientId` (default: the client) for a period in
    // Japanese dates (default: 2026-11-01 to 2027-10-31, around "now").
    privacy::ConsentInput disclosureConsent(privacy::ConsentRecipient recipient, Purposes purposes, DataCategories categories,
                                   QDate from = QDate(2026, 11, 1), QDate until = QDate(2027, 10, 31)) const;
    qint64 record(const privacy::ConsentInput &input) const;
    qint64 recordHealthConsent(qint64 clientId, QDate from = QDate(2026, 11, 1),
                               QDate until = QDate(2027, 10, 31)) const;

    // ---- records about a client (setup only) ----------------------------------
    qint64 addCondition(qint64 clientId) const;
    qint64 addConsultation(qint64 clientId, const QDateTime &startedAt, Channel channel, const QString &notes) const;
    qint64 addReferral(qint64 clientId, qint64 agencyId) const; // proposed, now
    qint64 addAgency(const QString &name, AgencyKind kind, bool active = true) const;
    void setFlags(qint64 clientId, bool confidentialAddress, bool stopUse) const;

    // ---- requests -----------------------------------------------------------
    static privacy::DisclosureRequest request(qint64 clientId, privacy::Recipient recipient, Purpose purpose,
                                              DataCategories categories);

    // ---- looking at the file ------------------------------------------------
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    qint64 lastAuditId() const;
    QStringList auditActionsAfter(qint64 auditId) const;
    qint64 disclosureCount() const;
};

// Names for messages.
// The categories a grant's data actually carries (engaged optionals), read
// independently of the gate's own bookkeeping.
DataCategories filled(const privacy::ReleasedData &data);

QString codeName(privacy::RefusalCode code);
QString codeNames(const QList<privacy::RefusalCode> &codes);
QString reasonsText(const privacy::Decision &decision);

// Fails setup loudly when a core call that must work did not.
template <typename T>
T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("setup failed (%s): %s", what, qPrintable(result.error().message));
    return std::move(*result);
}
void must(Status status, const char *what);

} // namespace tsunagu::test
