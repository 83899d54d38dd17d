// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordStore.h"

#include "Database.h"
#include "audit/AuditLog.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tsunagu::storage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::storage::RecordStore", text);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

// Columns computed from others (search keys, the intake age band) are written
// but are not part of the history a person reads.
bool isDerived(const QString &column)
{
    return column.endsWith(QLatin1String("_norm")) || column == QLatin1String("intake_age_band");
}

QJsonValue toJson(const QVariant &v)
{
    return v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v);
}
} // namespace

QVariant nullValue()
{
    return QVariant();
}

namespace {
// An empty text is stored as '' (a null QString would be bound as NULL);
// absent values are nullValue().
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}
} // namespace

Result<qint64> RecordStore::insert(const QString &table, const QString &entity, const Row &values,
                                   std::optional<qint64> clientId) const
{
    const Database &db = m_session.db();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());

    const qint64 now = m_session.nowMs();
    Row all = values;
    all.emplace_back(QStringLiteral("created_at"), now);
    all.emplace_back(QStringLiteral("updated_at"), now);
    if (table != QLatin1String("staff")) {
        all.emplace_back(QStringLiteral("created_by"), m_session.staffId());
        all.emplace_back(QStringLiteral("updated_by"), m_session.staffId());
    }
    QStringList columns;
    QStringList marks;
    for (const auto &[column, value] : all) {
        columns << column;
        marks << QStringLiteral("?");
    }
    auto q = prepare(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (!q)
        return fail(q.error());
    for (const auto &[column, value] : all)
        q->addBindValue(bindable(value));
    if (Status s = exec(*q); !s)
        return fail(s.error());
    const qint64 id = q->lastInsertId().toLongLong();
    if (!clientId && table == QLatin1String("clients"))
        clientId = id;

    audit::AuditLog log(m_session);
    if (Status s = log.append({entity + QStringLiteral(".create"), table, id, clientId, {}}); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<Row> RecordStore::load(const QString &table, qint64 id, const QStringList &columns) const
{
    auto q = prepare(m_session.db(),
                     QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(QLatin1Char(',')), table));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    if (Status s = exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("The record no longer exists (it may have been erased)."));
    Row row;
    for (int i = 0; i < columns.size(); ++i)
        row.emplace_back(columns.at(i), q->value(i));
    return row;
}

Result<int> RecordStore::update(const QString &table, const QString &entity, qint64 id, const Row &values,
                                const QString &reason, std::optional<qint64> clientId,
                                std::optional<int> expectedVersion) const
{
    auto cleanReason = text::cleanText(reason, {"reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reason for the change"),
                                                text::limits::shortText, true, text::Lines::Single});
    if (!cleanReason)
        return fail(cleanReason.error());

    const Database &db = m_session.db();
    Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());

    QStringList columns{QStringLiteral("version")};
    for (const auto &[column, value] : values)
        columns << column;
    auto current = load(table, id, columns);
    if (!current)
        return fail(current.error());
    const int version = current->front().second.toInt();
    if (expectedVersion && *expectedVersion != version)
        return fail(ErrorCode::Conflict,
                    tr("Someone else changed this record while you were editing it. Reload it and try again."));

    QJsonObject oldValues;
    QJsonObject newValues;
    QStringList assignments;
    Row changed;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto &[column, value] = values[i];
        const QVariant &old = (*current)[i + 1].second;
        if (sameValue(old, value))
            continue;
        assignments << column + QStringLiteral(" = ?");
        changed.emplace_back(column, value);
        if (isDerived(column))
            continue;
        oldValues.insert(column, toJson(old));
        newValues.insert(column, toJson(value));
    }
    if (oldValues.isEmpty())
        return 0;

    const qint64 now = m_session.nowMs();
    assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    if (table != QLatin1String("staff"))
        assignments << QStringLiteral("updated_by = ?");
    auto q = prepare(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    if (!q)
        return fail(q.error());
    for (const auto &[column, value] : changed)
        q->addBindValue(bindable(value));
    q->addBindValue(now);
    if (table != QLatin1String("staff"))
        q->addBindValue(m_session.staffId());
    q->addBindValue(id);
    if (Status s = exec(*q); !s)
        return fail(s.error());

    auto rev = prepare(db, QStringLiteral(
        "INSERT INTO revisions (entity, entity_id, client_id, at, staff_id, reason, old_values, new_values) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!rev)
        return fail(rev.error());
    rev->addBindValue(table);
    rev->addBindValue(id);
    rev->addBindValue(orNull(clientId));
    rev->addBindValue(now);
    rev->addBindValue(m_session.staffId());
    rev->addBindValue(*cleanReason);
    rev->addBindValue(QString::fromUtf8(QJsonDocument(oldValues).toJson(QJsonDocument::Compact)));
    rev->addBindValue(QString::fromUtf8(QJsonDocument(newValues).toJson(QJsonDocument::Compact)));
    if (Status s = exec(*rev); !s)
        return fail(s.error());

    QJsonObject detail;
    detail.insert(QStringLiteral("fields"), QJsonValue::fromVariant(QVariant(oldValues.keys())));
    detail.insert(QStringLiteral("revision"), rev->lastInsertId().toLongLong());
    audit::AuditLog log(m_session);
    if (Status s = log.append({entity + QStringLiteral(".update"), table, id, clientId, detail}); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return static_cast<int>(oldValues.size());
}

} // namespace tsunagu::storage
