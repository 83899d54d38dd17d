// SPDX-License-Identifier: GPL-3.0-or-later
// The start page's work lists (UI.md, 今日): what is due, for whom, and that
// people who are erased or under stop-use never appear.
#include "TestSupport.h"

#include "privacy/ConsentRegistry.h"
#include "privacy/Erasure.h"
#include "repo/AgencyRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "worklist/TodayList.h"

#include <QTest>

using namespace tsunagu;
using worklist::TodayList;
using worklist::WorkItem;
using worklist::WorkKind;

namespace {

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("setup failed (%s): %s", what, qPrintable(result.error().message));
    return std::move(*result);
}

void must(Status status, const char *what)
{
    if (!status)
        qFatal("setup failed (%s): %s", what, qPrintable(status.error().message));
}

QList<qint64> ids(const QList<WorkItem> &items)
{
    QList<qint64> all;
    for (const WorkItem &item : items)
        all << item.recordId;
    return all;
}

constexpr qint64 day = 24 * 60 * 60 * 1000;

} // namespace

class TestTodayList : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void expiringConsentsWithinThePeriod();
    void withdrawnOrFutureConsentsAreNotListed();
    void unansweredReferralsAfterNDays();
    void milestonesDueUpToAWeekAhead();
    void quietCasesWithoutConsultation();
    void followUpsScheduledForToday();
    void stopUseAndErasedNeverAppear_data();
    void stopUseAndErasedNeverAppear();
    void negativeDaysAreRefused();

private:
    qint64 addClient(const QString &name, const QString &kana);
    qint64 addConsent(
        qint64 clientId, QDate from, QDate until, privacy::ConsentKind kind = privacy::ConsentKind::Disclosure);
    qint64 addCase(qint64 clientId, QDate openedOn);
    qint64 addConsultation(qint64 clientId, qint64 at, std::optional<QDate> followUp = std::nullopt);
    qint64 sendReferral(qint64 clientId, qint64 sentAt);
    // Fills every list with one item of `clientId`.
    void fillEveryList(qint64 clientId);

    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_agency = 0;
};

void TestTodayList::init()
{
    m_t = std::make_unique<test::TempDatabase>(); // now: 2026-11-20 10:00 JST
    Agency a;
    a.name = QStringLiteral("ハローワーク糸島");
    a.kind = AgencyKind::HelloWork;
    m_agency = must(AgencyRepository(m_t->session()).create(a), "agency");
}

void TestTodayList::cleanup()
{
    m_t.reset();
}

qint64 TestTodayList::addClient(const QString &name, const QString &kana)
{
    Client c;
    c.name = name;
    c.nameKana = kana;
    return must(ClientRepository(m_t->session()).create(c), "client");
}

qint64 TestTodayList::addConsent(qint64 clientId, QDate from, QDate until, privacy::ConsentKind kind)
{
    privacy::ConsentInput in;
    in.clientId = clientId;
    in.kind = kind;
    if (kind == privacy::ConsentKind::Disclosure) {
        in.purposes = { Purpose::Referral };
        in.recipients
            = { privacy::ConsentRecipient::agency(m_agency), privacy::ConsentRecipient::kind(AgencyKind::Hospital) };
        in.categories = { DataCategory::Identity };
    }
    in.validFrom = from;
    in.validUntil = until;
    return must(privacy::ConsentRegistry(m_t->session()).record(in), "consent");
}

qint64 TestTodayList::addCase(qint64 clientId, QDate openedOn)
{
    SupportCase c;
    c.clientId = clientId;
    c.goal = CaseGoal::ReturnToWork;
    c.stage = CaseStage::Working;
    c.openedOn = openedOn;
    return must(CaseRepository(m_t->session()).create(c), "case");
}

qint64 TestTodayList::addConsultation(qint64 clientId, qint64 at, std::optional<QDate> followUp)
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = at;
    c.durationMin = 30;
    c.channel = Channel::Phone;
    c.notes = QStringLiteral("電話で近況を聞いた");
    c.nextSteps = QStringLiteral("主治医の意見書を確認する");
    c.followUpOn = followUp;
    return must(ConsultationRepository(m_t->session()).create(c), "consultation");
}

qint64 TestTodayList::sendReferral(qint64 clientId, qint64 sentAt)
{
    ReferralRepository referrals(m_t->session());
    Referral r;
    r.clientId = clientId;
    r.agencyId = m_agency;
    r.categories = { DataCategory::Identity };
    const qint64 id = must(referrals.create(r, sentAt), "referral");
    must(referrals.addEvent(id, ReferralStatus::Sent, sentAt), "sent");
    return id;
}

void TestTodayList::fillEveryList(qint64 clientId)
{
    addConsent(clientId, QDate(2026, 1, 1), QDate(2026, 12, 1));
    sendReferral(clientId, m_t->clock().nowMs() - 30 * day);
    const qint64 caseId = addCase(clientId, QDate(2026, 1, 10));
    CaseMilestone m;
    m.caseId = caseId;
    m.kind = MilestoneKind::Retention3m;
    m.dueOn = QDate(2026, 11, 18);
    must(CaseRepository(m_t->session()).addMilestone(m), "milestone");
    addConsultation(clientId, m_t->clock().nowMs() - 60 * day, QDate(2026, 11, 20));
}

void TestTodayList::expiringConsentsWithinThePeriod()
{
    const qint64 yamada = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 soon = addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 12, 10));
    const qint64 today = addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 11, 20));
    const qint64 edge = addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 12, 20)); // exactly 30 days
    addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 12, 21)); // 31 days: not yet
    addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 11, 19)); // over already
    const qint64 health
        = addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 11, 30), privacy::ConsentKind::HealthAcquisition);

    const auto items = must(TodayList(m_t->session()).expiringConsents(30), "list");
    QCOMPARE(ids(items), (QList<qint64> { today, health, soon, edge }));
    QCOMPARE(items.at(0).days, 0);
    QCOMPARE(items.at(0).date, QDate(2026, 11, 20));
    QCOMPARE(items.at(2).days, 20);
    QCOMPARE(items.at(2).clientName, QStringLiteral("山田 太郎"));
    QCOMPARE(items.at(2).clientKana, QStringLiteral("やまだ たろう"));
    QVERIFY(items.at(2).subject.contains(QStringLiteral("ハローワーク糸島")));
    QVERIFY(items.at(2).subject.contains(QStringLiteral("Hospital")));
    QVERIFY(!items.at(2).healthConsent);
    QVERIFY(items.at(1).healthConsent);
    QVERIFY(items.at(1).subject.isEmpty());
}

void TestTodayList::withdrawnOrFutureConsentsAreNotListed()
{
    const qint64 yamada = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 withdrawn = addConsent(yamada, QDate(2026, 1, 1), QDate(2026, 12, 1));
    must(privacy::ConsentRegistry(m_t->session()).withdraw(withdrawn, QStringLiteral("本人の申し出")), "withdraw");
    addConsent(yamada, QDate(2026, 11, 25), QDate(2026, 12, 1)); // not started yet
    QVERIFY(must(TodayList(m_t->session()).expiringConsents(30), "list").isEmpty());
}

void TestTodayList::unansweredReferralsAfterNDays()
{
    const qint64 yamada = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 now = m_t->clock().nowMs();
    const qint64 old = sendReferral(yamada, now - 20 * day);
    const qint64 older = sendReferral(yamada, now - 40 * day);
    sendReferral(yamada, now - 3 * day); // too recent
    const qint64 answered = sendReferral(yamada, now - 30 * day);
    must(ReferralRepository(m_t->session()).addEvent(answered, ReferralStatus::Accepted, now - day), "accepted");

    const auto items = must(TodayList(m_t->session()).unansweredReferrals(14), "list");
    QCOMPARE(ids(items), (QList<qint64> { older, old }));
    QCOMPARE(items.at(0).days, 40);
    QCOMPARE(items.at(0).subject, QStringLiteral("ハローワーク糸島"));
    QCOMPARE(items.at(0).date, QDate(2026, 10, 11));
    QCOMPARE(items.at(0).clientName, QStringLiteral("山田 太郎"));
}

void TestTodayList::milestonesDueUpToAWeekAhead()
{
    const qint64 yamada = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 caseId = addCase(yamada, QDate(2026, 1, 10));
    CaseRepository cases(m_t->session());
    const QList<qint64> checks = must(cases.scheduleRetentionChecks(caseId, QDate(2026, 8, 20)), "schedule");
    // Job start 8/20, 1 month 9/20, 3 months 11/20 (today), 6 months 2027-02-20, 12 months 2027-08-20.
    CaseMilestone done = must(cases.milestone(checks.at(1)), "1 month");
    done.doneOn = QDate(2026, 9, 21);
    done.result = MilestoneResult::Achieved;
    must(cases.updateMilestone(done, QStringLiteral("確認済み")), "done");
    CaseMilestone soon;
    soon.caseId = caseId;
    soon.kind = MilestoneKind::Other;
    soon.dueOn = QDate(2026, 11, 27); // a week ahead
    const qint64 soonId = must(cases.addMilestone(soon), "soon");
    soon.dueOn = QDate(2026, 11, 28); // eight days: not yet
    must(cases.addMilestone(soon), "later");

    const auto items = must(TodayList(m_t->session()).milestonesDue(7), "list");
    QCOMPARE(ids(items), (QList<qint64> { checks.at(0), checks.at(2), soonId }));
    QCOMPARE(items.at(1).milestone, MilestoneKind::Retention3m);
    QCOMPARE(items.at(1).days, 0);
    QCOMPARE(items.at(0).days, 92); // the job start, never marked done
    QCOMPARE(items.at(2).days, -7);
    QCOMPARE(items.at(1).caseId, caseId);
    QCOMPARE(items.at(1).goal, CaseGoal::ReturnToWork);
    QCOMPARE(items.at(1).clientId, yamada);
}

void TestTodayList::quietCasesWithoutConsultation()
{
    const qint64 now = m_t->clock().nowMs();
    const qint64 quiet = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 busy = addClient(QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"));
    const qint64 fresh = addClient(QStringLiteral("中村 一郎"), QStringLiteral("なかむら いちろう"));
    const qint64 never = addClient(QStringLiteral("佐藤 健一"), QStringLiteral("さとう けんいち"));
    const qint64 quietCase = addCase(quiet, QDate(2026, 5, 1));
    addConsultation(quiet, now - 45 * day);
    addCase(busy, QDate(2026, 5, 1));
    addConsultation(busy, now - 45 * day);
    addConsultation(busy, now - 2 * day);
    addCase(fresh, QDate(2026, 11, 10)); // opened ten days ago, no consultation yet
    const qint64 neverCase = addCase(never, QDate(2026, 9, 1));

    const auto items = must(TodayList(m_t->session()).quietCases(30), "list");
    QCOMPARE(ids(items), (QList<qint64> { neverCase, quietCase }));
    QVERIFY(items.at(0).noConsultationYet);
    QCOMPARE(items.at(0).date, QDate(2026, 9, 1));
    QCOMPARE(items.at(0).days, 80);
    QCOMPARE(items.at(1).days, 45);
    QVERIFY(!items.at(1).noConsultationYet);
}

void TestTodayList::followUpsScheduledForToday()
{
    const qint64 now = m_t->clock().nowMs();
    const qint64 yamada = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 tanaka = addClient(QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"));
    const qint64 due = addConsultation(yamada, now - 7 * day, QDate(2026, 11, 20));
    addConsultation(yamada, now - 6 * day, QDate(2026, 11, 21)); // tomorrow
    addConsultation(tanaka, now - 7 * day, QDate(2026, 11, 20));
    addConsultation(tanaka, now - 60 * 60 * 1000); // done: called again this morning

    const auto items = must(TodayList(m_t->session()).followUpsToday(), "list");
    QCOMPARE(ids(items), QList<qint64> { due });
    QCOMPARE(items.at(0).subject, QStringLiteral("主治医の意見書を確認する"));
    QCOMPARE(items.at(0).date, QDate(2026, 11, 20));
}

void TestTodayList::stopUseAndErasedNeverAppear_data()
{
    QTest::addColumn<bool>("erase");
    QTest::newRow("stop-use") << false;
    QTest::newRow("erased") << true;
}

void TestTodayList::stopUseAndErasedNeverAppear()
{
    QFETCH(bool, erase);
    const qint64 shown = addClient(QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    const qint64 hidden = addClient(QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"));
    fillEveryList(shown);
    fillEveryList(hidden);
    const TodayList today(m_t->session());
    const worklist::TodayOptions options;
    for (int k = 0; k < worklist::workKindCount; ++k)
        QCOMPARE(must(today.list(WorkKind(k), options), "before").size(), 2);

    if (erase) {
        must(privacy::Erasure(m_t->session()).erase(hidden, QStringLiteral("本人の請求")), "erase");
    } else {
        Client c = must(ClientRepository(m_t->session()).get(hidden), "get");
        c.stopUse = true;
        must(ClientRepository(m_t->session()).update(c, QStringLiteral("本人の申し出により利用停止")), "stop use");
    }
    for (int k = 0; k < worklist::workKindCount; ++k) {
        const auto items = must(today.list(WorkKind(k), options), "after");
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).clientId, shown);
    }
}

void TestTodayList::negativeDaysAreRefused()
{
    const TodayList today(m_t->session());
    QCOMPARE(today.expiringConsents(-1).error().code, ErrorCode::Invalid);
    QCOMPARE(today.unansweredReferrals(-1).error().code, ErrorCode::Invalid);
    QCOMPARE(today.milestonesDue(-1).error().code, ErrorCode::Invalid);
    QCOMPARE(today.quietCases(-1).error().code, ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestTodayList)
#include "tst_today_list.moc"
