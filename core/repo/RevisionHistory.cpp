// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevisionHistory.h"

#include "repo/RowHelpers.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace tsunagu {

namespace {

const QString selectRevisions = QStringLiteral(
    "SELECT r.id, r.entity, r.entity_id, r.at, r.staff_id, s.name, r.reason, r.old_values, r.new_values "
    "FROM revisions r LEFT JOIN staff s ON s.id = r.staff_id ");

QJsonObject jsonObject(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

Result<QList<Revision>> revisions(const storage::Database &db, const QString &where, const QVariantList &values)
{
    QList<Revision> all;
    if (Status s = repo::selectEach(db, selectRevisions + where + QStringLiteral(" ORDER BY r.at DESC, r.id DESC"),
                                    values,
                                    [&](const QSqlQuery &q) {
                                        Revision r;
                                        r.id = q.value(0).toLongLong();
                                        r.entity = q.value(1).toString();
                                        r.entityId = q.value(2).toLongLong();
                                        r.at = q.value(3).toLongLong();
                                        r.staffId = q.value(4).toLongLong();
                                        r.staffName = q.value(5).toString();
                                        r.reason = q.value(6).toString();
                                        r.oldValues = jsonObject(q.value(7));
                                        r.newValues = jsonObject(q.value(8));
                                        all << r;
                                    });
        !s)
        return fail(s.error());
    return all;
}

} // namespace

Result<QList<Revision>> RevisionHistory::forRecord(const QString &table, qint64 id) const
{
    return revisions(m_session.db(), QStringLiteral("WHERE r.entity = ? AND r.entity_id = ?"), {table, id});
}

Result<QList<Revision>> RevisionHistory::forClient(qint64 clientId) const
{
    return revisions(m_session.db(),
                     QStringLiteral("WHERE r.client_id = ? OR (r.entity = 'clients' AND r.entity_id = ?)"),
                     {clientId, clientId});
}

} // namespace tsunagu
