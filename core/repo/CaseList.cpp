// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseList.h"

#include "repo/RowHelpers.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace tsunagu {

namespace {
// Sorts after every real date, so that cases without a follow-up come last.
const QString undated = QStringLiteral("9999-12-31");
} // namespace

Result<CaseListSlice> CaseList::page(const CaseListQuery &query) const
{
    const int limit = std::clamp(query.limit, 1, 1000);
    // The page is chosen first; the last contact is then read for its rows only.
    QString sql
        = QStringLiteral("SELECT s.id, s.client_id, c.name, c.name_kana, s.goal, s.stage, s.opened_on, s.closed_on, "
                         "s.next_follow_up, coalesce(s.next_follow_up, :undated) AS follow_key "
                         "FROM support_cases s JOIN clients c ON c.id = s.client_id "
                         "WHERE c.erased_at IS NULL AND c.stop_use = 0");
    switch (query.filter) {
    case CaseListFilter::Open:
        sql += QStringLiteral(" AND s.closed_on IS NULL");
        break;
    case CaseListFilter::Closed:
        sql += QStringLiteral(" AND s.closed_on IS NOT NULL");
        break;
    case CaseListFilter::All:
        break;
    }
    if (query.after)
        sql += QStringLiteral(" AND (coalesce(s.next_follow_up, :undated), s.id) > (:ak, :aid)");
    sql += QStringLiteral(" ORDER BY follow_key, s.id LIMIT :n");
    sql = QStringLiteral("SELECT p.*, (SELECT max(k.started_at) FROM consultations k WHERE k.client_id = p.client_id) "
                         "FROM (")
        + sql + QStringLiteral(") p ORDER BY p.follow_key, p.id");

    auto q = storage::prepare(m_db, sql);
    if (!q)
        return fail(q.error());
    q->bindValue(QStringLiteral(":undated"), undated);
    if (query.after) {
        q->bindValue(QStringLiteral(":ak"), query.after->followUpKey);
        q->bindValue(QStringLiteral(":aid"), query.after->caseId);
    }
    q->bindValue(QStringLiteral(":n"), limit + 1);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());

    CaseListSlice page;
    QString lastKey;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.next = CaseListCursor { lastKey, page.rows.last().caseId };
            break;
        }
        CaseListRow row;
        row.caseId = q->value(0).toLongLong();
        row.clientId = q->value(1).toLongLong();
        row.clientName = q->value(2).toString();
        row.clientKana = q->value(3).toString();
        row.goal = repo::requiredCode(q->value(4), CaseGoal::Job);
        row.stage = repo::requiredCode(q->value(5), CaseStage::Intake);
        row.openedOn = repo::optionalDate(q->value(6)).value_or(QDate());
        row.closedOn = repo::optionalDate(q->value(7));
        row.nextFollowUp = repo::optionalDate(q->value(8));
        lastKey = q->value(9).toString();
        row.lastContactAt = repo::optionalId(q->value(10));
        page.rows << row;
    }
    return page;
}

} // namespace tsunagu
