// SPDX-License-Identifier: GPL-3.0-or-later
#include "Erasure.h"

#include "audit/AuditLog.h"
#include "search/NoteIndex.h"
#include "storage/Database.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::privacy {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::privacy::Erasure", text);
}

// First day of the month, Japan time, of an instant column (milliseconds).
const QString monthOfInstant = QStringLiteral(
    "(CAST(strftime('%s', strftime('%Y-%m-01', %1 / 1000, 'unixepoch', '+9 hours')) AS INTEGER) - 9 * 3600) * 1000");
// First day of the month of a date column ('YYYY-MM-DD').
const QString monthOfDate = QStringLiteral("CASE WHEN %1 IS NULL THEN NULL ELSE substr(%1, 1, 8) || '01' END");

// Every statement binds the client's id as :client (and the time as :now).
QStringList erasureStatements()
{
    return {
        // Flag first: the consent triggers allow deletion only for erased clients.
        QStringLiteral("UPDATE clients SET erased_at = :now WHERE id = :client"),
        QStringLiteral("UPDATE clients SET name = '', name_kana = '', name_norm = '', kana_norm = '', birth_date = NULL, "
                       "sex = NULL, prefecture = NULL, municipality = NULL, phone = NULL, phone_norm = NULL, "
                       "email = NULL, address = NULL, emergency_contact = NULL, certificate_kind = NULL, "
                       "certificate_grade = NULL, employment_status = NULL, confidential_address = 0, "
                       "external_id = NULL WHERE id = :client"),
        // Health goes whole, disease groups included: the skeleton of rule 12
        // holds no health data (statistics count the erased on a line of their own).
        QStringLiteral("DELETE FROM client_conditions WHERE client_id = :client"),
        QStringLiteral("UPDATE consultations SET notes = '', next_steps = '', follow_up_on = NULL, started_at = %1 "
                       "WHERE client_id = :client").arg(monthOfInstant.arg(QStringLiteral("started_at"))),
        QStringLiteral("UPDATE support_cases SET note = NULL, next_follow_up = NULL, opened_on = %1, closed_on = %2 "
                       "WHERE client_id = :client")
            .arg(monthOfDate.arg(QStringLiteral("opened_on")), monthOfDate.arg(QStringLiteral("closed_on"))),
        QStringLiteral("UPDATE case_milestones SET note = NULL, due_on = %1, done_on = %2 "
                       "WHERE case_id IN (SELECT id FROM support_cases WHERE client_id = :client)")
            .arg(monthOfDate.arg(QStringLiteral("due_on")), monthOfDate.arg(QStringLiteral("done_on"))),
        QStringLiteral("UPDATE referrals SET note = NULL, attention_reason = NULL, consent_id = NULL "
                       "WHERE client_id = :client"),
        QStringLiteral("UPDATE referral_events SET note = NULL "
                       "WHERE referral_id IN (SELECT id FROM referrals WHERE client_id = :client)"),
        QStringLiteral("DELETE FROM consent_recipients "
                       "WHERE consent_id IN (SELECT id FROM consents WHERE client_id = :client)"),
        QStringLiteral("DELETE FROM consents WHERE client_id = :client"),
        QStringLiteral("DELETE FROM contact_persons WHERE client_id = :client"),
        QStringLiteral("DELETE FROM drafts WHERE client_id = :client"),
        QStringLiteral("DELETE FROM revisions WHERE client_id = :client OR (entity = 'clients' AND entity_id = :client)"),
    };
}
} // namespace

Status Erasure::erase(qint64 clientId, const QString &reason) const
{
    auto cleanReason = text::cleanText(reason, {"reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reason"),
                                                text::limits::shortText, true, text::Lines::Single});
    if (!cleanReason)
        return fail(cleanReason.error());
    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    {
        auto q = storage::prepare(db, QStringLiteral("SELECT erased_at FROM clients WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(clientId);
        if (Status s = storage::exec(*q); !s)
            return s;
        if (!q->next())
            return fail(ErrorCode::NotFound, tr("No client with number %1.").arg(clientId));
        if (!q->value(0).isNull())
            return fail(ErrorCode::Conflict, tr("This client's data was already erased."));
    }
    {
        // The notes are blanked below: their tokens leave the note index first,
        // so the erased text cannot be found any more.
        auto notes = storage::prepare(db, QStringLiteral(
            "SELECT id, notes, next_steps FROM consultations WHERE client_id = ?"));
        if (!notes)
            return fail(notes.error());
        notes->addBindValue(clientId);
        if (Status s = storage::exec(*notes); !s)
            return s;
        const search::NoteIndex index(db);
        while (notes->next()) {
            if (Status s = index.remove(notes->value(0).toLongLong(),
                                        search::NoteIndex::indexedText(notes->value(1).toString(),
                                                                       notes->value(2).toString()));
                !s)
                return s;
        }
    }
    for (const QString &sql : erasureStatements()) {
        auto q = storage::prepare(db, sql);
        if (!q)
            return fail(q.error());
        q->bindValue(QStringLiteral(":client"), clientId);
        if (sql.contains(QLatin1String(":now")))
            q->bindValue(QStringLiteral(":now"), m_session.nowMs());
        if (Status s = storage::exec(*q); !s)
            return s;
    }
    // The reason is required but not stored: it may name the person, and the
    // audit log never holds personal data.
    if (Status s = audit::AuditLog(m_session).append(
            {QStringLiteral("client.erase"), QStringLiteral("clients"), clientId, clientId, {}});
        !s)
        return s;
    return tx.commit();
}

Status Erasure::scrub(const std::function<bool()> &keepGoing) const
{
    const storage::Database &db = m_session.db();
    // Merging the note index drops the tokens of erased notes from its pages.
    if (Status s = search::NoteIndex(db).purgeRemoved(); !s)
        return s;
    if (Status s = db.checkpoint(); !s)
        return s;
    if (Status s = db.vacuum(keepGoing); !s)
        return s;
    return db.checkpoint();
}

} // namespace tsunagu::privacy
