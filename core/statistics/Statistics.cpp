// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statistics.h"

#include "domain/Enums.h"
#include "domain/SupportCase.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::Statistics", text);
}

// The period's bounds: instants (ms, Japan time, end exclusive) for INTEGER
// columns and Japanese calendar dates (inclusive) for TEXT date columns.
struct Bounds {
    qint64 start = 0;
    qint64 end = 0;
    QString first;
    QString last;
};

using RowFn = std::function<void(const QSqlQuery &)>;

Status select(const storage::Database &db, const QString &sql, const Bounds &b, const RowFn &row)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    const std::pair<QString, QVariant> binds[] = {{QStringLiteral(":start"), b.start},
                                                  {QStringLiteral(":end"), b.end},
                                                  {QStringLiteral(":first"), b.first},
                                                  {QStringLiteral(":last"), b.last}};
    for (const auto &[name, value] : binds) {
        if (sql.contains(name))
            q->bindValue(name, value);
    }
    if (Status s = storage::exec(*q); !s)
        return s;
    while (q->next())
        row(*q);
    return {};
}

Table::Key notRecorded()
{
    return {QStringLiteral("not_recorded"), QCoreApplication::translate("tsunagu::statistics::Table", "Not recorded")};
}

// Erasure removes a person's sex, health and employment details (PRIVACY.md
// rule 12): in the tables by those, the erased are counted on a line of their
// own, so that the totals stay as published and no one moves into "not recorded".
Table::Key erasedKey()
{
    return {QStringLiteral("erased"),
            QCoreApplication::translate("tsunagu::statistics::Table", "Erased at the person's request")};
}

template <typename E>
QList<Table::Key> keysOf(bool withNotRecorded)
{
    QList<Table::Key> keys;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        keys.append({toCode(static_cast<E>(i)), label(static_cast<E>(i))});
    if (withNotRecorded)
        keys.append(notRecorded());
    return keys;
}

// The row of a stored code; unknown codes and NULL go to the last row
// ("not recorded"), so no stored text ever reaches a label.
template <typename E>
int indexOf(const QVariant &code, int fallback)
{
    if (code.isNull())
        return fallback;
    const auto v = fromCode<E>(code.toString());
    return v ? int(*v) : fallback;
}

const QList<int> ageBands{0, 20, 30, 40, 50, 60, 70};

QList<Table::Key> ageBandKeys()
{
    QList<Table::Key> keys{{QStringLiteral("under_20"), tr("Under 20")}};
    for (int band = 20; band < 70; band += 10)
        keys.append({QStringLiteral("%1-%2").arg(band).arg(band + 9), tr("%1 to %2").arg(band).arg(band + 9)});
    keys.append({QStringLiteral("70_plus"), tr("70 and over")});
    keys.append(notRecorded());
    return keys;
}

int ageBandRow(const QVariant &band)
{
    if (band.isNull())
        return int(ageBands.size());
    const int b = band.toInt();
    int row = 0;
    for (int i = 0; i < ageBands.size(); ++i) {
        if (b >= ageBands.at(i))
            row = i;
    }
    return row;
}

QList<Table::Key> countColumn(const QString &label)
{
    return {{QStringLiteral("count"), label}};
}

// The median of a distribution given as value → count.
std::optional<double> median(const std::map<int, int> &histogram)
{
    int n = 0;
    for (const auto &[value, count] : histogram)
        n += count;
    if (n == 0)
        return std::nullopt;
    const auto nth = [&](int position) {
        int seen = 0;
        for (const auto &[value, count] : histogram) {
            seen += count;
            if (position < seen)
                return value;
        }
        return histogram.rbegin()->first;
    };
    if (n % 2 == 1)
        return nth(n / 2);
    return (nth(n / 2 - 1) + nth(n / 2)) / 2.0;
}

// Clients who asked to be left out of statistics. A short list, built once per
// statement: cheaper than reading each client row to check its flag.
QString included(const char *clientColumn)
{
    return QStringLiteral("%1 NOT IN (SELECT x.id FROM clients x WHERE x.exclude_from_statistics = 1)")
        .arg(QLatin1String(clientColumn));
}

// One aggregate per subject; none reads a name, a note or an exact date out.
// CROSS JOIN fixes the join order (SQLite keeps it as written): each query
// starts from the rows of the period, found through an index or one scan of a
// narrow table, never from the whole clients table.
const QString newClientsSql = QStringLiteral(
    "SELECT count(*) FROM clients c WHERE c.created_at >= :start AND c.created_at < :end "
    "AND c.exclude_from_statistics = 0");

const QString consultationsSql = QStringLiteral(
    "SELECT s.channel, s.kind, count(*) FROM consultations s "
    "WHERE s.started_at >= :start AND s.started_at < :end AND %1 GROUP BY s.channel, s.kind")
                                     .arg(included("s.client_id"));

const QString topicsSql = QStringLiteral(
    "SELECT t.topic, count(*) FROM consultations s CROSS JOIN consultation_topics t ON t.consultation_id = s.id "
    "WHERE s.started_at >= :start AND s.started_at < :end AND %1 GROUP BY t.topic")
                              .arg(included("s.client_id"));

// People with at least one consultation in the period, counted once each; a
// person's disease group is that of their first recorded condition. Whether
// the person was erased comes fifth: their sex, conditions and employment
// status are gone (and were kept by erasures of earlier versions: they are not
// read for the erased either way).
const QString clientsSql = QStringLiteral(
    "SELECT c.sex, c.intake_age_band, c.employment_status, "
    "(SELECT g.disease_group FROM client_conditions g WHERE g.client_id = c.id ORDER BY g.id LIMIT 1) AS grp, "
    "c.erased_at IS NOT NULL AS erased, "
    "count(*) FROM clients c WHERE c.exclude_from_statistics = 0 AND c.id IN "
    "(SELECT s.client_id FROM consultations s WHERE s.started_at >= :start AND s.started_at < :end) "
    "GROUP BY 1, 2, 3, 4, 5");

// Referrals proposed in the period, by the kind of agency and by their status
// at the end of the period (the last step recorded before it ended), so that a
// past period's figures do not change later.
const QString referralsSql = QStringLiteral(
    "SELECT kind, status_at_end, count(*) FROM ("
    " SELECT a.kind AS kind, (SELECT e2.status FROM referral_events e2 WHERE e2.referral_id = e.referral_id "
    "  AND e2.at < :end ORDER BY e2.at DESC, e2.id DESC LIMIT 1) AS status_at_end "
    " FROM referral_events e CROSS JOIN referrals r ON r.id = e.referral_id "
    " CROSS JOIN agencies a ON a.id = r.agency_id "
    " WHERE e.status = 'proposed' AND e.at >= :start AND e.at < :end AND %1) "
    "GROUP BY 1, 2")
                                 .arg(included("r.client_id"));

// Referrals whose first contact by the agency happened in the period: whole
// days (Japan calendar) from the proposal to the first contact. The last row
// (days NULL) holds the number of distinct people.
const QString leadTimeSql = QStringLiteral(
    "WITH lt AS (SELECT r.client_id AS client, "
    "  CAST(julianday(date(f.at / 1000, 'unixepoch', '+9 hours')) "
    "     - julianday(date(p.at / 1000, 'unixepoch', '+9 hours')) AS INTEGER) AS days "
    "  FROM referral_events f CROSS JOIN referral_events p ON p.referral_id = f.referral_id "
    "  AND p.status = 'proposed' CROSS JOIN referrals r ON r.id = f.referral_id "
    "  WHERE f.status = 'first_contact' AND f.at >= :start AND f.at < :end AND p.at <= f.at AND %1) "
    "SELECT days, count(*) FROM lt GROUP BY days "
    "UNION ALL SELECT NULL, count(DISTINCT client) FROM lt")
                                .arg(included("r.client_id"));

// Job starts and returns to work done in the period (unless recorded as not achieved).
const QString startsSql = QStringLiteral(
    "SELECT m.kind, count(*) FROM case_milestones m CROSS JOIN support_cases sc ON sc.id = m.case_id "
    "WHERE m.kind IN ('job_start', 'return_to_work') AND m.done_on >= :first AND m.done_on <= :last "
    "AND (m.result IS NULL OR m.result = 'achieved') AND %1 GROUP BY m.kind")
                              .arg(included("sc.client_id"));

// Retention checks falling due in the period (N months after a job start) with
// a recorded result. Rows with result '#people' hold distinct people per kind.
const QString retentionSql = QStringLiteral(
    "WITH rc AS (SELECT m.kind AS kind, m.result AS result, sc.client_id AS client FROM case_milestones m "
    "  CROSS JOIN support_cases sc ON sc.id = m.case_id "
    "  WHERE m.kind IN ('retention_1m', 'retention_3m', 'retention_6m', 'retention_12m') "
    "  AND coalesce(m.due_on, m.done_on) >= :first AND coalesce(m.due_on, m.done_on) <= :last "
    "  AND m.result IN ('achieved', 'not_achieved') AND %1) "
    "SELECT kind, result, count(*) FROM rc GROUP BY kind, result "
    "UNION ALL SELECT kind, '#people', count(DISTINCT client) FROM rc GROUP BY kind")
                                 .arg(included("sc.client_id"));

// Support cases closed in the period: outcome and the person's experience
// score. The last row (outcome '#people') holds the distinct people with a score.
const QString closedSql = QStringLiteral(
    "WITH cc AS (SELECT sc.outcome AS outcome, sc.experience_score AS score, sc.client_id AS client "
    "  FROM support_cases sc WHERE sc.closed_on >= :first AND sc.closed_on <= :last AND %1) "
    "SELECT outcome, score, count(*) FROM cc GROUP BY outcome, score "
    "UNION ALL SELECT '#people', NULL, count(DISTINCT client) FROM cc WHERE score IS NOT NULL")
                              .arg(included("sc.client_id"));

const char *const retentionKinds[] = {"retention_1m", "retention_3m", "retention_6m", "retention_12m"};
const int retentionMonths[] = {1, 3, 6, 12};
const char *const retentionRowLabels[] = {
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "1 month after the job start"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "3 months after the job start"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "6 months after the job start"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "12 months after the job start")};
const char *const retentionRateTitles[] = {
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "Retention rate at 1 month (%)"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "Retention rate at 3 months (%)"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "Retention rate at 6 months (%)"),
    QT_TRANSLATE_NOOP("tsunagu::statistics::Statistics", "Retention rate at 12 months (%)")};

} // namespace

QStringList Statistics::sqlFor(const Period &period)
{
    const QString start = QString::number(period.startMs());
    const QString end = QString::number(period.endMs());
    const QString first = QLatin1Char('\'') + period.firstDay().toString(Qt::ISODate) + QLatin1Char('\'');
    const QString last = QLatin1Char('\'') + period.lastDay().toString(Qt::ISODate) + QLatin1Char('\'');
    QStringList statements;
    for (const QString *sql : {&newClientsSql, &consultationsSql, &topicsSql, &clientsSql, &referralsSql, &leadTimeSql,
                               &startsSql, &retentionSql, &closedSql}) {
        statements << QString(*sql)
                          .replace(QLatin1String(":start"), start)
                          .replace(QLatin1String(":end"), end)
                          .replace(QLatin1String(":first"), first)
                          .replace(QLatin1String(":last"), last);
    }
    return statements;
}

Result<Report> Statistics::compute(const Period &period, const Progress &progress) const
{
    const storage::Database &db = m_session.db();
    const Bounds b{period.startMs(), period.endMs(), period.firstDay().toString(Qt::ISODate),
                   period.lastDay().toString(Qt::ISODate)};
    constexpr int steps = 9;
    int step = 0;
    const auto advance = [&]() -> Status {
        ++step;
        if (progress && !progress(step, steps))
            return fail(ErrorCode::Cancelled, tr("The statistics were cancelled."));
        return {};
    };

    Report report;
    auto &meta = report.metadata;
    meta.periodCode = period.code();
    meta.periodKind = period.kindCode();
    meta.periodLabel = period.label();
    meta.firstDay = period.firstDay();
    meta.lastDay = period.lastDay();
    meta.population = tr(
        "Everyone registered as a client, including people whose data was erased at their request (counted through "
        "the de-identified record the erasure keeps, and on a line of their own by sex, disease group and employment "
        "status), and excluding people who asked to be left out of statistics. "
        "Dates and months are those of Japan (UTC+9). No names, identifiers, free text, exact dates or places are "
        "included.");
    meta.generatedAtMs = m_session.nowMs();
    meta.applicationVersion = QStringLiteral(TSUNAGU_VERSION);
    meta.schemaVersion = db.schemaVersion();

    // Overview: one line per headline figure, each linked to the tables that
    // repeat it so they are suppressed together.
    const QList<Table::Key> overviewRows{
        {QStringLiteral("new_clients"), tr("New clients registered")},
        {QStringLiteral("consultations"), tr("Consultations")},
        {QStringLiteral("clients_consulted"), tr("People with at least one consultation")},
        {QStringLiteral("referrals_proposed"), tr("Referrals proposed")},
        {QStringLiteral("referrals_first_contact"), tr("Referrals with a first contact by the agency")},
        {QStringLiteral("job_starts"), tr("Job starts")},
        {QStringLiteral("returns_to_work"), tr("Returns to work")},
        {QStringLiteral("cases_closed"), tr("Support cases closed")},
    };
    Table overview(QStringLiteral("overview"), tr("Overview"), tr("Figure"), overviewRows, countColumn(tr("Number")));
    overview.setDefinition(tr("Headline figures of the period. Each is defined with the table that details it."));
    overview.setProtection(false, false);
    for (int r = 0; r < overview.rowCount(); ++r)
        overview.link(r, 0, overviewRows.at(r).code);
    const auto setOverview = [&](const char *code, int value) {
        overview.setValue(overview.rowOf(QLatin1String(code)), 0, value);
    };

    // New clients.
    int newClients = 0;
    if (Status s = select(db, newClientsSql, b, [&](const QSqlQuery &q) { newClients = q.value(0).toInt(); }); !s)
        return fail(s.error());
    setOverview("new_clients", newClients);
    if (Status s = advance(); !s)
        return fail(s.error());

    // Consultations by channel and by kind (one scan, two margins).
    Table byChannel(QStringLiteral("consultations_by_channel"), tr("Consultations by channel"), tr("Channel"),
                    keysOf<Channel>(true), countColumn(tr("Consultations")));
    Table byKind(QStringLiteral("consultations_by_kind"), tr("Consultations by kind"), tr("Kind"),
                 keysOf<ConsultationKind>(true), countColumn(tr("Consultations")));
    if (Status s = select(db, consultationsSql, b,
                          [&](const QSqlQuery &q) {
                              const int n = q.value(2).toInt();
                              byChannel.add(indexOf<Channel>(q.value(0), byChannel.rowCount() - 1), 0, n);
                              byKind.add(indexOf<ConsultationKind>(q.value(1), byKind.rowCount() - 1), 0, n);
                          });
        !s)
        return fail(s.error());
    const QString consultationDefinition = tr("Consultations that started in the period.");
    for (Table *t : {&byChannel, &byKind}) {
        t->setDefinition(consultationDefinition);
        t->setTotals(false, true);
        t->link(t->rowCount(), 0, QStringLiteral("consultations"));
    }
    setOverview("consultations", byChannel.value(byChannel.rowCount(), 0).value_or(0));
    if (Status s = advance(); !s)
        return fail(s.error());

    // Topics: a consultation may have several, so there is no total; the column
    // is still protected, as if its total were known.
    Table byTopic(QStringLiteral("consultations_by_topic"), tr("Consultations by topic"), tr("Topic"),
                  keysOf<Topic>(false), countColumn(tr("Consultations")));
    byTopic.setDefinition(
        tr("Consultations that started in the period, by topic discussed. A consultation may have several topics, so "
           "the lines do not add up to the number of consultations."));
    if (Status s = select(db, topicsSql, b,
                          [&](const QSqlQuery &q) {
                              const int row = indexOf<Topic>(q.value(0), int(Topic::Other));
                              byTopic.add(row, 0, q.value(1).toInt());
                          });
        !s)
        return fail(s.error());
    byTopic.setTotals(false, false);
    byTopic.setProtection(false, true);
    if (Status s = advance(); !s)
        return fail(s.error());

    // People with a consultation: one scan, four margins. Sex, disease group
    // and employment status end with "not recorded", then "erased".
    const auto withErased = [](QList<Table::Key> keys) {
        keys.append(erasedKey());
        return keys;
    };
    Table byGroup(QStringLiteral("clients_by_disease_group"), tr("People by disease group"), tr("Disease group"),
                  withErased(keysOf<DiseaseGroup>(true)), countColumn(tr("People")));
    Table byAge(QStringLiteral("clients_by_age_band"), tr("People by age band at registration"), tr("Age band"),
                ageBandKeys(), countColumn(tr("People")));
    Table bySex(QStringLiteral("clients_by_sex"), tr("People by sex"), tr("Sex"), withErased(keysOf<Sex>(true)),
                countColumn(tr("People")));
    Table byEmployment(QStringLiteral("clients_by_employment_status"), tr("People by employment status"),
                       tr("Employment status"), withErased(keysOf<EmploymentStatus>(true)),
                       countColumn(tr("People")));
    if (Status s = select(db, clientsSql, b,
                          [&](const QSqlQuery &q) {
                              const int n = q.value(5).toInt();
                              byAge.add(ageBandRow(q.value(1)), 0, n);
                              if (q.value(4).toBool()) {
                                  for (Table *t : {&bySex, &byEmployment, &byGroup})
                                      t->add(t->rowCount() - 1, 0, n);
                                  return;
                              }
                              // Unknown codes and NULL: "not recorded", the line before "erased".
                              bySex.add(indexOf<Sex>(q.value(0), bySex.rowCount() - 2), 0, n);
                              byEmployment.add(
                                  indexOf<EmploymentStatus>(q.value(2), byEmployment.rowCount() - 2), 0, n);
                              byGroup.add(indexOf<DiseaseGroup>(q.value(3), byGroup.rowCount() - 2), 0, n);
                          });
        !s)
        return fail(s.error());
    //: Added to the definitions of the tables of people by sex, disease group and employment status
    const QString erasedNote = tr("Erasure at a person's request removes this detail: the person is then counted on "
                                  "the line of the erased, so that the total does not change.");
    byGroup.setDefinition(tr("People with at least one consultation in the period, each counted once, under the "
                             "disease group of their first recorded condition.")
                          + QLatin1Char(' ') + erasedNote);
    byAge.setDefinition(tr("People with at least one consultation in the period, by their 10-year age band when "
                           "they registered."));
    bySex.setDefinition(tr("People with at least one consultation in the period, by sex.") + QLatin1Char(' ')
                        + erasedNote);
    byEmployment.setDefinition(tr("People with at least one consultation in the period, by the employment status "
                                  "currently recorded.")
                               + QLatin1Char(' ') + erasedNote);
    for (Table *t : {&byGroup, &byAge, &bySex, &byEmployment}) {
        t->setTotals(false, true);
        t->link(t->rowCount(), 0, QStringLiteral("clients_consulted"));
    }
    setOverview("clients_consulted", bySex.value(bySex.rowCount(), 0).value_or(0));
    if (Status s = advance(); !s)
        return fail(s.error());

    // Referrals by agency kind × status at the end of the period.
    Table referrals(QStringLiteral("referrals_by_agency_kind_and_status"),
                    tr("Referrals by kind of agency and status at the end of the period"), tr("Kind of agency"),
                    keysOf<AgencyKind>(false), keysOf<ReferralStatus>(false));
    referrals.setDefinition(tr("Referrals proposed in the period, by the kind of agency and by their status at the "
                               "end of the period (the last step recorded before it ended)."));
    if (Status s = select(db, referralsSql, b,
                          [&](const QSqlQuery &q) {
                              const int row = indexOf<AgencyKind>(q.value(0), int(AgencyKind::Other));
                              const int column = indexOf<ReferralStatus>(q.value(1), -1);
                              if (column >= 0)
                                  referrals.add(row, column, q.value(2).toInt());
                          });
        !s)
        return fail(s.error());
    referrals.setTotals(true, true);
    referrals.link(referrals.rowCount(), referrals.columnCount(), QStringLiteral("referrals_proposed"));
    setOverview("referrals_proposed", referrals.value(referrals.rowCount(), referrals.columnCount()).value_or(0));
    if (Status s = advance(); !s)
        return fail(s.error());

    // Lead time from proposal to first contact.
    std::map<int, int> leadDays;
    int leadPeople = 0;
    int firstContacts = 0;
    if (Status s = select(db, leadTimeSql, b,
                          [&](const QSqlQuery &q) {
                              if (q.value(0).isNull()) {
                                  leadPeople = q.value(1).toInt();
                                  return;
                              }
                              leadDays[q.value(0).toInt()] += q.value(1).toInt();
                              firstContacts += q.value(1).toInt();
                          });
        !s)
        return fail(s.error());
    setOverview("referrals_first_contact", firstContacts);
    {
        Measure m;
        m.id = QStringLiteral("referral_lead_time_median");
        m.title = tr("Referral lead time (median days from proposal to first contact)");
        m.definition = tr("Referrals whose first contact by the agency happened in the period: whole days in the "
                          "Japanese calendar from the day the referral was proposed to the day of first contact.");
        m.unit = Measure::Unit::Days;
        m.value = median(leadDays);
        m.people = leadPeople;
        m.basis = {overview.id(), overview.rowOf(QStringLiteral("referrals_first_contact")), 0};
        report.measures.push_back(m);
    }
    if (Status s = advance(); !s)
        return fail(s.error());

    // Job starts and returns to work.
    if (Status s = select(db, startsSql, b,
                          [&](const QSqlQuery &q) {
                              const QString kind = q.value(0).toString();
                              if (kind == QLatin1String("job_start"))
                                  setOverview("job_starts", q.value(1).toInt());
                              else if (kind == QLatin1String("return_to_work"))
                                  setOverview("returns_to_work", q.value(1).toInt());
                          });
        !s)
        return fail(s.error());
    if (Status s = advance(); !s)
        return fail(s.error());

    // Retention at 1, 3, 6 and 12 months.
    QList<Table::Key> retentionRows;
    for (int i = 0; i < 4; ++i)
        retentionRows.append({QStringLiteral("%1m").arg(retentionMonths[i]), tr(retentionRowLabels[i])});
    Table retention(QStringLiteral("retention"), tr("Retention after a job start"), tr("Check"), retentionRows,
                    {{QStringLiteral("still_working"), tr("Still in the job")},
                     {QStringLiteral("not_working"), tr("No longer in the job")}});
    retention.setDefinition(tr("Retention checks that fell due in the period (1, 3, 6 or 12 months after a job "
                               "start) and whose result is recorded. The total is the number of checks; checks "
                               "without a result are not counted."));
    int retentionPeople[4] = {0, 0, 0, 0};
    if (Status s = select(db, retentionSql, b,
                          [&](const QSqlQuery &q) {
                              const QString kind = q.value(0).toString();
                              int row = -1;
                              for (int i = 0; i < 4; ++i) {
                                  if (kind == QLatin1String(retentionKinds[i]))
                                      row = i;
                              }
                              if (row < 0)
                                  return;
                              const QString result = q.value(1).toString();
                              if (result == QLatin1String("#people"))
                                  retentionPeople[row] = q.value(2).toInt();
                              else
                                  retention.add(row, result == QLatin1String("achieved") ? 0 : 1,
                                                q.value(2).toInt());
                          });
        !s)
        return fail(s.error());
    retention.setTotals(true, false);
    retention.setProtection(true, false);
    for (int i = 0; i < 4; ++i) {
        Measure m;
        m.id = QStringLiteral("retention_rate_%1m").arg(retentionMonths[i]);
        m.title = tr(retentionRateTitles[i]);
        m.definition = tr("Share of the recorded retention checks of the period where the person was still in the "
                          "job.");
        m.unit = Measure::Unit::Percent;
        const int checked = retention.value(i, retention.columnCount()).value_or(0);
        if (checked > 0)
            m.value = 100.0 * retention.value(i, 0).value_or(0) / checked;
        m.people = retentionPeople[i];
        m.basis = {retention.id(), i, retention.columnCount()};
        m.dependsOn = {{retention.id(), i, 0}, {retention.id(), i, 1}};
        report.measures.push_back(m);
    }
    if (Status s = advance(); !s)
        return fail(s.error());

    // Cases closed: outcome and experience score.
    Table outcomes(QStringLiteral("cases_closed_by_outcome"), tr("Support cases closed, by outcome"),
                   tr("Outcome"), keysOf<CaseOutcome>(true), countColumn(tr("Cases")));
    outcomes.setDefinition(tr("Support cases closed in the period, by their recorded outcome."));
    QList<Table::Key> scoreRows;
    for (int score = minExperienceScore; score <= maxExperienceScore; ++score)
        scoreRows.append({QString::number(score), QString::number(score)});
    Table scores(QStringLiteral("experience_scores"), tr("Experience scores"), tr("Score (1 to 5)"), scoreRows,
                 countColumn(tr("Cases")));
    scores.setDefinition(tr("The person's own rating of the support received (1 to 5), for support cases closed in "
                            "the period with a rating."));
    std::map<int, int> scoreHistogram;
    int scorePeople = 0;
    if (Status s = select(db, closedSql, b,
                          [&](const QSqlQuery &q) {
                              const int n = q.value(2).toInt();
                              if (q.value(0).toString() == QLatin1String("#people")) {
                                  scorePeople = n;
                                  return;
                              }
                              outcomes.add(indexOf<CaseOutcome>(q.value(0), outcomes.rowCount() - 1), 0, n);
                              if (q.value(1).isNull())
                                  return;
                              const int score = q.value(1).toInt();
                              if (score >= minExperienceScore && score <= maxExperienceScore) {
                                  scores.add(score - minExperienceScore, 0, n);
                                  scoreHistogram[score] += n;
                              }
                          });
        !s)
        return fail(s.error());
    outcomes.setTotals(false, true);
    outcomes.link(outcomes.rowCount(), 0, QStringLiteral("cases_closed"));
    scores.setTotals(false, true);
    setOverview("cases_closed", outcomes.value(outcomes.rowCount(), 0).value_or(0));
    {
        Measure m;
        m.id = QStringLiteral("experience_score_median");
        m.title = tr("Experience score (median, 1 to 5)");
        m.definition = scores.definition();
        m.unit = Measure::Unit::Score;
        m.value = median(scoreHistogram);
        m.people = scorePeople;
        m.basis = {scores.id(), scores.rowCount(), 0};
        report.measures.push_back(m);
    }
    if (Status s = advance(); !s)
        return fail(s.error());

    report.tables = {overview, byChannel, byKind, byTopic, byGroup, byAge, bySex, byEmployment,
                     referrals, retention, outcomes, scores};
    return report;
}

} // namespace tsunagu::statistics
