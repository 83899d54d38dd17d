// SPDX-License-Identifier: GPL-3.0-or-later
// Figures against values computed by hand on a small fixture (below), exclusion
// of people who asked to be left out, and erasure keeping the figures.
#include "StatsFixture.h"

#include "privacy/Erasure.h"
#include "statistics/Anonymizer.h"
#include "statistics/Statistics.h"

#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;

namespace {

struct Ids {
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0, c8 = 0;
};

// The fixture. Q3 2026 = 2026-07-01 .. 2026-09-30, Japan time.
//
// Clients (created):           sex     band  employment       condition(s)
//   C1 2026-07-05 10:00        female  30    open_employment  cancer, then mental
//   C2 2026-06-30 23:30        male    40    unemployed       immune
//   C3 2026-07-01 00:00:00     female  50    sick_leave       -
//   C4 2026-09-30 23:59:59     -       -     -                digestive
//   C5 2026-10-01 00:00:00     male    10    student          -
//   C6 2026-08-01  EXCLUDED FROM STATISTICS, with data everywhere
//   C7 2026-03-31 23:59:59     female  20                      (fiscal 2025)
//   C8 2026-04-01 00:00:00     male    20                      (fiscal 2026)
Ids build(test::StatsFixture &f)
{
    Ids id;
    const auto client = [&](const char *sex, std::optional<int> band, const char *employment, QDateTime created,
                            bool exclude = false) {
        test::StatsFixture::ClientRow row;
        row.sex = QString::fromLatin1(sex);
        row.band = band;
        row.employment = QString::fromLatin1(employment);
        row.created = created;
        row.exclude = exclude;
        return f.client(row);
    };
    id.c1 = client("female", 30, "open_employment", jstAt(2026, 7, 5, 10));
    id.c2 = client("male", 40, "unemployed", jstAt(2026, 6, 30, 23, 30));
    id.c3 = client("female", 50, "sick_leave", jstAt(2026, 7, 1));
    id.c4 = client("", std::nullopt, "", jstAt(2026, 9, 30, 23, 59, 59));
    id.c5 = client("male", 10, "student", jstAt(2026, 10, 1));
    id.c6 = client("female", 30, "open_employment", jstAt(2026, 8, 1, 9), true);
    id.c7 = client("female", 20, "", jstAt(2026, 3, 31, 23, 59, 59));
    id.c8 = client("male", 20, "", jstAt(2026, 4, 1));
    f.condition(id.c1, QStringLiteral("cancer"));
    f.condition(id.c1, QStringLiteral("mental"));
    f.condition(id.c2, QStringLiteral("immune"));
    f.condition(id.c4, QStringLiteral("digestive"));
    f.condition(id.c6, QStringLiteral("cancer"));

    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    // Consultations.
    f.consultation(id.c1, jstAt(2026, 7, 10, 10), s("in_person"), s("one_off"), {s("job_search"), s("accommodation")},
                   s("初回の相談"));
    f.consultation(id.c1, jstAt(2026, 8, 15, 14), s("phone"), s("coaching"), {s("job_search")});
    f.consultation(id.c2, jstAt(2026, 6, 30, 23, 59, 59), s("online"), s("accompaniment"), {});
    f.consultation(id.c2, jstAt(2026, 7, 1), s("online"), s("accompaniment"), {s("treatment_work_balance")});
    f.consultation(id.c3, jstAt(2026, 9, 30, 23, 59, 59), s("home_visit"), s("accompaniment"), {});
    f.consultation(id.c4, jstAt(2026, 10, 1), s("email"), s("one_off"), {});
    f.consultation(id.c5, jstAt(2026, 8, 20, 11), s("email"), s("one_off"), {s("benefits")});
    f.consultation(id.c6, jstAt(2026, 8, 2, 10), s("in_person"), s("one_off"), {s("job_search")});

    // Referrals: (status, when) in order.
    const qint64 helloWork = f.agency(QStringLiteral("ハローワーク糸島"), s("hello_work"));
    const qint64 hospital = f.agency(QStringLiteral("九州中央病院"), s("hospital"));
    f.referral(id.c1, helloWork, {{s("proposed"), jstAt(2026, 7, 1, 9)}, {s("sent"), jstAt(2026, 7, 2, 9)},
                                  {s("first_contact"), jstAt(2026, 7, 11, 10)}, {s("completed"), jstAt(2026, 10, 5, 10)}});
    f.referral(id.c2, helloWork, {{s("proposed"), jstAt(2026, 6, 25, 10)}, {s("sent"), jstAt(2026, 6, 26, 10)},
                                  {s("first_contact"), jstAt(2026, 7, 5, 10)}});
    // One hour apart, but on two Japanese calendar days (the same UTC day).
    f.referral(id.c3, hospital, {{s("proposed"), jstAt(2026, 8, 1, 23, 30)}, {s("sent"), jstAt(2026, 8, 1, 23, 45)},
                                 {s("first_contact"), jstAt(2026, 8, 2, 0, 30)}, {s("completed"), jstAt(2026, 9, 15, 10)}});
    f.referral(id.c5, hospital, {{s("proposed"), jstAt(2026, 9, 10, 10)}, {s("withdrawn"), jstAt(2026, 9, 12, 10)}});
    f.referral(id.c1, hospital, {{s("proposed"), jstAt(2026, 9, 30, 23)}});
    f.referral(id.c6, helloWork, {{s("proposed"), jstAt(2026, 8, 3, 10)}, {s("sent"), jstAt(2026, 8, 3, 12)},
                                  {s("first_contact"), jstAt(2026, 8, 4, 10)}});
    f.referral(id.c4, helloWork, {{s("proposed"), jstAt(2026, 9, 1, 10)}, {s("sent"), jstAt(2026, 9, 1, 11)},
                                  {s("first_contact"), jstAt(2026, 9, 4, 9)}});

    // Cases and milestones.
    const QString none;
    const qint64 k1 = f.supportCase(id.c1, s("job"), QDate(2026, 1, 10), std::nullopt, none, std::nullopt);
    f.milestone(k1, s("job_start"), QDate(2026, 7, 15), QDate(2026, 7, 15), s("achieved"));
    f.milestone(k1, s("retention_1m"), QDate(2026, 8, 15), QDate(2026, 8, 16), s("achieved"));
    f.milestone(k1, s("retention_3m"), QDate(2026, 10, 15), std::nullopt, none);
    const qint64 k2 = f.supportCase(id.c2, s("job"), QDate(2026, 3, 1), std::nullopt, none, std::nullopt);
    f.milestone(k2, s("job_start"), QDate(2026, 4, 1), QDate(2026, 4, 1), s("achieved"));
    f.milestone(k2, s("retention_3m"), QDate(2026, 7, 1), QDate(2026, 7, 2), s("achieved"));
    f.milestone(k2, s("retention_6m"), QDate(2026, 10, 1), std::nullopt, none);
    const qint64 k3 = f.supportCase(id.c3, s("return_to_work"), QDate(2026, 5, 1), QDate(2026, 9, 20),
                                    s("returned_to_work"), 4);
    f.milestone(k3, s("return_to_work"), std::nullopt, QDate(2026, 9, 1), s("achieved"));
    const qint64 k4 = f.supportCase(id.c5, s("job"), QDate(2026, 7, 20), QDate(2026, 8, 31), s("withdrew"), 2);
    f.milestone(k4, s("job_start"), QDate(2026, 8, 30), QDate(2026, 8, 30), s("not_achieved"));
    const qint64 k5 = f.supportCase(id.c4, s("job"), QDate(2025, 8, 1), std::nullopt, none, std::nullopt);
    f.milestone(k5, s("job_start"), QDate(2025, 9, 10), QDate(2025, 9, 10), s("achieved"));
    f.milestone(k5, s("retention_12m"), QDate(2026, 9, 10), QDate(2026, 9, 11), s("not_achieved"));
    f.milestone(k5, s("job_start"), QDate(2026, 8, 25), QDate(2026, 8, 25), none);
    f.milestone(k5, s("retention_1m"), QDate(2026, 9, 25), std::nullopt, none); // not recorded yet
    f.supportCase(id.c1, s("job"), QDate(2026, 2, 1), QDate(2026, 7, 31), s("employed"), 5);
    f.supportCase(id.c2, s("job"), QDate(2026, 2, 1), QDate(2026, 9, 30), none, std::nullopt);
    const qint64 k8 = f.supportCase(id.c6, s("job"), QDate(2026, 6, 1), QDate(2026, 8, 20), s("employed"), 1);
    f.milestone(k8, s("job_start"), QDate(2026, 8, 10), QDate(2026, 8, 10), s("achieved"));
    f.milestone(k8, s("retention_1m"), QDate(2026, 9, 10), QDate(2026, 9, 10), s("achieved"));
    return id;
}

std::optional<int> cell(const Report &r, const char *table, const char *row, const char *column = "count")
{
    const Table *t = r.table(QLatin1String(table));
    if (!t)
        return -999;
    const int rr = qstrcmp(row, "total") == 0 ? t->rowCount() : t->rowOf(QLatin1String(row));
    const int cc = qstrcmp(column, "total") == 0 ? t->columnCount() : t->columnOf(QLatin1String(column));
    if (rr < 0 || cc < 0)
        return -998;
    return t->value(rr, cc);
}

const Measure *measure(const Report &r, const char *id)
{
    for (const Measure &m : r.measures) {
        if (m.id == QLatin1String(id))
            return &m;
    }
    return nullptr;
}

Report compute(const test::TempDatabase &t, const char *period)
{
    auto report = Statistics(t.session()).compute(*Period::parse(QString::fromLatin1(period)));
    if (!report)
        qFatal("statistics failed: %s", qPrintable(report.error().message));
    return *report;
}

// Every value of every table and measure, for comparisons.
QStringList flatten(const Report &r, const QStringList &skipTables = {})
{
    QStringList out;
    for (const Table &t : r.tables) {
        if (skipTables.contains(t.id()))
            continue;
        for (int row = 0; row <= t.rowCount(); ++row) {
            for (int c = 0; c <= t.columnCount(); ++c) {
                if (t.isShown(row, c))
                    out << QStringLiteral("%1[%2,%3]=%4")
                               .arg(t.id())
                               .arg(row)
                               .arg(c)
                               .arg(t.value(row, c) ? QString::number(*t.value(row, c)) : QStringLiteral("*"));
            }
        }
    }
    for (const Measure &m : r.measures)
        out << QStringLiteral("%1=%2/%3").arg(m.id).arg(m.value ? *m.value : -1.0).arg(m.people);
    return out;
}

} // namespace

class TestStatFigures : public QObject
{
    Q_OBJECT

private slots:
    void quarterByHand();
    void referralsAndLeadTime();
    void retentionJobStartsAndScores();
    void monthYearAndFiscalYear();
    void anonymizedQuarter();
    void leavesOutThoseWhoAskedTo();
    void erasureKeepsTheFigures();
    void metadataAndCancel();
};

void TestStatFigures::quarterByHand()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report r = compute(t, "2026Q3");
    QVERIFY(!r.isAnonymized());
    // New clients: C1, C3 (first instant of July), C4 (last second of September).
    QCOMPARE(cell(r, "overview", "new_clients"), 3);
    // Consultations: C1 ×2, C2 (first instant of July), C3 (last second), C5.
    QCOMPARE(cell(r, "overview", "consultations"), 5);
    QCOMPARE(cell(r, "consultations_by_channel", "in_person"), 1);
    QCOMPARE(cell(r, "consultations_by_channel", "phone"), 1);
    QCOMPARE(cell(r, "consultations_by_channel", "online"), 1);
    QCOMPARE(cell(r, "consultations_by_channel", "email"), 1);
    QCOMPARE(cell(r, "consultations_by_channel", "home_visit"), 1);
    QCOMPARE(cell(r, "consultations_by_channel", "accompanied"), 0);
    QCOMPARE(cell(r, "consultations_by_channel", "total"), 5);
    QCOMPARE(cell(r, "consultations_by_kind", "one_off"), 2);
    QCOMPARE(cell(r, "consultations_by_kind", "accompaniment"), 2);
    QCOMPARE(cell(r, "consultations_by_kind", "coaching"), 1);
    QCOMPARE(cell(r, "consultations_by_kind", "total"), 5);
    QCOMPARE(cell(r, "consultations_by_topic", "job_search"), 2);
    QCOMPARE(cell(r, "consultations_by_topic", "accommodation"), 1);
    QCOMPARE(cell(r, "consultations_by_topic", "treatment_work_balance"), 1);
    QCOMPARE(cell(r, "consultations_by_topic", "benefits"), 1);
    QCOMPARE(cell(r, "consultations_by_topic", "family"), 0);
    // People with a consultation: C1, C2, C3, C5.
    QCOMPARE(cell(r, "overview", "clients_consulted"), 4);
    QCOMPARE(cell(r, "clients_by_sex", "female"), 2);
    QCOMPARE(cell(r, "clients_by_sex", "male"), 2);
    QCOMPARE(cell(r, "clients_by_sex", "not_recorded"), 0);
    QCOMPARE(cell(r, "clients_by_sex", "erased"), 0);
    QCOMPARE(cell(r, "clients_by_age_band", "under_20"), 1);
    QCOMPARE(cell(r, "clients_by_age_band", "30-39"), 1);
    QCOMPARE(cell(r, "clients_by_age_band", "40-49"), 1);
    QCOMPARE(cell(r, "clients_by_age_band", "50-59"), 1);
    QCOMPARE(cell(r, "clients_by_age_band", "20-29"), 0);
    QCOMPARE(cell(r, "clients_by_age_band", "total"), 4);
    QCOMPARE(cell(r, "clients_by_employment_status", "open_employment"), 1);
    QCOMPARE(cell(r, "clients_by_employment_status", "unemployed"), 1);
    QCOMPARE(cell(r, "clients_by_employment_status", "sick_leave"), 1);
    QCOMPARE(cell(r, "clients_by_employment_status", "student"), 1);
    // First recorded condition: C1 cancer (not mental), C2 immune; C3, C5 none.
    QCOMPARE(cell(r, "clients_by_disease_group", "cancer"), 1);
    QCOMPARE(cell(r, "clients_by_disease_group", "mental"), 0);
    QCOMPARE(cell(r, "clients_by_disease_group", "immune"), 1);
    QCOMPARE(cell(r, "clients_by_disease_group", "not_recorded"), 2);
    QCOMPARE(cell(r, "clients_by_disease_group", "total"), 4);
}

void TestStatFigures::referralsAndLeadTime()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report r = compute(t, "2026Q3");
    // Proposed in Q3: R1, R3, R4, R5, R7 (R2 was proposed in June).
    const char *table = "referrals_by_agency_kind_and_status";
    QCOMPARE(cell(r, "overview", "referrals_proposed"), 5);
    QCOMPARE(cell(r, table, "total", "total"), 5);
    // Status at the end of September: R1 completed only in October.
    QCOMPARE(cell(r, table, "hello_work", "first_contact"), 2);
    QCOMPARE(cell(r, table, "hello_work", "completed"), 0);
    QCOMPARE(cell(r, table, "hello_work", "total"), 2);
    QCOMPARE(cell(r, table, "hospital", "completed"), 1);
    QCOMPARE(cell(r, table, "hospital", "withdrawn"), 1);
    QCOMPARE(cell(r, table, "hospital", "proposed"), 1);
    QCOMPARE(cell(r, table, "hospital", "total"), 3);
    QCOMPARE(cell(r, table, "total", "first_contact"), 2);
    QCOMPARE(cell(r, table, "total", "sent"), 0);
    QCOMPARE(cell(r, table, "lawyer", "total"), 0);
    // First contact in Q3: R1 10 days, R2 10 days (proposed in June), R3 1 day
    // (23:30 to 00:30 is the next Japanese day), R7 3 days: median (3 + 10) / 2.
    QCOMPARE(cell(r, "overview", "referrals_first_contact"), 4);
    const Measure *lead = measure(r, "referral_lead_time_median");
    QVERIFY(lead);
    QCOMPARE(lead->value, std::optional(6.5));
    QCOMPARE(lead->people, 4);
    QCOMPARE(lead->unit, Measure::Unit::Days);
}

void TestStatFigures::retentionJobStartsAndScores()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report r = compute(t, "2026Q3");
    // Job starts done in Q3: K1 (07-15) and K5 (08-25, no result yet); K4's was not achieved.
    QCOMPARE(cell(r, "overview", "job_starts"), 2);
    QCOMPARE(cell(r, "overview", "returns_to_work"), 1);
    // Retention checks due in Q3 with a result: 1m K1 yes; 3m K2 yes; 12m K5 no.
    // K5's 1-month check (due 09-25) has no result: not counted.
    QCOMPARE(cell(r, "retention", "1m", "still_working"), 1);
    QCOMPARE(cell(r, "retention", "1m", "not_working"), 0);
    QCOMPARE(cell(r, "retention", "1m", "total"), 1);
    QCOMPARE(cell(r, "retention", "3m", "still_working"), 1);
    QCOMPARE(cell(r, "retention", "6m", "total"), 0);
    QCOMPARE(cell(r, "retention", "12m", "still_working"), 0);
    QCOMPARE(cell(r, "retention", "12m", "not_working"), 1);
    QCOMPARE(measure(r, "retention_rate_1m")->value, std::optional(100.0));
    QCOMPARE(measure(r, "retention_rate_3m")->value, std::optional(100.0));
    QCOMPARE(measure(r, "retention_rate_6m")->value, std::nullopt);
    QCOMPARE(measure(r, "retention_rate_12m")->value, std::optional(0.0));
    QCOMPARE(measure(r, "retention_rate_12m")->people, 1);
    // Cases closed in Q3: K3 returned to work (4), K4 withdrew (2), K6 employed (5), K7 no outcome.
    QCOMPARE(cell(r, "overview", "cases_closed"), 4);
    QCOMPARE(cell(r, "cases_closed_by_outcome", "returned_to_work"), 1);
    QCOMPARE(cell(r, "cases_closed_by_outcome", "withdrew"), 1);
    QCOMPARE(cell(r, "cases_closed_by_outcome", "employed"), 1);
    QCOMPARE(cell(r, "cases_closed_by_outcome", "not_recorded"), 1);
    QCOMPARE(cell(r, "experience_scores", "1"), 0);
    QCOMPARE(cell(r, "experience_scores", "2"), 1);
    QCOMPARE(cell(r, "experience_scores", "4"), 1);
    QCOMPARE(cell(r, "experience_scores", "5"), 1);
    QCOMPARE(cell(r, "experience_scores", "total"), 3);
    QCOMPARE(measure(r, "experience_score_median")->value, std::optional(4.0));
    QCOMPARE(measure(r, "experience_score_median")->people, 3);
}

void TestStatFigures::monthYearAndFiscalYear()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report july = compute(t, "2026-07");
    QCOMPARE(cell(july, "overview", "new_clients"), 2);   // C1, C3
    QCOMPARE(cell(july, "overview", "consultations"), 2); // C1 07-10, C2 07-01 00:00
    QCOMPARE(cell(july, "overview", "referrals_first_contact"), 2);
    QCOMPARE(measure(july, "referral_lead_time_median")->value, std::optional(10.0));
    QCOMPARE(july.metadata.firstDay, QDate(2026, 7, 1));
    QCOMPARE(july.metadata.lastDay, QDate(2026, 7, 31));

    // The fiscal year starts on 1 April: C7 (31 March, 23:59:59) is in FY2025,
    // C8 (1 April, 00:00) in FY2026.
    const Report fy2025 = compute(t, "FY2025");
    QCOMPARE(fy2025.metadata.firstDay, QDate(2025, 4, 1));
    QCOMPARE(fy2025.metadata.lastDay, QDate(2026, 3, 31));
    QCOMPARE(cell(fy2025, "overview", "new_clients"), 1);
    QCOMPARE(cell(fy2025, "overview", "job_starts"), 1); // K5's first, 2025-09-10
    const Report fy2026 = compute(t, "FY2026");
    QCOMPARE(fy2026.metadata.firstDay, QDate(2026, 4, 1));
    QCOMPARE(cell(fy2026, "overview", "new_clients"), 6); // C1–C5, C8
    QCOMPARE(cell(fy2026, "overview", "job_starts"), 3);  // K2 (04-01), K1, K5's second
    QCOMPARE(cell(fy2026, "overview", "consultations"), 7);
    const Report year = compute(t, "2026");
    QCOMPARE(cell(year, "overview", "new_clients"), 7); // C1–C5, C7, C8
    QCOMPARE(cell(year, "overview", "consultations"), 7);
    QCOMPARE(year.metadata.periodKind, QStringLiteral("year"));
}

void TestStatFigures::anonymizedQuarter()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report raw = compute(t, "2026Q3");
    const Report k3 = Anonymizer::create(3)->apply(raw);
    QVERIFY(Anonymizer::verify(k3));
    QCOMPARE(cell(k3, "overview", "new_clients"), 3);
    QCOMPARE(cell(k3, "overview", "job_starts"), std::nullopt);      // 2
    QCOMPARE(cell(k3, "overview", "returns_to_work"), std::nullopt); // 1
    QCOMPARE(cell(k3, "consultations_by_channel", "total"), 5);
    QCOMPARE(cell(k3, "consultations_by_channel", "in_person"), std::nullopt);
    QCOMPARE(measure(k3, "referral_lead_time_median")->value, std::optional(6.5)); // 4 people
    QCOMPARE(measure(k3, "referral_lead_time_median")->n, std::optional(4));
    QCOMPARE(measure(k3, "experience_score_median")->value, std::optional(4.0)); // 3 people
    QCOMPARE(measure(k3, "retention_rate_1m")->value, std::nullopt);             // 1 person
    QCOMPARE(k3.metadata.k, 3);

    const Report k5 = Anonymizer::create(5)->apply(raw);
    QVERIFY(Anonymizer::verify(k5));
    QCOMPARE(cell(k5, "overview", "new_clients"), std::nullopt);
    QCOMPARE(cell(k5, "overview", "consultations"), 5);
    QCOMPARE(measure(k5, "referral_lead_time_median")->value, std::nullopt); // 4 people < 5
    QCOMPARE(measure(k5, "experience_score_median")->value, std::nullopt);
    // The people tables share their total with the overview: 4 is suppressed everywhere.
    QCOMPARE(cell(k5, "overview", "clients_consulted"), std::nullopt);
    QCOMPARE(cell(k5, "clients_by_sex", "total"), std::nullopt);
}

void TestStatFigures::leavesOutThoseWhoAskedTo()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    const Ids id = build(f);
    const Report before = compute(t, "2026Q3");
    // C6 asked to be left out: nothing of theirs is counted (checked by hand above).
    // Once C6 is counted again, every figure C6 takes part in moves by exactly one.
    f.exec(QStringLiteral("UPDATE clients SET exclude_from_statistics = 0 WHERE id = ?"), {id.c6});
    const Report with = compute(t, "2026Q3");
    for (const char *row : {"new_clients", "consultations", "clients_consulted", "referrals_proposed",
                            "referrals_first_contact", "job_starts", "cases_closed"})
        QCOMPARE(*cell(with, "overview", row), *cell(before, "overview", row) + 1);
    QCOMPARE(*cell(with, "overview", "returns_to_work"), *cell(before, "overview", "returns_to_work"));
    QCOMPARE(cell(with, "retention", "1m", "still_working"), 2);
    QCOMPARE(cell(with, "experience_scores", "1"), 1);
    QCOMPARE(measure(with, "referral_lead_time_median")->value, std::optional(3.0)); // 1, 1, 3, 10, 10

    // And C1 asking to be left out removes C1 everywhere.
    f.exec(QStringLiteral("UPDATE clients SET exclude_from_statistics = 1 WHERE id IN (?, ?)"), {id.c1, id.c6});
    const Report without = compute(t, "2026Q3");
    QCOMPARE(cell(without, "overview", "new_clients"), 2);
    QCOMPARE(cell(without, "overview", "consultations"), 3);
    QCOMPARE(cell(without, "overview", "referrals_proposed"), 3);
    QCOMPARE(cell(without, "overview", "job_starts"), 1);
    QCOMPARE(cell(without, "retention", "1m", "total"), 0);
    QCOMPARE(cell(without, "clients_by_disease_group", "cancer"), 0);
}

void TestStatFigures::erasureKeepsTheFigures()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    const Ids id = build(f);
    const QStringList periods{QStringLiteral("2026-07"), QStringLiteral("2026-08"), QStringLiteral("2026-09"),
                              QStringLiteral("2026Q3"), QStringLiteral("2026"), QStringLiteral("FY2026"),
                              QStringLiteral("FY2025")};
    std::vector<Report> before;
    for (const QString &p : periods)
        before.push_back(compute(t, qPrintable(p)));

    // C1 has consultations, referrals, cases, milestones and a score; C3 and C4
    // have records on the very first and last instants of the quarter.
    for (qint64 client : {id.c1, id.c3, id.c4}) {
        Status erased = privacy::Erasure(t.session()).erase(client, QStringLiteral("本人の申出"));
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
    }
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NOT NULL")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3);

    // Erasure removes sex, conditions and employment status (PRIVACY.md rule
    // 12): those three tables count the erased on a line of their own.
    const QStringList moving{QStringLiteral("clients_by_sex"), QStringLiteral("clients_by_disease_group"),
                             QStringLiteral("clients_by_employment_status")};
    const Anonymizer a = *Anonymizer::create(3);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Report &was = before[std::size_t(i)];
        const Report after = compute(t, qPrintable(periods.at(i)));
        // Every other figure is unchanged, and so is its anonymized version.
        QCOMPARE(flatten(after, moving), flatten(was, moving));
        QCOMPARE(flatten(a.apply(after), moving), flatten(a.apply(was), moving));
        for (const QString &tableId : moving) {
            const Table &t1 = *was.table(tableId);
            const Table &t2 = *after.table(tableId);
            QCOMPARE(t2.rows().constLast().code, QStringLiteral("erased"));
            const int erased = t2.rowCount() - 1;
            // The total is as published; every person who left a line is on the erased line.
            QCOMPARE(t2.value(t2.rowCount(), 0), t1.value(t1.rowCount(), 0));
            int left = 0;
            for (int r = 0; r < erased; ++r) {
                QVERIFY2(*t2.value(r, 0) <= *t1.value(r, 0), qPrintable(tableId));
                left += *t1.value(r, 0) - *t2.value(r, 0);
            }
            QCOMPARE(*t2.value(erased, 0), *t1.value(erased, 0) + left);
            QCOMPARE(*t1.value(erased, 0), 0);
        }
    }
    // In Q3, C1 (female, cancer, open employment) and C3 (female, no condition,
    // sick leave) consulted; C4 did not (October).
    const Report q3 = compute(t, "2026Q3");
    QCOMPARE(cell(q3, "clients_by_sex", "female"), 0);
    QCOMPARE(cell(q3, "clients_by_sex", "male"), 2);
    QCOMPARE(cell(q3, "clients_by_sex", "not_recorded"), 0); // not where the erased go
    QCOMPARE(cell(q3, "clients_by_sex", "erased"), 2);
    QCOMPARE(cell(q3, "clients_by_disease_group", "cancer"), 0);
    QCOMPARE(cell(q3, "clients_by_disease_group", "immune"), 1);
    QCOMPARE(cell(q3, "clients_by_disease_group", "not_recorded"), 1); // C5: none recorded
    QCOMPARE(cell(q3, "clients_by_disease_group", "erased"), 2);
    QCOMPARE(cell(q3, "clients_by_employment_status", "open_employment"), 0);
    QCOMPARE(cell(q3, "clients_by_employment_status", "sick_leave"), 0);
    QCOMPARE(cell(q3, "clients_by_employment_status", "erased"), 2);
    QCOMPARE(cell(q3, "clients_by_age_band", "30-39"), 1); // the age band stays
    QCOMPARE(cell(q3, "clients_by_age_band", "50-59"), 1);
    QCOMPARE(cell(q3, "overview", "clients_consulted"), 4);
    // Each of the three tables says why.
    for (const QString &tableId : moving)
        QVERIFY(q3.table(tableId)->definition().contains(QStringLiteral("erased")));

    // An erasure made by an earlier version kept the disease group and the
    // employment status: the erased are still counted on their line only.
    f.exec(QStringLiteral("UPDATE clients SET employment_status = 'student' WHERE id = ?"), {id.c3});
    f.condition(id.c3, QStringLiteral("mental"));
    const Report old = compute(t, "2026Q3");
    QCOMPARE(flatten(old), flatten(q3));
}

void TestStatFigures::metadataAndCancel()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    build(f);
    const Report r = compute(t, "2026Q3");
    QCOMPARE(r.metadata.periodCode, QStringLiteral("2026Q3"));
    QCOMPARE(r.metadata.periodKind, QStringLiteral("quarter"));
    QCOMPARE(r.metadata.generatedAtMs, t.clock().nowMs());
    QCOMPARE(r.metadata.applicationVersion, QStringLiteral(TSUNAGU_VERSION));
    QCOMPARE(r.metadata.schemaVersion, t.db().schemaVersion());
    QVERIFY(!r.metadata.population.isEmpty());
    for (const Table &table : r.tables)
        QVERIFY2(!table.definition().isEmpty(), qPrintable(table.id()));

    int calls = 0;
    auto cancelled = Statistics(t.session()).compute(*Period::parse(QStringLiteral("2026Q3")), [&](int done, int total) {
        ++calls;
        return done < total / 2;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY(calls > 0);
}

QTEST_GUILESS_MAIN(TestStatFigures)
#include "tst_stat_figures.moc"
