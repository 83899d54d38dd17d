// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsFixture.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::test {

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
QVariant intOrNull(std::optional<int> v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}
QVariant dateOrNull(std::optional<QDate> d)
{
    return d ? QVariant(d->toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

QDateTime jstAt(int y, int m, int d, int h, int min, int s)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), jst::zone());
}

qint64 StatsFixture::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_t.db().connection());
    if (!q.prepare(sql))
        qFatal("prepare failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

qint64 StatsFixture::client(const ClientRow &row)
{
    const qint64 at = row.created.isValid() ? row.created.toMSecsSinceEpoch() : m_t.clock().nowMs();
    return exec(QStringLiteral("INSERT INTO clients (name, name_kana, sex, employment_status, intake_age_band, "
                               "exclude_from_statistics, phone, email, address, birth_date, created_at, created_by, "
                               "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {row.name, row.kana, textOrNull(row.sex), textOrNull(row.employment), intOrNull(row.band),
                 row.exclude ? 1 : 0, textOrNull(row.phone), textOrNull(row.email), textOrNull(row.address),
                 textOrNull(row.birthDate), at, m_t.staffId(), at, m_t.staffId()});
}

void StatsFixture::condition(qint64 client, const QString &group, const QString &note, const QString &name)
{
    const qint64 at = m_t.clock().nowMs();
    exec(QStringLiteral("INSERT INTO client_conditions (client_id, disease_group, designated_name, note, created_at, "
                        "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
         {client, group, textOrNull(name), textOrNull(note), at, m_t.staffId(), at, m_t.staffId()});
}

qint64 StatsFixture::consultation(qint64 client, const QDateTime &at, const QString &channel, const QString &kind,
                                  const QStringList &topics, const QString &notes)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    const qint64 id = exec(
        QStringLiteral("INSERT INTO consultations (client_id, started_at, channel, kind, topics, notes, next_steps, "
                       "staff_id, created_at, created_by, updated_at, updated_by) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {client, ms, channel, kind, QString(QStringLiteral("") + topics.join(QLatin1Char(','))), notes.isNull() ? QStringLiteral("") : notes,
         notes.isNull() ? QStringLiteral("") : notes, m_t.staffId(), ms, m_t.staffId(), ms,
         m_t.staffId()});
    for (const QString &topic : topics)
        exec(QStringLiteral("INSERT INTO consultation_topics (consultation_id, topic) VALUES (?, ?)"), {id, topic});
    return id;
}

qint64 StatsFixture::agency(const QString &name, const QString &kind)
{
    const qint64 at = m_t.clock().nowMs();
    return exec(QStringLiteral("INSERT INTO agencies (name, kind, created_at, created_by, updated_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {name, kind, at, m_t.staffId(), at, m_t.staffId()});
}

qint64 StatsFixture::referral(qint64 client, qint64 agency, const QList<std::pair<QString, QDateTime>> &events,
                              const QString &note)
{
    const qint64 at = events.isEmpty() ? m_t.clock().nowMs() : events.first().second.toMSecsSinceEpoch();
    const QString status = events.isEmpty() ? QStringLiteral("proposed") : events.last().first;
    const qint64 id = exec(
        QStringLiteral("INSERT INTO referrals (client_id, agency_id, purpose, note, status, created_at, created_by, "
                       "updated_at, updated_by) VALUES (?, ?, 'referral', ?, ?, ?, ?, ?, ?)"),
        {client, agency, textOrNull(note), status, at, m_t.staffId(), at, m_t.staffId()});
    for (const auto &[s, when] : events)
        exec(QStringLiteral("INSERT INTO referral_events (referral_id, status, at, staff_id, note) VALUES (?, ?, ?, ?, ?)"),
             {id, s, when.toMSecsSinceEpoch(), m_t.staffId(), textOrNull(note)});
    return id;
}

qint64 StatsFixture::supportCase(qint64 client, const QString &goal, QDate opened, std::optional<QDate> closed,
                                 const QString &outcome, std::optional<int> score, const QString &note)
{
    const qint64 at = m_t.clock().nowMs();
    return exec(QStringLiteral("INSERT INTO support_cases (client_id, goal, stage, opened_on, closed_on, outcome, "
                               "experience_score, note, created_at, created_by, updated_at, updated_by) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {client, goal, closed ? QStringLiteral("closed") : QStringLiteral("working"),
                 opened.toString(Qt::ISODate), dateOrNull(closed), textOrNull(outcome), intOrNull(score),
                 textOrNull(note), at, m_t.staffId(), at, m_t.staffId()});
}

void StatsFixture::milestone(qint64 caseId, const QString &kind, std::optional<QDate> due, std::optional<QDate> done,
                             const QString &result, const QString &note)
{
    const qint64 at = m_t.clock().nowMs();
    exec(QStringLiteral("INSERT INTO case_milestones (case_id, kind, due_on, done_on, result, note, created_at, "
                        "created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         {caseId, kind, dateOrNull(due), dateOrNull(done), textOrNull(result), textOrNull(note), at, m_t.staffId(), at,
          m_t.staffId()});
}

void StatsFixture::contactPerson(qint64 client, const QString &name, const QString &phone, const QString &note)
{
    const qint64 at = m_t.clock().nowMs();
    exec(QStringLiteral("INSERT INTO contact_persons (client_id, name, relationship, phone, note, created_at, "
                        "created_by, updated_at, updated_by) VALUES (?, ?, 'mother', ?, ?, ?, ?, ?, ?)"),
         {client, name, phone, note, at, m_t.staffId(), at, m_t.staffId()});
}

} // namespace tsunagu::test
