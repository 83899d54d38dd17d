// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralList.h"

#include "common/Clock.h"
#include "repo/RowHelpers.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace tsunagu {

std::optional<int> ReferralListRow::daysWaiting(QDate today) const
{
    if (!isOpen() || lastEventAt <= 0)
        return std::nullopt;
    return std::max(0, static_cast<int>(jst::dateOf(lastEventAt).daysTo(today)));
}

QList<ReferralStatus> ReferralList::statuses(ReferralListFilter filter)
{
    using S = ReferralStatus;
    switch (filter) {
    case ReferralListFilter::All:
        break;
    case ReferralListFilter::Open:
        return { S::Proposed, S::Sent, S::Accepted, S::FirstContact };
    case ReferralListFilter::AwaitingAnswer:
        return { S::Sent };
    case ReferralListFilter::InProgress:
        return { S::Proposed, S::Accepted, S::FirstContact };
    case ReferralListFilter::Closed:
        return { S::Completed, S::Declined, S::Withdrawn };
    }
    QList<ReferralStatus> all;
    for (std::size_t i = 0; i < enumCount<ReferralStatus>(); ++i)
        all << static_cast<ReferralStatus>(i);
    return all;
}

Result<ReferralListSlice> ReferralList::page(const ReferralListQuery &query) const
{
    const int limit = std::clamp(query.limit, 1, 1000);
    QString sql = QStringLiteral(
        "SELECT r.id, r.client_id, r.agency_id, c.name, c.name_kana, a.name, r.purpose, r.status, r.created_at, "
        "r.needs_attention, r.attention_reason, "
        "(SELECT min(e.at) FROM referral_events e WHERE e.referral_id = r.id), "
        "(SELECT max(e.at) FROM referral_events e WHERE e.referral_id = r.id) "
        "FROM referrals r JOIN clients c ON c.id = r.client_id LEFT JOIN agencies a ON a.id = r.agency_id "
        "WHERE c.erased_at IS NULL AND c.stop_use = 0");
    QVariantList values;
    if (query.filter != ReferralListFilter::All) {
        QStringList marks;
        for (ReferralStatus status : statuses(query.filter)) {
            marks << QStringLiteral("?");
            values << toCode(status);
        }
        sql += QStringLiteral(" AND r.status IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (query.afterId) {
        sql += QStringLiteral(" AND r.id < ?");
        values << *query.afterId;
    }
    sql += QStringLiteral(" ORDER BY r.id DESC LIMIT ?");
    values << limit + 1;

    auto q = storage::prepare(m_db, sql);
    if (!q)
        return fail(q.error());
    for (const QVariant &value : std::as_const(values))
        q->addBindValue(value);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());

    ReferralListSlice page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.next = page.rows.last().referralId;
            break;
        }
        ReferralListRow row;
        row.referralId = q->value(0).toLongLong();
        row.clientId = q->value(1).toLongLong();
        row.agencyId = q->value(2).toLongLong();
        row.clientName = q->value(3).toString();
        row.clientKana = q->value(4).toString();
        row.agencyName = q->value(5).toString();
        row.purpose = repo::requiredCode(q->value(6), Purpose::Other);
        row.status = repo::requiredCode(q->value(7), ReferralStatus::Proposed);
        row.needsAttention = q->value(9).toBool();
        row.attentionReason = q->value(10).toString();
        const qint64 createdAt = q->value(8).toLongLong();
        row.proposedAt = repo::optionalId(q->value(11)).value_or(createdAt);
        row.lastEventAt = repo::optionalId(q->value(12)).value_or(row.proposedAt);
        page.rows << row;
    }
    return page;
}

} // namespace tsunagu
