// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace tsunagu::audit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::audit::AuditLog", text);
}

const QString genesis = QString(64, QLatin1Char('0'));

QString optionalText(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("-") : QString::number(v.toLongLong());
}

// The exact bytes a row's hash covers. Changing this breaks every existing
// chain: it is part of the file format.
QString linkHash(const QString &prevHash, qint64 id, qint64 at, const QVariant &staffId, const QString &action,
                 const QString &entity, const QVariant &entityId, const QVariant &clientId, const QString &detail)
{
    const QString canonical = prevHash + u'\x1f' + QString::number(id) + u'\x1f' + QString::number(at) + u'\x1f'
        + optionalText(staffId) + u'\x1f' + action + u'\x1f' + entity + u'\x1f' + optionalText(entityId) + u'\x1f'
        + optionalText(clientId) + u'\x1f' + detail;
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Status AuditLog::append(const AuditEntry &entry) const
{
    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;

    auto last = storage::prepare(db, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last)
        return fail(last.error());
    if (Status s = storage::exec(*last); !s)
        return s;
    qint64 id = 1;
    QString prev = genesis;
    if (last->next()) {
        id = last->value(0).toLongLong() + 1;
        prev = last->value(1).toString();
    }
    last->finish();

    const qint64 at = m_session.nowMs();
    const QString detail = QString::fromUtf8(QJsonDocument(entry.detail).toJson(QJsonDocument::Compact));
    const QVariant staff = m_session.staffId() > 0 ? QVariant(m_session.staffId())
                                                   : QVariant(QMetaType(QMetaType::LongLong));
    // Empty text is stored as '' (a null QString would be bound as NULL).
    const QString entity = entry.entity.isNull() ? QStringLiteral("") : entry.entity;
    const QString hash = linkHash(prev, id, at, staff, entry.action, entity, nullable(entry.entityId),
                                  nullable(entry.clientId), detail);

    auto insert = storage::prepare(db, QStringLiteral(
        "INSERT INTO audit_log (id, at, staff_id, action, entity, entity_id, client_id, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return fail(insert.error());
    for (const QVariant &v : {QVariant(id), QVariant(at), staff, QVariant(entry.action), QVariant(entity),
                              nullable(entry.entityId), nullable(entry.clientId), QVariant(detail), QVariant(prev),
                              QVariant(hash)})
        insert->addBindValue(v);
    if (Status s = storage::exec(*insert); !s)
        return s;
    return tx.commit();
}

Result<ChainReport> AuditLog::verify(const storage::Database &db)
{
    auto q = storage::prepare(db, QStringLiteral(
        "SELECT id, at, staff_id, action, entity, entity_id, client_id, detail, prev_hash, hash "
        "FROM audit_log ORDER BY id"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    ChainReport report;
    QString expectedPrev = genesis;
    qint64 expectedId = 1;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString prev = q->value(8).toString();
        const QString hash = q->value(9).toString();
        ++report.entriesChecked;
        if (id != expectedId) {
            report.firstBrokenId = id;
            report.problem = tr("entries %1 to %2 are missing").arg(expectedId).arg(id - 1);
            return report;
        }
        if (prev != expectedPrev) {
            report.firstBrokenId = id;
            report.problem = tr("the link to the previous entry does not match");
            return report;
        }
        const QString recomputed = linkHash(prev, id, q->value(1).toLongLong(), q->value(2), q->value(3).toString(),
                                            q->value(4).toString(), q->value(5), q->value(6), q->value(7).toString());
        if (recomputed != hash) {
            report.firstBrokenId = id;
            report.problem = tr("the entry was altered after it was written");
            return report;
        }
        expectedPrev = hash;
        ++expectedId;
    }
    return report;
}

} // namespace tsunagu::audit
