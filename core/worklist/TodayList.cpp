// SPDX-License-Identifier: GPL-3.0-or-later
#include "TodayList.h"

#include "domain/Referral.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace tsunagu::worklist {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::worklist::TodayList", text);
}

// Only people a work list may show: not erased, not under stop-use.
const QString liveClient = QStringLiteral(" c.erased_at IS NULL AND c.stop_use = 0 ");

constexpr qint64 msPerDay = 24 * 60 * 60 * 1000;

Result<QSqlQuery> run(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    return q;
}

Status checkDays(int days)
{
    if (days < 0)
        return fail(ErrorCode::Invalid, tr("The number of days cannot be negative."), QStringLiteral("days"));
    return {};
}

// The recipients each consent names, as a coordinator reads them: one query
// for the whole list (the ids are the database's own integers).
Result<QHash<qint64, QString>> recipientsOf(const storage::Database &db, const QList<qint64> &consentIds)
{
    QHash<qint64, QStringList> names;
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < consentIds.size(); from += chunk) {
        QStringList ids;
        for (qint64 id : consentIds.mid(from, chunk))
            ids << QString::number(id);
        auto q = run(db,
            QStringLiteral(
                "SELECT r.consent_id, r.agency_id, a.name, r.agency_kind, r.contact_person_id, p.name, p.relationship "
                "FROM consent_recipients r LEFT JOIN agencies a ON a.id = r.agency_id "
                "LEFT JOIN contact_persons p ON p.id = r.contact_person_id WHERE r.consent_id IN (%1) "
                "ORDER BY r.consent_id, r.rowid")
                .arg(ids.join(QLatin1Char(','))),
            {});
        if (!q)
            return fail(q.error());
        while (q->next()) {
            QStringList &list = names[q->value(0).toLongLong()];
            if (!q->value(1).isNull()) {
                list << q->value(2).toString();
            } else if (!q->value(3).isNull()) {
                const auto kind = fromCode<AgencyKind>(q->value(3).toString());
                list << tr("any %1").arg(kind ? label(*kind) : q->value(3).toString());
            } else if (!q->value(4).isNull()) {
                const auto relation = fromCode<Relationship>(q->value(6).toString());
                list << (relation ? tr("%1 (%2)").arg(q->value(5).toString(), label(*relation))
                                  : q->value(5).toString());
            }
        }
    }
    QHash<qint64, QString> joined;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        joined.insert(it.key(), it.value().join(tr(", ")));
    return joined;
}

} // namespace

Result<QList<WorkItem>> TodayList::expiringConsents(int withinDays) const
{
    if (Status s = checkDays(withinDays); !s)
        return fail(s.error());
    const qint64 now = m_session.nowMs();
    const QDate today = jst::dateOf(now);
    auto q = run(m_session.db(),
        QStringLiteral("SELECT k.id, k.client_id, c.name, c.name_kana, k.kind, k.expires_at FROM consents k "
                       "JOIN clients c ON c.id = k.client_id "
                       "WHERE k.given_at <= ? AND k.expires_at > ? AND k.expires_at <= ? "
                       "AND (k.withdrawn_at IS NULL OR k.withdrawn_at > ?) AND")
            + liveClient + QStringLiteral("ORDER BY k.expires_at, k.id"),
        { now, now, jst::endOfDayExclusive(today.addDays(withinDays)), now });
    if (!q)
        return fail(q.error());
    QList<WorkItem> items;
    while (q->next()) {
        WorkItem item;
        item.kind = WorkKind::ExpiringConsent;
        item.recordId = q->value(0).toLongLong();
        item.clientId = q->value(1).toLongLong();
        item.clientName = q->value(2).toString();
        item.clientKana = q->value(3).toString();
        item.healthConsent = q->value(4).toString() == QLatin1String("health_acquisition");
        item.date = jst::dateOf(q->value(5).toLongLong() - 1);
        item.days = int(today.daysTo(item.date));
        items << item;
    }
    q->finish();
    QList<qint64> ids;
    for (const WorkItem &item : std::as_const(items)) {
        if (!item.healthConsent)
            ids << item.recordId;
    }
    auto names = recipientsOf(m_session.db(), ids);
    if (!names)
        return fail(names.error());
    for (WorkItem &item : items) {
        if (!item.healthConsent)
            item.subject = names->value(item.recordId);
    }
    return items;
}

Result<QList<WorkItem>> TodayList::unansweredReferrals(int afterDays) const
{
    if (Status s = checkDays(afterDays); !s)
        return fail(s.error());
    // As ReferralRepository::openWithoutAnswer, with the names, in one query:
    // sent and no step recorded since for `afterDays` days, longest waiting first.
    const qint64 cutoff = m_session.nowMs() - afterDays * msPerDay;
    auto q = run(m_session.db(),
        QStringLiteral("SELECT id, client_id, case_id, name, name_kana, agency, since FROM ("
                       " SELECT r.id, r.client_id, r.case_id, c.name, c.name_kana, a.name AS agency, "
                       " (SELECT max(e.at) FROM referral_events e WHERE e.referral_id = r.id) AS since "
                       " FROM referrals r JOIN clients c ON c.id = r.client_id JOIN agencies a ON a.id = r.agency_id "
                       " WHERE r.status = ? AND")
            + liveClient + QStringLiteral(") WHERE since <= ? ORDER BY since, id"),
        { toCode(ReferralStatus::Sent), cutoff });
    if (!q)
        return fail(q.error());
    const QDate today = m_session.clock().today();
    QList<WorkItem> items;
    while (q->next()) {
        WorkItem item;
        item.kind = WorkKind::UnansweredReferral;
        item.recordId = q->value(0).toLongLong();
        item.clientId = q->value(1).toLongLong();
        if (!q->value(2).isNull())
            item.caseId = q->value(2).toLongLong();
        item.clientName = q->value(3).toString();
        item.clientKana = q->value(4).toString();
        item.subject = q->value(5).toString();
        item.date = jst::dateOf(q->value(6).toLongLong());
        item.days = int(item.date.daysTo(today));
        items << item;
    }
    return items;
}

Result<QList<WorkItem>> TodayList::milestonesDue(int aheadDays) const
{
    if (Status s = checkDays(aheadDays); !s)
        return fail(s.error());
    const QDate today = m_session.clock().today();
    auto q = run(m_session.db(),
        QStringLiteral(
            "SELECT m.id, m.case_id, m.kind, m.due_on, s.client_id, s.goal, c.name, c.name_kana "
            "FROM case_milestones m JOIN support_cases s ON s.id = m.case_id JOIN clients c ON c.id = s.client_id "
            "WHERE m.done_on IS NULL AND m.due_on IS NOT NULL AND m.due_on <= ? AND s.closed_on IS NULL AND")
            + liveClient + QStringLiteral("ORDER BY m.due_on, m.id"),
        { today.addDays(aheadDays).toString(Qt::ISODate) });
    if (!q)
        return fail(q.error());
    QList<WorkItem> items;
    while (q->next()) {
        WorkItem item;
        item.kind = WorkKind::MilestoneDue;
        item.recordId = q->value(0).toLongLong();
        item.caseId = q->value(1).toLongLong();
        item.milestone = fromCode<MilestoneKind>(q->value(2).toString());
        item.date = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        item.days = int(item.date.daysTo(today));
        item.clientId = q->value(4).toLongLong();
        item.goal = fromCode<CaseGoal>(q->value(5).toString());
        item.clientName = q->value(6).toString();
        item.clientKana = q->value(7).toString();
        items << item;
    }
    return items;
}

Result<QList<WorkItem>> TodayList::quietCases(int afterDays) const
{
    if (Status s = checkDays(afterDays); !s)
        return fail(s.error());
    const QDate today = m_session.clock().today();
    auto q = run(m_session.db(),
        QStringLiteral("SELECT s.id, s.client_id, s.goal, s.opened_on, c.name, c.name_kana, "
                       "(SELECT max(k.started_at) FROM consultations k WHERE k.client_id = s.client_id) "
                       "FROM support_cases s JOIN clients c ON c.id = s.client_id WHERE s.closed_on IS NULL AND")
            + liveClient + QStringLiteral("ORDER BY s.id"),
        {});
    if (!q)
        return fail(q.error());
    QList<WorkItem> items;
    while (q->next()) {
        WorkItem item;
        item.kind = WorkKind::QuietCase;
        item.recordId = q->value(0).toLongLong();
        item.caseId = item.recordId;
        item.clientId = q->value(1).toLongLong();
        item.goal = fromCode<CaseGoal>(q->value(2).toString());
        item.clientName = q->value(4).toString();
        item.clientKana = q->value(5).toString();
        item.noConsultationYet = q->value(6).isNull();
        item.date = item.noConsultationYet ? QDate::fromString(q->value(3).toString(), Qt::ISODate)
                                           : jst::dateOf(q->value(6).toLongLong());
        item.days = int(item.date.daysTo(today));
        if (item.date.isValid() && item.days >= afterDays)
            items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) { return a.days > b.days; });
    return items;
}

Result<QList<WorkItem>> TodayList::followUpsToday() const
{
    const QDate today = m_session.clock().today();
    // A follow-up is done once the person was consulted again later, today.
    auto q = run(m_session.db(),
        QStringLiteral("SELECT k.id, k.client_id, k.next_steps, k.case_id, c.name, c.name_kana FROM consultations k "
                       "JOIN clients c ON c.id = k.client_id WHERE k.follow_up_on = ? "
                       "AND NOT EXISTS (SELECT 1 FROM consultations n WHERE n.client_id = k.client_id AND n.id <> k.id "
                       "AND n.started_at >= ? AND n.started_at > k.started_at) AND")
            + liveClient + QStringLiteral("ORDER BY k.started_at, k.id"),
        { today.toString(Qt::ISODate), jst::startOfDay(today) });
    if (!q)
        return fail(q.error());
    QList<WorkItem> items;
    while (q->next()) {
        WorkItem item;
        item.kind = WorkKind::FollowUp;
        item.recordId = q->value(0).toLongLong();
        item.clientId = q->value(1).toLongLong();
        item.subject = q->value(2).toString();
        if (!q->value(3).isNull())
            item.caseId = q->value(3).toLongLong();
        item.clientName = q->value(4).toString();
        item.clientKana = q->value(5).toString();
        item.date = today;
        items << item;
    }
    return items;
}

Result<QList<WorkItem>> TodayList::list(WorkKind kind, const TodayOptions &options) const
{
    switch (kind) {
    case WorkKind::ExpiringConsent:
        return expiringConsents(options.consentWithinDays);
    case WorkKind::UnansweredReferral:
        return unansweredReferrals(options.unansweredAfterDays);
    case WorkKind::MilestoneDue:
        return milestonesDue(options.milestoneAheadDays);
    case WorkKind::QuietCase:
        return quietCases(options.quietAfterDays);
    case WorkKind::FollowUp:
        return followUpsToday();
    }
    return fail(ErrorCode::Invalid, tr("Unknown work list."));
}

} // namespace tsunagu::worklist
