// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientSearch.h"

#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QSqlQuery>

namespace tsunagu {

Result<ClientPage> ClientSearch::find(const ClientQuery &query) const
{
    const QString key = text::searchKey(query.text);
    const int limit = std::clamp(query.limit, 1, 1000);

    const QString columns = QStringLiteral(
        "SELECT id, name, name_kana, birth_date, confidential_address, stop_use, kana_norm FROM clients ");
    const QString after = query.after ? QStringLiteral(" AND (kana_norm, id) > (:ak, :aid)") : QString();
    QString sql;
    if (query.includeStopped) {
        sql = columns + QStringLiteral("WHERE erased_at IS NULL");
        if (!key.isEmpty())
            sql += QStringLiteral(" AND ((kana_norm >= :k AND kana_norm < :ke) OR (name_norm >= :k AND name_norm < :ke))");
        sql += after + QStringLiteral(" ORDER BY kana_norm, id LIMIT :n");
    } else if (key.isEmpty()) {
        sql = columns + QStringLiteral("WHERE erased_at IS NULL AND stop_use = 0") + after
            + QStringLiteral(" ORDER BY kana_norm, id LIMIT :n");
    } else {
        // A work list: the first page of the reading matches and the first page
        // of the name matches, each read in order from its covering partial
        // index (clients_kana_live, clients_name_live), then merged. One OR
        // over both ranges would collect and sort every match (thousands for
        // さと on a large file) before returning fifty.
        const QString live = QStringLiteral("SELECT id FROM clients WHERE erased_at IS NULL AND stop_use = 0 AND ");
        sql = columns + QStringLiteral("WHERE id IN (SELECT id FROM (") + live
            + QStringLiteral("kana_norm >= :k AND kana_norm < :ke") + after
            + QStringLiteral(" ORDER BY kana_norm, id LIMIT :n) UNION ALL SELECT id FROM (") + live
            + QStringLiteral("name_norm >= :k AND name_norm < :ke") + after
            + QStringLiteral(" ORDER BY kana_norm, id LIMIT :n)) ORDER BY kana_norm, id LIMIT :n");
    }

    auto q = storage::prepare(m_db, sql);
    if (!q)
        return fail(q.error());
    if (!key.isEmpty()) {
        // Every string that starts with `key` sorts below key + U+10FFFF.
        q->bindValue(QStringLiteral(":k"), key);
        q->bindValue(QStringLiteral(":ke"), QString(key + QString::fromUcs4(U"\U0010FFFF", 1)));
    }
    if (query.after) {
        q->bindValue(QStringLiteral(":ak"), query.after->kanaKey);
        q->bindValue(QStringLiteral(":aid"), query.after->id);
    }
    q->bindValue(QStringLiteral(":n"), limit + 1);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());

    ClientPage page;
    QString lastKey;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.next = ClientCursor{lastKey, page.rows.last().id};
            break;
        }
        ClientSummary s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.nameKana = q->value(2).toString();
        if (!q->value(3).isNull())
            s.birthDate = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        s.confidentialAddress = q->value(4).toBool();
        s.stopUse = q->value(5).toBool();
        lastKey = q->value(6).toString();
        page.rows << s;
    }
    return page;
}

} // namespace tsunagu
