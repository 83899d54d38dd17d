// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/CaseRepository.h"
#include "repo/RevisionHistory.h"

#include <functional>

using namespace tsunagu;

namespace {
using Mutate = std::function<void(SupportCase &)>;

SupportCase sample(qint64 clientId, qint64 staffId)
{
    SupportCase c;
    c.clientId = clientId;
    c.goal = CaseGoal::Job;
    c.stage = CaseStage::Assessment;
    c.openedOn = QDate(2026, 4, 1);
    c.nextFollowUp = QDate(2026, 12, 1);
    c.note = QStringLiteral("週3日・短時間からの就労を希望。\n通院日は火曜。");
    c.staffId = staffId;
    return c;
}

QList<QDate> dueDates(const QList<CaseMilestone> &milestones)
{
    QList<QDate> out;
    for (const CaseMilestone &m : milestones)
        out << m.dueOn.value_or(QDate());
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestCases : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void closesWithOutcomeAndScore();
    void refusesBadInput_data();
    void refusesBadInput();
    void closedBeforeOpenedSaysWhy();
    void storesSqlAsText();
    void keepsRevisionOnUpdate();
    void retentionDueDates_data();
    void retentionDueDates();
    void retentionNotScheduledTwice();
    void milestoneResultNeedsDoneDate();
    void milestoneUpdateKeepsRevision();
    void refusesUnknownCaseOrErasedClient();
};

void TestCases::roundTrip()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    CaseRepository repo(t.session());
    auto id = repo.create(sample(client, t.staffId()));
    VERIFY_OK(id);
    auto back = repo.get(*id);
    VERIFY_OK(back);
    const SupportCase expected = sample(client, t.staffId());
    QCOMPARE(back->clientId, client);
    QCOMPARE(back->goal, CaseGoal::Job);
    QCOMPARE(back->stage, CaseStage::Assessment);
    QCOMPARE(back->openedOn, expected.openedOn);
    QVERIFY(!back->closedOn);
    QVERIFY(!back->outcome);
    QVERIFY(!back->experienceScore);
    QCOMPARE(back->nextFollowUp, expected.nextFollowUp);
    QCOMPARE(back->note, expected.note);
    QCOMPARE(back->staffId, std::optional<qint64>(t.staffId()));
    QCOMPARE(back->version, 1);

    SupportCase second = sample(client, t.staffId());
    second.openedOn = QDate(2026, 9, 1);
    second.goal = CaseGoal::ReturnToWork;
    second.staffId.reset();
    auto secondId = repo.create(second);
    VERIFY_OK(secondId);
    auto all = repo.forClient(client);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, *secondId); // newest opened first
    QVERIFY(!all->first().staffId);
}

void TestCases::closesWithOutcomeAndScore()
{
    test::TempDatabase t;
    SupportCase c = sample(test::addClient(t), t.staffId());
    c.stage = CaseStage::Closed;
    c.closedOn = QDate(2026, 10, 31);
    c.outcome = CaseOutcome::Employed;
    c.experienceScore = 5;
    auto id = CaseRepository(t.session()).create(c);
    VERIFY_OK(id);
    auto back = CaseRepository(t.session()).get(*id);
    QCOMPARE(back->closedOn, std::optional<QDate>(QDate(2026, 10, 31)));
    QCOMPARE(back->outcome, std::optional<CaseOutcome>(CaseOutcome::Employed));
    QCOMPARE(back->experienceScore, std::optional<int>(5));

    c.closedOn = c.openedOn; // closing on the day it opened is fine
    VERIFY_OK(CaseRepository(t.session()).create(c));
}

void TestCases::refusesBadInput_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("no opening date") << Mutate([](SupportCase &c) { c.openedOn = QDate(); }) << "opened_on";
    QTest::newRow("closed before opened") << Mutate([](SupportCase &c) {
        c.stage = CaseStage::Closed;
        c.closedOn = c.openedOn.addDays(-1);
    }) << "closed_on";
    QTest::newRow("closed stage without date") << Mutate([](SupportCase &c) { c.stage = CaseStage::Closed; })
                                               << "closed_on";
    QTest::newRow("closing date on an open stage")
        << Mutate([](SupportCase &c) { c.closedOn = c.openedOn.addDays(10); }) << "stage";
    QTest::newRow("invalid closing date") << Mutate([](SupportCase &c) {
        c.stage = CaseStage::Closed;
        c.closedOn = QDate(2026, 2, 30);
    }) << "closed_on";
    QTest::newRow("score 0") << Mutate([](SupportCase &c) { c.experienceScore = 0; }) << "experience_score";
    QTest::newRow("score 6") << Mutate([](SupportCase &c) { c.experienceScore = 6; }) << "experience_score";
    QTest::newRow("unknown goal") << Mutate([](SupportCase &c) { c.goal = static_cast<CaseGoal>(12); }) << "goal";
    QTest::newRow("unknown stage") << Mutate([](SupportCase &c) { c.stage = static_cast<CaseStage>(7); }) << "stage";
    QTest::newRow("unknown outcome") << Mutate([](SupportCase &c) { c.outcome = static_cast<CaseOutcome>(99); })
                                     << "outcome";
    QTest::newRow("follow-up before opening")
        << Mutate([](SupportCase &c) { c.nextFollowUp = c.openedOn.addDays(-1); }) << "next_follow_up";
    QTest::newRow("unknown staff") << Mutate([](SupportCase &c) { c.staffId = 999; }) << "staff_id";
    QTest::newRow("control character in note")
        << Mutate([](SupportCase &c) { c.note = QStringLiteral("a\u0008b"); }) << "note";
    QTest::newRow("overlong note") << Mutate([](SupportCase &c) { c.note = QString(20001, QChar(u'n')); }) << "note";
}

void TestCases::refusesBadInput()
{
    QFETCH(Mutate, mutate);
    QFETCH(QString, field);
    test::TempDatabase t;
    SupportCase c = sample(test::addClient(t), t.staffId());
    mutate(c);
    auto id = CaseRepository(t.session()).create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("support_cases")), 0);
    QCOMPARE(CaseRepository(t.session()).validate(c).error().field, field);
}

void TestCases::closedBeforeOpenedSaysWhy()
{
    test::TempDatabase t;
    SupportCase c = sample(test::addClient(t), t.staffId());
    c.stage = CaseStage::Closed;
    c.closedOn = QDate(2026, 3, 31);
    auto id = CaseRepository(t.session()).create(c);
    QVERIFY(!id);
    QVERIFY2(id.error().message.contains(QStringLiteral("2026-03-31"))
                 && id.error().message.contains(QStringLiteral("2026-04-01")),
             qPrintable(id.error().message));
}

void TestCases::storesSqlAsText()
{
    test::TempDatabase t;
    SupportCase c = sample(test::addClient(t), t.staffId());
    c.note = QStringLiteral("'); UPDATE support_cases SET stage='closed'; --");
    auto id = CaseRepository(t.session()).create(c);
    VERIFY_OK(id);
    auto back = CaseRepository(t.session()).get(*id);
    QCOMPARE(back->note, c.note);
    QCOMPARE(back->stage, CaseStage::Assessment);
}

void TestCases::keepsRevisionOnUpdate()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    CaseRepository repo(t.session());
    auto id = repo.create(sample(client, t.staffId()));
    auto c = repo.get(*id);
    c->stage = CaseStage::Closed;
    c->closedOn = QDate(2026, 11, 20);
    c->outcome = CaseOutcome::Employed;
    c->experienceScore = 4;
    t.clock().advance(3600 * 1000);
    QCOMPARE(repo.update(*c, QString()).error().field, QStringLiteral("reason"));
    auto changed = repo.update(*c, QStringLiteral("就職により終結"));
    VERIFY_OK(changed);
    QCOMPARE(*changed, 4);
    auto history = RevisionHistory(t.session()).forClient(client);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    const Revision &r = history->first();
    QCOMPARE(r.entity, QStringLiteral("support_cases"));
    QCOMPARE(r.entityId, *id);
    QCOMPARE(r.reason, QStringLiteral("就職により終結"));
    QCOMPARE(r.oldValues.value(QStringLiteral("stage")).toString(), QStringLiteral("assessment"));
    QVERIFY(r.oldValues.value(QStringLiteral("closed_on")).isNull());
    QCOMPARE(r.newValues.value(QStringLiteral("closed_on")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(r.newValues.value(QStringLiteral("experience_score")).toInt(), 4);

    c = repo.get(*id);
    c->closedOn = QDate(2026, 1, 1);
    auto refused = repo.update(*c, QStringLiteral("日付訂正"));
    QCOMPARE(refused.error().field, QStringLiteral("closed_on"));
    QCOMPARE(repo.get(*id)->closedOn, std::optional<QDate>(QDate(2026, 11, 20)));
}

void TestCases::retentionDueDates_data()
{
    QTest::addColumn<QDate>("jobStart");
    QTest::addColumn<QList<QDate>>("due");
    QTest::newRow("end of January") << QDate(2026, 1, 31)
                                    << QList<QDate>{QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 4, 30),
                                                    QDate(2026, 7, 31), QDate(2027, 1, 31)};
    QTest::newRow("leap day") << QDate(2028, 2, 29)
                              << QList<QDate>{QDate(2028, 2, 29), QDate(2028, 3, 29), QDate(2028, 5, 29),
                                              QDate(2028, 8, 29), QDate(2029, 2, 28)};
    QTest::newRow("August 31st") << QDate(2026, 8, 31)
                                 << QList<QDate>{QDate(2026, 8, 31), QDate(2026, 9, 30), QDate(2026, 11, 30),
                                                 QDate(2027, 2, 28), QDate(2027, 8, 31)};
    QTest::newRow("mid-month across the year") << QDate(2026, 11, 15)
                                               << QList<QDate>{QDate(2026, 11, 15), QDate(2026, 12, 15),
                                                               QDate(2027, 2, 15), QDate(2027, 5, 15),
                                                               QDate(2027, 11, 15)};
}

void TestCases::retentionDueDates()
{
    QFETCH(QDate, jobStart);
    QFETCH(QList<QDate>, due);
    test::TempDatabase t;
    CaseRepository repo(t.session());
    auto caseId = repo.create(sample(test::addClient(t), t.staffId()));
    VERIFY_OK(caseId);
    auto ids = repo.scheduleRetentionChecks(*caseId, jobStart);
    VERIFY_OK(ids);
    QCOMPARE(ids->size(), 5);
    auto milestones = repo.milestones(*caseId);
    VERIFY_OK(milestones);
    QCOMPARE(dueDates(*milestones), due);
    const QList<MilestoneKind> kinds{MilestoneKind::JobStart, MilestoneKind::Retention1m, MilestoneKind::Retention3m,
                                     MilestoneKind::Retention6m, MilestoneKind::Retention12m};
    for (int i = 0; i < kinds.size(); ++i) {
        QCOMPARE(milestones->at(i).kind, kinds.at(i));
        QCOMPARE(milestones->at(i).id, ids->at(i));
        QVERIFY(!milestones->at(i).doneOn);
    }
}

void TestCases::retentionNotScheduledTwice()
{
    test::TempDatabase t;
    CaseRepository repo(t.session());
    auto caseId = repo.create(sample(test::addClient(t), t.staffId()));
    VERIFY_OK(repo.scheduleRetentionChecks(*caseId, QDate(2026, 5, 1)));
    auto twice = repo.scheduleRetentionChecks(*caseId, QDate(2026, 6, 1));
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(test::countRows(t, QStringLiteral("case_milestones")), 5);
    QCOMPARE(repo.scheduleRetentionChecks(*caseId, QDate()).error().field, QStringLiteral("job_start"));

    // Once every check is done (e.g. the job ended), a new job start can be scheduled.
    const auto scheduled = repo.milestones(*caseId);
    VERIFY_OK(scheduled);
    for (CaseMilestone m : *scheduled) {
        m.doneOn = m.dueOn;
        m.result = MilestoneResult::Achieved;
        VERIFY_OK(repo.updateMilestone(m, QStringLiteral("確認済み")));
    }
    VERIFY_OK(repo.scheduleRetentionChecks(*caseId, QDate(2027, 6, 1)));
    QCOMPARE(test::countRows(t, QStringLiteral("case_milestones")), 10);
}

void TestCases::milestoneResultNeedsDoneDate()
{
    test::TempDatabase t;
    CaseRepository repo(t.session());
    auto caseId = repo.create(sample(test::addClient(t), t.staffId()));
    CaseMilestone m;
    m.caseId = *caseId;
    m.kind = MilestoneKind::ReturnToWork;
    m.dueOn = QDate(2026, 12, 1);
    m.result = MilestoneResult::Achieved;
    auto refused = repo.addMilestone(m);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("done_on"));
    m.kind = static_cast<MilestoneKind>(50);
    m.doneOn = QDate(2026, 12, 2);
    QCOMPARE(repo.addMilestone(m).error().field, QStringLiteral("kind"));
    m.kind = MilestoneKind::ReturnToWork;
    m.result = static_cast<MilestoneResult>(3);
    QCOMPARE(repo.addMilestone(m).error().field, QStringLiteral("result"));
    QCOMPARE(test::countRows(t, QStringLiteral("case_milestones")), 0);
    m.result = MilestoneResult::Achieved;
    auto id = repo.addMilestone(m);
    VERIFY_OK(id);
    auto back = repo.milestone(*id);
    QCOMPARE(back->result, std::optional<MilestoneResult>(MilestoneResult::Achieved));
    QCOMPARE(back->doneOn, std::optional<QDate>(QDate(2026, 12, 2)));
}

void TestCases::milestoneUpdateKeepsRevision()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    CaseRepository repo(t.session());
    auto caseId = repo.create(sample(client, t.staffId()));
    auto ids = repo.scheduleRetentionChecks(*caseId, QDate(2026, 10, 1));
    VERIFY_OK(ids);
    auto m = repo.milestone(ids->at(1));
    m->doneOn = QDate(2026, 11, 2);
    m->result = MilestoneResult::Achieved;
    m->note = QStringLiteral("本人・職場とも順調");
    t.clock().advance(1000);
    VERIFY_OK(repo.updateMilestone(*m, QStringLiteral("1か月定着確認")));
    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("case_milestones"), ids->at(1));
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().newValues.value(QStringLiteral("result")).toString(), QStringLiteral("achieved"));
    QCOMPARE(RevisionHistory(t.session()).forClient(client)->size(), 1);

    m = repo.milestone(ids->at(1));
    m->caseId = *repo.create(sample(client, t.staffId()));
    QCOMPARE(repo.updateMilestone(*m, QStringLiteral("付け替え")).error().field, QStringLiteral("case_id"));
}

void TestCases::refusesUnknownCaseOrErasedClient()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    CaseRepository repo(t.session());
    QCOMPARE(repo.create(sample(client + 5, t.staffId())).error().code, ErrorCode::NotFound);
    CaseMilestone m;
    m.caseId = 4242;
    QCOMPARE(repo.addMilestone(m).error().field, QStringLiteral("case_id"));
    QCOMPARE(repo.scheduleRetentionChecks(4242, QDate(2026, 1, 1)).error().code, ErrorCode::NotFound);
    auto caseId = repo.create(sample(client, t.staffId()));
    VERIFY_OK(caseId);
    test::markErased(t, client);
    QCOMPARE(repo.scheduleRetentionChecks(*caseId, QDate(2026, 1, 1)).error().code, ErrorCode::Refused);
    auto c = repo.get(*caseId);
    c->note = QStringLiteral("x");
    QCOMPARE(repo.update(*c, QStringLiteral("x")).error().code, ErrorCode::Refused);
    QCOMPARE(test::countRows(t, QStringLiteral("case_milestones")), 0);
}

QTEST_GUILESS_MAIN(TestCases)
#include "tst_cases.moc"
