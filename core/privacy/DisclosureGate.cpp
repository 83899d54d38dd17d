// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureGate.h"

#include "audit/AuditLog.h"
#include "privacy/ConsentRegistry.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Normalizer.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace tsunagu::privacy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::privacy::DisclosureGate", text);
}

const text::TextRule justificationRule{"justification", QT_TRANSLATE_NOOP("tsunagu::Fields", "Justification"),
                                       text::limits::note, false, text::Lines::Multi};
const text::TextRule purposeDetailRule{"purpose_detail", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purpose (details)"),
                                       text::limits::shortText};

struct ClientFacts {
    QString name;
    QString nameKana;
    QString birthDate;
    bool stopUse = false;
    bool confidentialAddress = false;
    bool erased = false;
};

struct RecipientFacts {
    QString label;
    QString kindCode;                // for the record: "agency:hello_work", "contact:mother"
    std::optional<AgencyKind> agencyKind;
    bool active = true;
};

QString day(qint64 ms)
{
    return jst::dateOf(ms).toString(Qt::ISODate);
}

QString consentName(const Consent &c)
{
    return tr("the consent of %1 to %2").arg(c.validFrom().toString(Qt::ISODate), c.validUntil().toString(Qt::ISODate));
}

bool namesRecipient(const Consent &c, const Recipient &r, const RecipientFacts &facts)
{
    for (const ConsentRecipient &cr : c.recipients) {
        if (r.type == Recipient::Type::Agency) {
            if (cr.agencyId && *cr.agencyId == r.id)
                return true;
            if (cr.agencyKind && facts.agencyKind && *cr.agencyKind == *facts.agencyKind)
                return true;
        } else if (cr.contactPersonId && *cr.contactPersonId == r.id) {
            return true;
        }
    }
    return false;
}

void addReason(Decision &d, RefusalCode code, QString message, std::optional<qint64> consentId = std::nullopt,
               DataCategories categories = {})
{
    d.reasons.append(RefusalReason{code, consentId, categories, std::move(message)});
}

// Runs `sql` (one '?' for the client) and calls `row` for each result.
template <typename Row>
Status forEachRow(const storage::Database &db, const QString &sql, qint64 clientId, Row &&row)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    q->addBindValue(clientId);
    if (Status s = storage::exec(*q); !s)
        return s;
    while (q->next())
        row(*q);
    return {};
}

} // namespace

Result<Decision> DisclosureGate::decide(const DisclosureRequest &request) const
{
    return decideNow(request, m_session.nowMs());
}

Result<Decision> DisclosureGate::decideNow(const DisclosureRequest &request, qint64 at) const
{
    const storage::Database &db = m_session.db();
    Decision d;

    // The client.
    ClientFacts client;
    {
        auto q = storage::prepare(db, QStringLiteral(
            "SELECT name, name_kana, birth_date, stop_use, confidential_address, erased_at FROM clients WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(request.clientId);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        if (!q->next()) {
            addReason(d, RefusalCode::UnknownClient, tr("The client does not exist."));
            d.summary = d.reasons.first().message;
            return d;
        }
        client = {q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toBool(),
                  q->value(4).toBool(), !q->value(5).isNull()};
    }
    if (client.erased)
        addReason(d, RefusalCode::ClientErased, tr("This person's data was erased; nothing can be shared."));
    if (client.stopUse)
        addReason(d, RefusalCode::StopUse,
                  tr("The person asked us to stop using their data (stop-use): nothing can be shared."));

    // The recipient.
    RecipientFacts recipient;
    bool recipientKnown = false;
    if (request.recipient.type == Recipient::Type::Agency) {
        auto q = storage::prepare(db, QStringLiteral("SELECT name, kind, active FROM agencies WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(request.recipient.id);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        if (q->next()) {
            recipientKnown = true;
            recipient.label = q->value(0).toString();
            recipient.agencyKind = fromCode<AgencyKind>(q->value(1).toString());
            recipient.kindCode = QStringLiteral("agency:") + q->value(1).toString();
            recipient.active = q->value(2).toBool();
        }
    } else {
        auto q = storage::prepare(db, QStringLiteral(
            "SELECT name, relationship FROM contact_persons WHERE id = ? AND client_id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(request.recipient.id);
        q->addBindValue(request.clientId);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        if (q->next()) {
            recipientKnown = true;
            const auto relation = fromCode<Relationship>(q->value(1).toString());
            recipient.label = relation ? tr("%1 (%2)").arg(q->value(0).toString(), label(*relation))
                                       : q->value(0).toString();
            recipient.kindCode = QStringLiteral("contact:") + q->value(1).toString();
        }
    }
    d.recipientLabel = recipient.label;
    if (!recipientKnown)
        addReason(d, RefusalCode::UnknownRecipient, tr("The recipient is not in the directory (or not one of this "
                                                       "person's contacts)."));
    else if (!recipient.active)
        addReason(d, RefusalCode::InactiveRecipient,
                  tr("%1 is marked as no longer active in the directory.").arg(recipient.label));

    if (request.categories.isEmpty())
        addReason(d, RefusalCode::NothingRequested, tr("Choose the information to share."));
    if (request.purpose == Purpose::Other && request.purposeDetail.trimmed().isEmpty())
        addReason(d, RefusalCode::PurposeDetailMissing, tr("Describe the purpose."));
    // The live verdict and the release apply the same text checks.
    if (auto detail = text::cleanText(request.purposeDetail, purposeDetailRule); !detail)
        addReason(d, RefusalCode::InvalidText, detail.error().message);
    if (request.exception) {
        if (auto why = text::cleanText(request.exception->justification, justificationRule); !why)
            addReason(d, RefusalCode::InvalidText, why.error().message);
    }

    // A statutory exception replaces consent, but only with a justification.
    if (request.exception) {
        if (request.exception->justification.trimmed().isEmpty())
            addReason(d, RefusalCode::EmptyJustification,
                      tr("A legal exception needs a written justification: cite the law, or say why the person's "
                         "consent cannot be obtained."));
        if (d.reasons.isEmpty()) {
            d.allowed = true;
            d.exception = request.exception->ground;
            d.categories = request.categories;
            d.summary = tr("Allowed under a legal exception (%1). The disclosure goes to the supervisors' review.")
                            .arg(label(request.exception->ground));
        } else {
            d.summary = d.reasons.first().message;
        }
        return d;
    }

    // Rule 8: a confidential address keeps Contact away from every recipient.
    if (client.confidentialAddress && request.categories.contains(DataCategory::Contact))
        addReason(d, RefusalCode::ConfidentialAddress,
                  tr("The person's address is confidential: contact details cannot be shared with anyone, even with "
                     "consent."),
                  std::nullopt, DataCategories{DataCategory::Contact});

    // Rule 2: one consent must cover the whole request.
    auto consents = ConsentRegistry(m_session).forClient(request.clientId);
    if (!consents)
        return fail(consents.error());
    const QString who = recipient.label.isEmpty() ? tr("this recipient") : recipient.label;
    std::optional<Consent> covering;
    DataCategories unionInForce;
    int naming = 0;
    int disclosureConsents = 0;
    QList<RefusalReason> consentReasons;
    for (const Consent &c : std::as_const(*consents)) {
        if (c.kind != ConsentKind::Disclosure)
            continue;
        ++disclosureConsents;
        if (!recipientKnown || !namesRecipient(c, request.recipient, recipient))
            continue;
        ++naming;
        QList<RefusalReason> own;
        const auto reason = [&](RefusalCode code, QString message, DataCategories cats = {}) {
            own.append(RefusalReason{code, c.id, cats, std::move(message)});
        };
        if (c.givenAt > at)
            reason(RefusalCode::NotYetGiven, tr("%1 has not started yet.").arg(consentName(c)));
        if (c.withdrawnAt && *c.withdrawnAt <= at)
            reason(RefusalCode::Withdrawn, tr("%1 was withdrawn on %2.").arg(consentName(c), day(*c.withdrawnAt)));
        if (at >= c.expiresAt)
            reason(RefusalCode::Expired, tr("%1 has expired.").arg(consentName(c)));
        // An "other" purpose is covered only by a consent describing the same one.
        const bool purposeOk = c.purposes.contains(request.purpose)
            && (request.purpose != Purpose::Other || request.purposeDetail.trimmed().isEmpty() // refused above
                || text::searchKey(c.purposeDetail) == text::searchKey(request.purposeDetail));
        if (!purposeOk)
            reason(RefusalCode::PurposeNotCovered,
                   tr("%1 does not cover the purpose \"%2\".").arg(consentName(c), label(request.purpose)));
        const DataCategories missing = request.categories.minus(c.categories);
        if (!missing.isEmpty())
            reason(RefusalCode::CategoriesNotCovered,
                   tr("No consent covers %1 for %2 (%3 covers %4 only).")
                       .arg(missing.toLabels(tr(", ")), who, consentName(c), c.categories.toLabels(tr(", "))),
                   missing);
        if (c.inForceAt(at) && purposeOk)
            unionInForce = unionInForce | c.categories;
        if (own.isEmpty()) {
            if (!covering || c.expiresAt > covering->expiresAt)
                covering = c;
        } else {
            consentReasons.append(own);
        }
    }
    if (!covering) {
        if (disclosureConsents == 0)
            addReason(d, RefusalCode::NoConsent,
                      tr("No consent from this person to share information with %1 is on file.").arg(who));
        else if (naming == 0 && recipientKnown)
            addReason(d, RefusalCode::RecipientNotCovered, tr("No consent names %1 as a recipient.").arg(who));
        if (naming > 1 && unionInForce.containsAll(request.categories))
            addReason(d, RefusalCode::SplitAcrossConsents,
                      tr("The information asked for is covered only by several consents together; one consent must "
                         "cover the whole request."));
        d.reasons.append(consentReasons);
    }

    if (d.reasons.isEmpty() && covering) {
        d.allowed = true;
        d.consentId = covering->id;
        d.categories = request.categories;
        d.summary = tr("Allowed by %1.").arg(consentName(*covering));
    } else {
        d.allowed = false;
        d.consentId.reset();
        d.summary = d.reasons.isEmpty() ? tr("Not allowed.") : d.reasons.first().message;
    }
    return d;
}

Result<ReleasedData> DisclosureGate::collect(qint64 clientId, DataCategories categories) const
{
    const storage::Database &db = m_session.db();
    ReleasedData data;
    auto one = storage::prepare(db, QStringLiteral(
        "SELECT name, name_kana, birth_date, sex, address, phone, email, emergency_contact, certificate_kind, "
        "certificate_grade, employment_status FROM clients WHERE id = ?"));
    if (!one)
        return fail(one.error());
    one->addBindValue(clientId);
    if (Status s = storage::exec(*one); !s)
        return fail(s.error());
    if (!one->next())
        return fail(ErrorCode::NotFound, tr("The client does not exist."));
    const auto labelOf = [](auto parsed) { return parsed ? label(*parsed) : QString(); };

    if (categories.contains(DataCategory::Identity)) {
        ReleasedData::Identity id;
        id.name = one->value(0).toString();
        id.nameKana = one->value(1).toString();
        if (!one->value(2).isNull())
            id.birthDate = QDate::fromString(one->value(2).toString(), Qt::ISODate);
        id.sex = labelOf(fromCode<Sex>(one->value(3).toString()));
        data.identity = id;
    }
    if (categories.contains(DataCategory::Contact))
        data.contact = ReleasedData::Contact{one->value(4).toString(), one->value(5).toString(),
                                             one->value(6).toString(), one->value(7).toString()};
    if (categories.contains(DataCategory::Health)) {
        ReleasedData::Health health;
        const QString kind = labelOf(fromCode<CertificateKind>(one->value(8).toString()));
        health.certificate = QString(kind + QLatin1Char(' ') + one->value(9).toString()).trimmed();
        const Status read = forEachRow(db, QStringLiteral(
            "SELECT disease_group, designated_number, designated_name FROM client_conditions WHERE client_id = ? "
            "ORDER BY id"), clientId, [&](const QSqlQuery &q) {
                ReleasedData::Condition c;
                c.diseaseGroup = labelOf(fromCode<DiseaseGroup>(q.value(0).toString()));
                if (!q.value(1).isNull())
                    c.designatedNumber = q.value(1).toInt();
                c.designatedName = q.value(2).toString();
                health.conditions << c;
            });
        if (!read)
            return fail(read.error());
        data.health = health;
    }
    if (categories.contains(DataCategory::Employment)) {
        ReleasedData::Employment employment;
        employment.status = labelOf(fromCode<EmploymentStatus>(one->value(10).toString()));
        const Status read = forEachRow(db, QStringLiteral(
            "SELECT goal FROM support_cases WHERE client_id = ? AND closed_on IS NULL ORDER BY opened_on"), clientId,
            [&](const QSqlQuery &q) { employment.caseGoals << labelOf(fromCode<CaseGoal>(q.value(0).toString())); });
        if (!read)
            return fail(read.error());
        data.employment = employment;
    }
    if (categories.contains(DataCategory::Records)) {
        QList<ReleasedData::RecordEntry> records;
        const Status read = forEachRow(db, QStringLiteral(
            "SELECT started_at, channel, notes, next_steps FROM consultations WHERE client_id = ? ORDER BY started_at"),
            clientId, [&](const QSqlQuery &q) {
                records << ReleasedData::RecordEntry{jst::toLocal(q.value(0).toLongLong()),
                                                     labelOf(fromCode<Channel>(q.value(1).toString())),
                                                     q.value(2).toString(), q.value(3).toString()};
            });
        if (!read)
            return fail(read.error());
        data.records = records;
    }
    if (categories.contains(DataCategory::Family)) {
        QList<ReleasedData::FamilyMember> family;
        const Status read = forEachRow(db, QStringLiteral(
            "SELECT name, relationship, phone FROM contact_persons WHERE client_id = ? ORDER BY id"), clientId,
            [&](const QSqlQuery &q) {
                family << ReleasedData::FamilyMember{q.value(0).toString(),
                                                     labelOf(fromCode<Relationship>(q.value(1).toString())),
                                                     q.value(2).toString()};
            });
        if (!read)
            return fail(read.error());
        data.family = family;
    }
    return data;
}

Result<DisclosureGrant> DisclosureGate::release(const DisclosureRequest &request) const
{
    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    const qint64 at = m_session.nowMs();
    auto decision = decideNow(request, at);
    if (!decision)
        return fail(decision.error());

    QJsonArray categoryCodes;
    request.categories.forEach([&](DataCategory c) { categoryCodes.append(toCode(c)); });
    QJsonObject detail{
        {QStringLiteral("recipient_type"),
         request.recipient.type == Recipient::Type::Agency ? QStringLiteral("agency") : QStringLiteral("contact")},
        {QStringLiteral("recipient_id"), request.recipient.id},
        {QStringLiteral("purpose"), toCode(request.purpose)},
        {QStringLiteral("method"), toCode(request.method)},
        {QStringLiteral("categories"), categoryCodes}};

    if (!decision->allowed) {
        QJsonArray codes;
        QStringList messages;
        for (const RefusalReason &r : std::as_const(decision->reasons)) {
            codes.append(static_cast<int>(r.code));
            messages << r.message;
        }
        detail.insert(QStringLiteral("reasons"), codes);
        if (Status s = audit::AuditLog(m_session).append(
                {QStringLiteral("disclosure.refused"), QStringLiteral("disclosures"), std::nullopt,
                 request.clientId, detail});
            !s)
            return fail(s.error());
        if (Status s = tx.commit(); !s)
            return fail(s.error());
        return fail(ErrorCode::Refused, messages.join(QLatin1Char('\n')));
    }

    QString justification;
    if (request.exception) {
        auto clean = text::cleanText(request.exception->justification, justificationRule);
        if (!clean)
            return fail(clean.error());
        justification = *clean;
    }
    auto detailText = text::cleanText(request.purposeDetail, purposeDetailRule);
    if (!detailText)
        return fail(detailText.error());

    auto data = collect(request.clientId, decision->categories);
    if (!data)
        return fail(data.error());

    // Rule 4: the record names the person well enough to identify them, the
    // recipient, what, why, how, on what basis and who, at the moment it happens.
    QString clientLabel;
    QString recipientKind;
    {
        auto q = storage::prepare(db, QStringLiteral("SELECT name, name_kana, birth_date FROM clients WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(request.clientId);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        q->next();
        clientLabel = tr("%1 (%2), born %3, client no. %4")
                          .arg(q->value(0).toString(), q->value(1).toString(),
                               q->value(2).isNull() ? tr("unknown") : q->value(2).toString())
                          .arg(request.clientId);
    }
    if (request.recipient.type == Recipient::Type::Agency) {
        auto q = storage::prepare(db, QStringLiteral(
            "SELECT kind, coalesce(prefecture, ''), coalesce(municipality, ''), coalesce(address, '') "
            "FROM agencies WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(request.recipient.id);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        q->next();
        recipientKind = QStringLiteral("agency:") + q->value(0).toString();
        const QString where = QString(q->value(1).toString() + q->value(2).toString()).trimmed();
        if (!where.isEmpty())
            decision->recipientLabel = tr("%1, %2").arg(decision->recipientLabel, where);
    } else {
        recipientKind = QStringLiteral("contact");
    }

    const qint64 retainUntil =
        jst::toLocal(at).addYears(retentionYears).toMSecsSinceEpoch();
    auto insert = storage::prepare(db, QStringLiteral(
        "INSERT INTO disclosures (at, client_id, client_label, recipient_agency_id, recipient_contact_id, "
        "recipient_kind, recipient_label, categories, purpose, purpose_detail, method, basis, consent_id, "
        "exception_ground, justification, staff_id, retain_until) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return fail(insert.error());
    const bool toAgency = request.recipient.type == Recipient::Type::Agency;
    const QVariant null = storage::nullValue();
    for (const QVariant &v :
         {QVariant(at), QVariant(request.clientId), QVariant(clientLabel),
          toAgency ? QVariant(request.recipient.id) : null, toAgency ? null : QVariant(request.recipient.id),
          QVariant(recipientKind), QVariant(decision->recipientLabel), QVariant(decision->categories.toCodes()),
          QVariant(toCode(request.purpose)), detailText->isEmpty() ? null : QVariant(*detailText),
          QVariant(toCode(request.method)),
          QVariant(decision->exception ? QStringLiteral("exception") : QStringLiteral("consent")),
          storage::orNull(decision->consentId),
          decision->exception ? QVariant(toCode(*decision->exception)) : null,
          decision->exception ? QVariant(justification) : null, QVariant(m_session.staffId()),
          QVariant(retainUntil)})
        insert->addBindValue(v);
    if (Status s = storage::exec(*insert); !s)
        return fail(s.error());
    const qint64 disclosureId = insert->lastInsertId().toLongLong();

    detail.insert(QStringLiteral("basis"), decision->exception ? QStringLiteral("exception") : QStringLiteral("consent"));
    if (Status s = audit::AuditLog(m_session).append(
            {QStringLiteral("disclosure.release"), QStringLiteral("disclosures"), disclosureId, request.clientId,
             detail});
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());

    DisclosureGrant grant;
    grant.m_disclosureId = disclosureId;
    grant.m_clientId = request.clientId;
    grant.m_recipient = request.recipient;
    grant.m_recipientLabel = decision->recipientLabel;
    grant.m_purpose = request.purpose;
    grant.m_method = request.method;
    grant.m_categories = decision->categories;
    grant.m_consentId = decision->consentId;
    grant.m_exception = decision->exception;
    grant.m_releasedAt = at;
    grant.m_data = std::move(*data);
    return grant;
}

} // namespace tsunagu::privacy
