// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureLog.h"

#include "audit/AuditLog.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu::privacy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::privacy::DisclosureLog", text);
}

const text::TextRule reasonRule{"reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reason"), text::limits::note, true,
                                text::Lines::Multi};
const text::TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), text::limits::note, false,
                              text::Lines::Multi};
} // namespace

Status DisclosureLog::requireSupervisor() const
{
    auto staff = StaffRepository(m_session).get(m_session.staffId());
    if (!staff)
        return fail(staff.error());
    if (staff->role != StaffRole::Supervisor && staff->role != StaffRole::Admin)
        return fail(ErrorCode::Refused, tr("Only a supervisor can do this."));
    return {};
}

Result<QList<DisclosureRecord>> DisclosureLog::query(const QString &where, const QVariantList &values) const
{
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "SELECT d.id, d.at, d.client_id, d.client_label, d.recipient_agency_id, d.recipient_contact_id, "
        "d.recipient_kind, d.recipient_label, d.categories, d.purpose, d.purpose_detail, d.method, d.consent_id, "
        "d.exception_ground, d.justification, d.staff_id, d.retain_until, "
        "(SELECT reason FROM disclosure_withholdings w WHERE w.disclosure_id = d.id ORDER BY w.id DESC LIMIT 1), "
        "(SELECT verdict FROM disclosure_reviews r WHERE r.disclosure_id = d.id ORDER BY r.id DESC LIMIT 1) "
        "FROM disclosures d ") + where);
    if (!q)
        return fail(q.error());
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QList<DisclosureRecord> records;
    while (q->next()) {
        DisclosureRecord r;
        r.id = q->value(0).toLongLong();
        r.at = q->value(1).toLongLong();
        r.clientId = q->value(2).toLongLong();
        r.clientLabel = q->value(3).toString();
        if (!q->value(4).isNull())
            r.recipientAgencyId = q->value(4).toLongLong();
        if (!q->value(5).isNull())
            r.recipientContactId = q->value(5).toLongLong();
        r.recipientKind = q->value(6).toString();
        r.recipientLabel = q->value(7).toString();
        r.categories = DataCategories::fromCodes(q->value(8).toString()).value_or(DataCategories());
        r.purpose = fromCode<Purpose>(q->value(9).toString()).value_or(Purpose::Other);
        r.purposeDetail = q->value(10).toString();
        r.method = fromCode<DisclosureMethod>(q->value(11).toString()).value_or(DisclosureMethod::Letter);
        if (!q->value(12).isNull())
            r.consentId = q->value(12).toLongLong();
        if (!q->value(13).isNull())
            r.exception = fromCode<StatutoryException>(q->value(13).toString());
        r.justification = q->value(14).toString();
        r.staffId = q->value(15).toLongLong();
        r.retainUntil = q->value(16).toLongLong();
        r.withheld = !q->value(17).isNull();
        r.withholdReason = q->value(17).toString();
        if (!q->value(18).isNull())
            r.reviewVerdict = q->value(18).toString();
        records << r;
    }
    return records;
}

Result<QList<DisclosureRecord>> DisclosureLog::forClient(qint64 clientId, bool includeWithheld) const
{
    QString where = QStringLiteral("WHERE d.client_id = ? ");
    if (!includeWithheld)
        where += QStringLiteral("AND NOT EXISTS (SELECT 1 FROM disclosure_withholdings w WHERE w.disclosure_id = d.id) ");
    return query(where + QStringLiteral("ORDER BY d.at DESC, d.id DESC"), {clientId});
}

Result<QList<DisclosureRecord>> DisclosureLog::reviewQueue() const
{
    return query(QStringLiteral("WHERE d.basis = 'exception' AND NOT EXISTS "
                                "(SELECT 1 FROM disclosure_reviews r WHERE r.disclosure_id = d.id) ORDER BY d.at, d.id"),
                 {});
}

Status DisclosureLog::review(qint64 disclosureId, bool approved, const QString &note) const
{
    if (Status s = requireSupervisor(); !s)
        return s;
    {
        auto q = storage::prepare(m_session.db(), QStringLiteral(
            "SELECT basis, (SELECT count(*) FROM disclosure_reviews r WHERE r.disclosure_id = d.id) "
            "FROM disclosures d WHERE d.id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(disclosureId);
        if (Status s = storage::exec(*q); !s)
            return s;
        if (!q->next())
            return fail(ErrorCode::NotFound, tr("No disclosure record with number %1.").arg(disclosureId));
        if (q->value(0).toString() != QLatin1String("exception"))
            return fail(ErrorCode::Refused, tr("Only disclosures made under a legal exception are reviewed."));
        if (q->value(1).toInt() > 0)
            return fail(ErrorCode::Conflict, tr("This disclosure was already reviewed."));
    }
    auto cleanNote = text::cleanText(note, noteRule);
    if (!cleanNote)
        return fail(cleanNote.error());
    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "INSERT INTO disclosure_reviews (disclosure_id, at, reviewer_id, verdict, note) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return fail(q.error());
    for (const QVariant &v : {QVariant(disclosureId), QVariant(m_session.nowMs()), QVariant(m_session.staffId()),
                              QVariant(approved ? QStringLiteral("approved") : QStringLiteral("questioned")),
                              QVariant(*cleanNote)})
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return s;
    if (Status s = audit::AuditLog(m_session).append({QStringLiteral("disclosure.review"), QStringLiteral("disclosures"),
                                                      disclosureId, std::nullopt, {}});
        !s)
        return s;
    return tx.commit();
}

Status DisclosureLog::withhold(qint64 disclosureId, const QString &reason) const
{
    if (Status s = requireSupervisor(); !s)
        return s;
    auto cleanReason = text::cleanText(reason, reasonRule);
    if (!cleanReason)
        return fail(cleanReason.error());
    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return s;
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "INSERT INTO disclosure_withholdings (disclosure_id, at, supervisor_id, reason) VALUES (?, ?, ?, ?)"));
    if (!q)
        return fail(q.error());
    for (const QVariant &v :
         {QVariant(disclosureId), QVariant(m_session.nowMs()), QVariant(m_session.staffId()), QVariant(*cleanReason)})
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return s;
    if (Status s = audit::AuditLog(m_session).append({QStringLiteral("disclosure.withhold"),
                                                      QStringLiteral("disclosures"), disclosureId, std::nullopt, {}});
        !s)
        return s;
    return tx.commit();
}

Result<int> DisclosureLog::purgeExpired() const
{
    // The triggers check retention against the real time, whatever the session's clock says.
    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    const QString purgeable = QStringLiteral(
        "SELECT d.id FROM disclosures d JOIN clients c ON c.id = d.client_id "
        "WHERE c.erased_at IS NOT NULL AND d.retain_until <= CAST(strftime('%s','now') AS INTEGER) * 1000");
    for (const QString &table : {QStringLiteral("disclosure_reviews"), QStringLiteral("disclosure_withholdings")}) {
        auto q = storage::prepare(db, QStringLiteral("DELETE FROM %1 WHERE disclosure_id IN (%2)").arg(table, purgeable));
        if (!q)
            return fail(q.error());
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
    }
    auto q = storage::prepare(db, QStringLiteral("DELETE FROM disclosures WHERE id IN (%1)").arg(purgeable));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    const int removed = q->numRowsAffected();
    if (Status s = audit::AuditLog(m_session).append({QStringLiteral("disclosure.purge"), QStringLiteral("disclosures"),
                                                      std::nullopt, std::nullopt,
                                                      QJsonObject{{QStringLiteral("removed"), removed}}});
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return removed;
}

} // namespace tsunagu::privacy
