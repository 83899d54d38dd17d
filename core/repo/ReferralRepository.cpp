// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralRepository.h"

#include "repo/RowHelpers.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ReferralRepository", text);
}

const QString table = QStringLiteral("referrals");
const QString entity = QStringLiteral("referral");

const text::TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), text::limits::note, false,
                              text::Lines::Multi};

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

QString timeText(qint64 ms)
{
    return jst::toLocal(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// The fields a coordinator enters (not client, agency or status).
Result<storage::Row> toRow(const storage::Database &db, const Referral &r)
{
    Referral clean = r;
    for (const Status &s :
         {repo::checkKnown(clean.purpose, "purpose", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purpose")),
          repo::checkKnown(clean.categories, "categories", QT_TRANSLATE_NOOP("tsunagu::Fields", "Data to share"))}) {
        if (!s)
            return fail(s.error());
    }
    if (Status s = repo::cleanFields({{&clean.note, &noteRule}}); !s)
        return fail(s.error());
    if (Status s = repo::checkCaseOfClient(db, clean.caseId, clean.clientId); !s)
        return fail(s.error());
    return storage::Row{{QStringLiteral("case_id"), storage::orNull(clean.caseId)},
                        {QStringLiteral("purpose"), toCode(clean.purpose)},
                        {QStringLiteral("categories"), repo::textNotNull(clean.categories.toCodes())},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)}};
}

Status checkEventTime(const Session &session, qint64 at, std::optional<qint64> previous)
{
    if (at <= 0)
        return fail(ErrorCode::Invalid, tr("Enter when this happened."), QStringLiteral("at"));
    if (at > session.nowMs())
        return fail(ErrorCode::Invalid, tr("A referral step cannot be recorded in advance (%1 is in the future).")
                                            .arg(timeText(at)),
                    QStringLiteral("at"));
    if (previous && at < *previous)
        return fail(ErrorCode::Invalid,
                    tr("This step (%1) cannot be dated before the previous one (%2).")
                        .arg(timeText(at), timeText(*previous)),
                    QStringLiteral("at"));
    return {};
}

Result<qint64> insertEvent(const Session &session, qint64 referralId, ReferralStatus status, qint64 at,
                           const QString &note)
{
    return repo::insertReturningId(
        session.db(),
        QStringLiteral("INSERT INTO referral_events (referral_id, status, at, staff_id, note) VALUES (?, ?, ?, ?, ?)"),
        {referralId, toCode(status), at, session.staffId(), repo::textOrNull(note)});
}

const QString selectReferrals = QStringLiteral(
    "SELECT r.id, r.client_id, r.agency_id, r.case_id, r.purpose, r.categories, r.note, r.status, r.consent_id, "
    "r.disclosure_id, r.needs_attention, r.attention_reason, r.created_at, r.updated_at, r.version "
    "FROM referrals r ");

Referral referralFrom(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.clientId = q.value(1).toLongLong();
    r.agencyId = q.value(2).toLongLong();
    r.caseId = repo::optionalId(q.value(3));
    r.purpose = repo::requiredCode(q.value(4), Purpose::Other);
    r.categories = repo::codeSet<DataCategory>(q.value(5));
    r.note = q.value(6).toString();
    r.status = repo::requiredCode(q.value(7), ReferralStatus::Proposed);
    r.consentId = repo::optionalId(q.value(8));
    r.disclosureId = repo::optionalId(q.value(9));
    r.needsAttention = q.value(10).toBool();
    r.attentionReason = q.value(11).toString();
    r.createdAt = q.value(12).toLongLong();
    r.updatedAt = q.value(13).toLongLong();
    r.version = q.value(14).toInt();
    return r;
}

Result<QList<Referral>> referrals(const storage::Database &db, const QString &where, const QVariantList &values)
{
    QList<Referral> all;
    if (Status s = repo::selectEach(db, selectReferrals + where, values,
                                    [&](const QSqlQuery &q) { all << referralFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

} // namespace

bool ReferralRepository::canMove(ReferralStatus from, ReferralStatus to)
{
    using S = ReferralStatus;
    switch (from) {
    case S::Proposed: return to == S::Sent || to == S::Withdrawn;
    case S::Sent: return to == S::Accepted || to == S::Declined || to == S::FirstContact || to == S::Withdrawn;
    case S::Accepted: return to == S::FirstContact || to == S::Withdrawn;
    case S::FirstContact: return to == S::Completed || to == S::Withdrawn;
    case S::Declined:
    case S::Completed:
    case S::Withdrawn: return false;
    }
    return false;
}

Result<qint64> ReferralRepository::create(const Referral &referral, std::optional<qint64> at) const
{
    const qint64 when = at.value_or(m_session.nowMs());
    if (Status s = repo::requireWritableClient(m_session, referral.clientId); !s)
        return fail(s.error());
    bool active = false;
    auto agency = repo::selectOne(m_session.db(), QStringLiteral("SELECT active FROM agencies WHERE id = ?"),
                                  {referral.agencyId}, [&](const QSqlQuery &q) { active = q.value(0).toBool(); });
    if (!agency)
        return fail(agency.error());
    if (!*agency)
        return fail(ErrorCode::Invalid, tr("Choose the agency the person is referred to."), QStringLiteral("agency_id"));
    if (!active)
        return fail(ErrorCode::Invalid, tr("This agency is marked as no longer active; choose another one."),
                    QStringLiteral("agency_id"));
    auto row = toRow(m_session.db(), referral);
    if (!row)
        return fail(row.error());
    if (Status s = checkEventTime(m_session, when, std::nullopt); !s)
        return fail(s.error());
    row->insert(row->begin(), {QStringLiteral("agency_id"), referral.agencyId});
    row->insert(row->begin(), {QStringLiteral("client_id"), referral.clientId});
    row->emplace_back(QStringLiteral("status"), toCode(ReferralStatus::Proposed));

    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto id = storage::RecordStore(m_session).insert(table, entity, *row, referral.clientId);
    if (!id)
        return fail(id.error());
    if (auto event = insertEvent(m_session, *id, ReferralStatus::Proposed, when, QString()); !event)
        return fail(event.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<Referral> ReferralRepository::get(qint64 id) const
{
    auto found = referrals(m_session.db(), QStringLiteral("WHERE r.id = ?"), {id});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("No referral with number %1.").arg(id));
    return found->first();
}

Result<int> ReferralRepository::update(const Referral &referral, const QString &reason) const
{
    auto existing = get(referral.id);
    if (!existing)
        return fail(existing.error());
    if (Status s = repo::checkSameClient(existing->clientId, referral.clientId); !s)
        return fail(s.error());
    if (referral.agencyId != existing->agencyId)
        return fail(ErrorCode::Invalid,
                    tr("A referral cannot be moved to another agency; withdraw it and refer the person again."),
                    QStringLiteral("agency_id"));
    if (Status s = repo::requireWritableClient(m_session, existing->clientId); !s)
        return fail(s.error());
    auto row = toRow(m_session.db(), referral);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(table, entity, referral.id, *row, reason, existing->clientId,
                                                  referral.version);
}

Result<qint64> ReferralRepository::addEvent(qint64 referralId, ReferralStatus status, qint64 at,
                                            const QString &note) const
{
    if (Status s = repo::checkKnown(status, "status", QT_TRANSLATE_NOOP("tsunagu::Fields", "Status")); !s)
        return fail(s.error());
    auto cleanNote = text::cleanText(note, noteRule);
    if (!cleanNote)
        return fail(cleanNote.error());

    // Read the current step inside the transaction, so two people recording
    // steps at once cannot both move from the same one.
    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto referral = get(referralId);
    if (!referral)
        return fail(referral.error());
    if (Status s = repo::requireWritableClient(m_session, referral->clientId); !s)
        return fail(s.error());
    if (!canMove(referral->status, status)) {
        const QString message = referral->isOpen()
            ? tr("A referral that is \"%1\" cannot become \"%2\".").arg(label(referral->status), label(status))
            : tr("This referral is already \"%1\"; no further step can be recorded.").arg(label(referral->status));
        return fail(ErrorCode::Invalid, message, QStringLiteral("status"));
    }
    std::optional<qint64> previous;
    if (auto last = repo::selectOne(m_session.db(),
                                    QStringLiteral("SELECT max(at) FROM referral_events WHERE referral_id = ?"),
                                    {referralId}, [&](const QSqlQuery &q) { previous = repo::optionalId(q.value(0)); });
        !last)
        return fail(last.error());
    if (Status s = checkEventTime(m_session, at, previous); !s)
        return fail(s.error());

    auto id = insertEvent(m_session, referralId, status, at, *cleanNote);
    if (!id)
        return fail(id.error());
    auto changed = storage::RecordStore(m_session).update(
        table, entity, referralId, {{QStringLiteral("status"), toCode(status)}},
        tr("Referral progress: %1").arg(label(status)), referral->clientId);
    if (!changed)
        return fail(changed.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<QList<ReferralEvent>> ReferralRepository::events(qint64 referralId) const
{
    QList<ReferralEvent> all;
    if (Status s = repo::selectEach(m_session.db(), QStringLiteral(
            "SELECT id, referral_id, status, at, staff_id, note FROM referral_events WHERE referral_id = ? "
            "ORDER BY at, id"),
            {referralId}, [&](const QSqlQuery &q) {
                ReferralEvent e;
                e.id = q.value(0).toLongLong();
                e.referralId = q.value(1).toLongLong();
                e.status = repo::requiredCode(q.value(2), ReferralStatus::Proposed);
                e.at = q.value(3).toLongLong();
                e.staffId = q.value(4).toLongLong();
                e.note = q.value(5).toString();
                all << e;
            });
        !s)
        return fail(s.error());
    return all;
}

Result<QList<Referral>> ReferralRepository::forClient(qint64 clientId) const
{
    return referrals(m_session.db(), QStringLiteral("WHERE r.client_id = ? ORDER BY r.created_at DESC, r.id DESC"),
                     {clientId});
}

Result<QList<Referral>> ReferralRepository::forAgency(qint64 agencyId) const
{
    return referrals(m_session.db(),
                     QStringLiteral("JOIN clients c ON c.id = r.client_id WHERE r.agency_id = ? AND c.stop_use = 0 "
                                    "ORDER BY r.created_at DESC, r.id DESC"),
                     {agencyId});
}

Result<QList<Referral>> ReferralRepository::openWithoutAnswer(int olderThanDays) const
{
    if (olderThanDays < 0)
        return fail(ErrorCode::Invalid, tr("The number of days cannot be negative."), QStringLiteral("days"));
    const qint64 cutoff = m_session.nowMs() - olderThanDays * msPerDay;
    return referrals(m_session.db(), QStringLiteral(
        "JOIN clients c ON c.id = r.client_id "
        "JOIN (SELECT referral_id, max(at) AS since FROM referral_events GROUP BY referral_id) e "
        "  ON e.referral_id = r.id "
        "WHERE r.status = ? AND e.since <= ? AND c.stop_use = 0 AND c.erased_at IS NULL "
        "ORDER BY e.since, r.id"),
        {toCode(ReferralStatus::Sent), cutoff});
}

Status ReferralRepository::attachDisclosure(qint64 referralId, qint64 disclosureId,
                                            std::optional<qint64> consentId) const
{
    auto referral = get(referralId);
    if (!referral)
        return fail(referral.error());

    qint64 disclosedClient = 0;
    std::optional<qint64> recipientAgency;
    std::optional<qint64> disclosureConsent;
    auto disclosure = repo::selectOne(
        m_session.db(), QStringLiteral("SELECT client_id, recipient_agency_id, consent_id FROM disclosures WHERE id = ?"),
        {disclosureId}, [&](const QSqlQuery &q) {
            disclosedClient = q.value(0).toLongLong();
            recipientAgency = repo::optionalId(q.value(1));
            disclosureConsent = repo::optionalId(q.value(2));
        });
    if (!disclosure)
        return fail(disclosure.error());
    if (!*disclosure)
        return fail(ErrorCode::Invalid, tr("No disclosure record with number %1.").arg(disclosureId),
                    QStringLiteral("disclosure_id"));
    if (disclosedClient != referral->clientId || (recipientAgency && *recipientAgency != referral->agencyId))
        return fail(ErrorCode::Invalid,
                    tr("Disclosure record %1 is not about this person and this agency.").arg(disclosureId),
                    QStringLiteral("disclosure_id"));
    if (consentId) {
        qint64 consentClient = 0;
        auto consent = repo::selectOne(m_session.db(), QStringLiteral("SELECT client_id FROM consents WHERE id = ?"),
                                       {*consentId}, [&](const QSqlQuery &q) { consentClient = q.value(0).toLongLong(); });
        if (!consent)
            return fail(consent.error());
        if (!*consent || consentClient != referral->clientId
            || (disclosureConsent && *disclosureConsent != *consentId))
            return fail(ErrorCode::Invalid,
                        tr("Consent %1 is not the consent disclosure record %2 relied on.").arg(*consentId).arg(disclosureId),
                        QStringLiteral("consent_id"));
    }
    auto changed = storage::RecordStore(m_session).update(
        table, entity, referralId,
        {{QStringLiteral("disclosure_id"), disclosureId}, {QStringLiteral("consent_id"), storage::orNull(consentId)}},
        tr("Information sent to the agency (disclosure record %1)").arg(disclosureId), referral->clientId);
    if (!changed)
        return fail(changed.error());
    return {};
}

} // namespace tsunagu
