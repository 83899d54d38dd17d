// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace tsunagu::drafts {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::drafts::DraftStore", text);
}

const QString selectDrafts = QStringLiteral("SELECT id, staff_id, kind, client_id, updated_at, payload FROM drafts ");

Draft draftFrom(const QSqlQuery &q)
{
    Draft d;
    d.id = q.value(0).toLongLong();
    d.staffId = q.value(1).toLongLong();
    d.kind = q.value(2).toString();
    if (!q.value(3).isNull())
        d.clientId = q.value(3).toLongLong();
    d.updatedAt = q.value(4).toLongLong();
    // A payload that no longer parses is offered back empty rather than hidden.
    d.payload = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return d;
}

Result<QList<Draft>> select(const storage::Database &db, const QString &where, const QVariantList &values)
{
    auto q = storage::prepare(db, selectDrafts + where);
    if (!q)
        return fail(q.error());
    for (const QVariant &value : values)
        q->addBindValue(value);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QList<Draft> all;
    while (q->next())
        all << draftFrom(*q);
    return all;
}

} // namespace

Result<qint64> DraftStore::save(const Draft &draft) const
{
    const QString kind = draft.kind.trimmed();
    if (kind.isEmpty() || kind.size() > 40)
        return fail(ErrorCode::Invalid, tr("A draft needs a kind."), QStringLiteral("kind"));
    const QByteArray payload = QJsonDocument(draft.payload).toJson(QJsonDocument::Compact);
    if (payload.size() > maxPayloadBytes)
        return fail(ErrorCode::Invalid,
            tr("The draft is too long to keep (more than %1 MB).").arg(maxPayloadBytes / (1024 * 1024)),
            QStringLiteral("payload"));
    const qint64 staffId = draft.staffId != 0 ? draft.staffId : m_session.staffId();
    const QVariant id = draft.id != 0 ? QVariant(draft.id) : QVariant();
    const QVariant client = draft.clientId ? QVariant(*draft.clientId) : QVariant();

    // One statement: insert or overwrite, never for an erased client, never
    // over another staff member's draft.
    auto q = storage::prepare(m_session.db(),
        QStringLiteral("INSERT INTO drafts (id, staff_id, kind, client_id, updated_at, payload) "
                       "SELECT ?, ?, ?, ?, ?, ? "
                       "WHERE ? IS NULL OR EXISTS (SELECT 1 FROM clients WHERE id = ? AND erased_at IS NULL) "
                       "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, client_id = excluded.client_id, "
                       "updated_at = excluded.updated_at, payload = excluded.payload "
                       "WHERE drafts.staff_id = excluded.staff_id"));
    if (!q)
        return fail(q.error());
    for (const QVariant &value : { id, QVariant(staffId), QVariant(kind), client, QVariant(m_session.nowMs()),
             QVariant(QString::fromUtf8(payload)), client, client })
        q->addBindValue(value);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (q->numRowsAffected() != 1) {
        const Result<Draft> stored = draft.id != 0 ? get(draft.id) : Result<Draft>(std::unexpected(Error {}));
        if (stored && stored->staffId != staffId)
            return fail(ErrorCode::Conflict, tr("This draft belongs to another staff member."));
        return fail(ErrorCode::Refused, tr("This client's data was erased: the draft is not kept."));
    }
    return draft.id != 0 ? draft.id : q->lastInsertId().toLongLong();
}

Result<Draft> DraftStore::get(qint64 id) const
{
    auto found = select(m_session.db(), QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound, tr("The draft is no longer there."));
    return found->constFirst();
}

Result<QList<Draft>> DraftStore::pending(qint64 staffId) const
{
    return select(m_session.db(), QStringLiteral("WHERE staff_id = ? ORDER BY updated_at DESC, id DESC"), { staffId });
}

Result<std::optional<Draft>> DraftStore::latest(qint64 staffId, const QString &kind, qint64 clientId) const
{
    auto found = select(m_session.db(),
        QStringLiteral("WHERE staff_id = ? AND kind = ? AND client_id = ? "
                       "ORDER BY updated_at DESC, id DESC LIMIT 1"),
        { staffId, kind, clientId });
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<Draft>();
    return std::optional<Draft>(found->constFirst());
}

Status DraftStore::discard(qint64 id) const
{
    auto q = storage::prepare(m_session.db(), QStringLiteral("DELETE FROM drafts WHERE id = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    return storage::exec(*q);
}

} // namespace tsunagu::drafts
