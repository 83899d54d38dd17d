// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentRegistry.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

namespace tsunagu::privacy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::privacy::ConsentRegistry", text);
}

constexpr int maxConsentYears = 3;

const text::TextRule detailRule{"purpose_detail", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purpose (details)"),
                                text::limits::shortText};
const text::TextRule representativeRule{"representative_name",
                                        QT_TRANSLATE_NOOP("tsunagu::Fields", "Representative's name"),
                                        text::limits::name};
const text::TextRule relationRule{"representative_relation",
                                  QT_TRANSLATE_NOOP("tsunagu::Fields", "Representative's relationship"),
                                  text::limits::shortText};
const text::TextRule formRule{"form_version", QT_TRANSLATE_NOOP("tsunagu::Fields", "Consent form version"),
                              text::limits::shortText};
const text::TextRule consentTextRule{"consent_text", QT_TRANSLATE_NOOP("tsunagu::Fields", "Consent text"),
                                     text::limits::note, false, text::Lines::Multi};
const text::TextRule withdrawalRule{"withdrawal_note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Withdrawal note"),
                                    text::limits::shortText};

QString kindCode(ConsentKind kind)
{
    return kind == ConsentKind::Disclosure ? QStringLiteral("disclosure") : QStringLiteral("health_acquisition");
}

Result<bool> exists(const storage::Database &db, const QString &sql, qint64 id, std::optional<qint64> second = {})
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    if (second)
        q->addBindValue(*second);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    return q->next();
}

} // namespace

Result<qint64> ConsentRegistry::record(const ConsentInput &in) const
{
    const storage::Database &db = m_session.db();

    auto client = exists(db, QStringLiteral("SELECT 1 FROM clients WHERE id = ? AND erased_at IS NULL"), in.clientId);
    if (!client)
        return fail(client.error());
    if (!*client)
        return fail(ErrorCode::NotFound, tr("The client does not exist or was erased."), QStringLiteral("client_id"));

    if (!in.validFrom.isValid())
        return fail(ErrorCode::Invalid, tr("Enter the first day of the consent period."), QStringLiteral("valid_from"));
    if (!in.validUntil.isValid())
        return fail(ErrorCode::Invalid,
                    tr("Enter the last day of the consent period: every consent must have an end date."),
                    QStringLiteral("valid_until"));
    if (in.validUntil < in.validFrom)
        return fail(ErrorCode::Invalid, tr("The consent period ends before it starts."), QStringLiteral("valid_until"));
    if (in.validUntil >= in.validFrom.addYears(maxConsentYears)) // the last day is included
        return fail(ErrorCode::Invalid,
                    tr("A consent may run for at most %1 years; ask the person again after that.").arg(maxConsentYears),
                    QStringLiteral("valid_until"));

    if (in.kind == ConsentKind::Disclosure) {
        if (in.purposes.isEmpty())
            return fail(ErrorCode::Invalid, tr("Choose at least one purpose."), QStringLiteral("purposes"));
        if (in.recipients.isEmpty())
            return fail(ErrorCode::Invalid, tr("Choose at least one recipient or kind of recipient."),
                        QStringLiteral("recipients"));
        if (in.categories.isEmpty())
            return fail(ErrorCode::Invalid, tr("Choose at least one kind of information."), QStringLiteral("categories"));
    }
    auto detail = text::cleanText(in.purposeDetail, detailRule);
    if (!detail)
        return fail(detail.error());
    if (in.purposes.contains(Purpose::Other) && detail->isEmpty())
        return fail(ErrorCode::Invalid, tr("Describe the other purpose."), QStringLiteral("purpose_detail"));
    auto representative = text::cleanText(in.representativeName, representativeRule);
    if (!representative)
        return fail(representative.error());
    auto relation = text::cleanText(in.representativeRelation, relationRule);
    if (!relation)
        return fail(relation.error());
    if (in.byRepresentative && representative->isEmpty())
        return fail(ErrorCode::Invalid, tr("Enter the name of the representative who gave the consent."),
                    QStringLiteral("representative_name"));
    auto form = text::cleanText(in.formVersion, formRule);
    if (!form)
        return fail(form.error());
    auto words = text::cleanText(in.text, consentTextRule);
    if (!words)
        return fail(words.error());

    for (const ConsentRecipient &r : in.recipients) {
        const int set = int(r.agencyId.has_value()) + int(r.agencyKind.has_value()) + int(r.contactPersonId.has_value());
        if (set != 1)
            return fail(ErrorCode::Invalid, tr("Each recipient must be one agency, one kind of agency or one person."),
                        QStringLiteral("recipients"));
        if (r.agencyId) {
            auto found = exists(db, QStringLiteral("SELECT 1 FROM agencies WHERE id = ?"), *r.agencyId);
            if (!found)
                return fail(found.error());
            if (!*found)
                return fail(ErrorCode::Invalid, tr("The chosen agency does not exist."), QStringLiteral("recipients"));
        }
        if (r.contactPersonId) {
            auto found = exists(db, QStringLiteral("SELECT 1 FROM contact_persons WHERE id = ? AND client_id = ?"),
                                *r.contactPersonId, in.clientId);
            if (!found)
                return fail(found.error());
            if (!*found)
                return fail(ErrorCode::Invalid, tr("The chosen person is not one of this client's contacts."),
                            QStringLiteral("recipients"));
        }
    }

    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto q = storage::prepare(db, QStringLiteral(
        "INSERT INTO consents (client_id, kind, purposes, purpose_detail, categories, given_at, expires_at, method, "
        "given_by, representative_name, representative_relation, form_version, consent_text, recorded_by, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return fail(q.error());
    const auto textOrNull = [](const QString &s) { return s.isEmpty() ? storage::nullValue() : QVariant(s); };
    const bool disclosure = in.kind == ConsentKind::Disclosure;
    for (const QVariant &v : {QVariant(in.clientId), QVariant(kindCode(in.kind)),
                              // Never a null QString: Qt binds it as NULL, and these columns are NOT NULL.
                              QVariant(disclosure ? in.purposes.toCodes() : QStringLiteral("")), textOrNull(*detail),
                              QVariant(disclosure ? in.categories.toCodes() : QStringLiteral("")),
                              QVariant(jst::startOfDay(in.validFrom)), QVariant(jst::endOfDayExclusive(in.validUntil)),
                              QVariant(toCode(in.method)),
                              QVariant(in.byRepresentative ? QStringLiteral("representative") : QStringLiteral("self")),
                              textOrNull(in.byRepresentative ? *representative : QString()),
                              textOrNull(in.byRepresentative ? *relation : QString()), textOrNull(*form),
                              textOrNull(*words), QVariant(m_session.staffId()), QVariant(m_session.nowMs())})
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    const qint64 id = q->lastInsertId().toLongLong();

    if (disclosure) {
        for (const ConsentRecipient &r : in.recipients) {
            auto rq = storage::prepare(db, QStringLiteral(
                "INSERT INTO consent_recipients (consent_id, agency_id, agency_kind, contact_person_id) "
                "VALUES (?, ?, ?, ?)"));
            if (!rq)
                return fail(rq.error());
            rq->addBindValue(id);
            rq->addBindValue(storage::orNull(r.agencyId));
            rq->addBindValue(r.agencyKind ? QVariant(toCode(*r.agencyKind)) : storage::nullValue());
            rq->addBindValue(storage::orNull(r.contactPersonId));
            if (Status s = storage::exec(*rq); !s)
                return fail(s.error());
        }
    }
    QJsonObject auditDetail{{QStringLiteral("kind"), kindCode(in.kind)}};
    if (Status s = audit::AuditLog(m_session).append(
            {QStringLiteral("consent.record"), QStringLiteral("consents"), id, in.clientId, auditDetail});
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

namespace {
const QString selectConsent = QStringLiteral(
    "SELECT id, client_id, kind, purposes, purpose_detail, categories, given_at, expires_at, withdrawn_at, "
    "withdrawal_note, method, given_by, representative_name, representative_relation, form_version, consent_text, "
    "recorded_by, created_at FROM consents ");

Result<Consent> consentFrom(const storage::Database &db, const QSqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toLongLong();
    c.kind = q.value(2).toString() == QLatin1String("disclosure") ? ConsentKind::Disclosure
                                                                  : ConsentKind::HealthAcquisition;
    c.purposes = Purposes::fromCodes(q.value(3).toString()).value_or(Purposes());
    c.purposeDetail = q.value(4).toString();
    c.categories = DataCategories::fromCodes(q.value(5).toString()).value_or(DataCategories());
    c.givenAt = q.value(6).toLongLong();
    c.expiresAt = q.value(7).toLongLong();
    if (!q.value(8).isNull())
        c.withdrawnAt = q.value(8).toLongLong();
    c.withdrawalNote = q.value(9).toString();
    c.method = fromCode<ConsentMethod>(q.value(10).toString()).value_or(ConsentMethod::Written);
    c.byRepresentative = q.value(11).toString() == QLatin1String("representative");
    c.representativeName = q.value(12).toString();
    c.representativeRelation = q.value(13).toString();
    c.formVersion = q.value(14).toString();
    c.text = q.value(15).toString();
    c.recordedBy = q.value(16).toLongLong();
    c.createdAt = q.value(17).toLongLong();

    auto r = storage::prepare(db, QStringLiteral(
        "SELECT agency_id, agency_kind, contact_person_id FROM consent_recipients WHERE consent_id = ? ORDER BY rowid"));
    if (!r)
        return fail(r.error());
    r->addBindValue(c.id);
    if (Status s = storage::exec(*r); !s)
        return fail(s.error());
    while (r->next()) {
        ConsentRecipient rec;
        if (!r->value(0).isNull())
            rec.agencyId = r->value(0).toLongLong();
        if (!r->value(1).isNull())
            rec.agencyKind = fromCode<AgencyKind>(r->value(1).toString());
        if (!r->value(2).isNull())
            rec.contactPersonId = r->value(2).toLongLong();
        c.recipients << rec;
    }
    return c;
}
} // namespace

Result<Consent> ConsentRegistry::get(qint64 id) const
{
    auto q = storage::prepare(m_session.db(), selectConsent + QStringLiteral("WHERE id = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("No consent with number %1.").arg(id));
    return consentFrom(m_session.db(), *q);
}

Result<QList<Consent>> ConsentRegistry::forClient(qint64 clientId) const
{
    auto q = storage::prepare(m_session.db(),
                              selectConsent + QStringLiteral("WHERE client_id = ? ORDER BY given_at DESC, id DESC"));
    if (!q)
        return fail(q.error());
    q->addBindValue(clientId);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QList<Consent> all;
    while (q->next()) {
        auto c = consentFrom(m_session.db(), *q);
        if (!c)
            return fail(c.error());
        all << *c;
    }
    return all;
}

Result<WithdrawalResult> ConsentRegistry::withdraw(qint64 consentId, const QString &note,
                                                   std::optional<qint64> at) const
{
    const qint64 when = at.value_or(m_session.nowMs());
    if (when > m_session.nowMs())
        return fail(ErrorCode::Invalid, tr("A withdrawal cannot be dated in the future."), QStringLiteral("withdrawn_at"));
    auto cleanNote = text::cleanText(note, withdrawalRule);
    if (!cleanNote)
        return fail(cleanNote.error());
    auto consent = get(consentId);
    if (!consent)
        return fail(consent.error());
    if (consent->withdrawnAt)
        return fail(ErrorCode::Conflict, tr("This consent was already withdrawn."));

    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto q = storage::prepare(db, QStringLiteral(
        "UPDATE consents SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_note = ? "
        "WHERE id = ? AND withdrawn_at IS NULL"));
    if (!q)
        return fail(q.error());
    q->addBindValue(when);
    q->addBindValue(m_session.staffId());
    q->addBindValue(cleanNote->isEmpty() ? storage::nullValue() : QVariant(*cleanNote));
    q->addBindValue(consentId);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());

    // Rule 7: open referrals that relied on this consent need the coordinator.
    WithdrawalResult result;
    auto open = storage::prepare(db, QStringLiteral(
        "SELECT id FROM referrals WHERE consent_id = ? "
        "AND status NOT IN ('completed','withdrawn','declined') AND needs_attention = 0"));
    if (!open)
        return fail(open.error());
    open->addBindValue(consentId);
    if (Status s = storage::exec(*open); !s)
        return fail(s.error());
    while (open->next())
        result.flaggedReferrals << open->value(0).toLongLong();
    open->finish();

    storage::RecordStore store(m_session);
    for (qint64 referral : std::as_const(result.flaggedReferrals)) {
        const QString reason = tr("The consent this referral relied on was withdrawn.");
        auto updated = store.update(QStringLiteral("referrals"), QStringLiteral("referral"), referral,
                                    {{QStringLiteral("needs_attention"), 1},
                                     {QStringLiteral("attention_reason"), reason}},
                                    reason, consent->clientId);
        if (!updated)
            return fail(updated.error());
    }
    QJsonArray flagged;
    for (qint64 id : std::as_const(result.flaggedReferrals))
        flagged.append(id);
    if (Status s = audit::AuditLog(m_session).append({QStringLiteral("consent.withdraw"), QStringLiteral("consents"),
                                                      consentId, consent->clientId,
                                                      QJsonObject{{QStringLiteral("flagged_referrals"), flagged}}});
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return result;
}

Result<bool> ConsentRegistry::mayRecordHealth(qint64 clientId, std::optional<qint64> at) const
{
    const qint64 when = at.value_or(m_session.nowMs());
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "SELECT 1 FROM consents WHERE client_id = ? AND kind = 'health_acquisition' "
        "AND given_at <= ? AND expires_at > ? AND (withdrawn_at IS NULL OR withdrawn_at > ?) LIMIT 1"));
    if (!q)
        return fail(q.error());
    for (const QVariant &v : {QVariant(clientId), QVariant(when), QVariant(when), QVariant(when)})
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    return q->next();
}

Status ConsentRegistry::requireHealthConsent(qint64 clientId) const
{
    auto may = mayRecordHealth(clientId);
    if (!may)
        return fail(may.error());
    if (!*may)
        return fail(ErrorCode::Refused,
                    tr("Health information cannot be saved yet: record the person's consent to keep health "
                       "information (要配慮個人情報) first."),
                    QStringLiteral("health_consent"));
    return {};
}

} // namespace tsunagu::privacy
