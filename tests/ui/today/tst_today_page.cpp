// SPDX-License-Identifier: GPL-3.0-or-later
// 今日: the start page lists what is due, with counts, each row opening its
// record, and says so kindly when a list is empty.
#include "UiWorld.h"

#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/common/Translations.h"
#include "ui/consents/ConsentListModel.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/ReferralStatusDialog.h"
#include "ui/today/TodayPage.h"
#include "ui/today/WorkListModel.h"
#include "ui/today/WorkListSection.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::TodayPage;
using tsunagu::ui::WorkListSection;
using tsunagu::worklist::WorkKind;

namespace {

QString rowText(WorkListSection *section, int row)
{
    return section->model()->index(row).data().toString();
}

} // namespace

class TestTodayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsDueRetentionCheckAndExpiringConsent();
    void emptyListsSaySoKindly();
    void stopUseClientsDoNotAppear();
    void consentRowOpensTheConsents();
    void referralRowRecordsTheAnswer();
    void daysAreAdjustable();
    void milestoneRowOpensTheClient();
    void modelsAreSound();

private:
    std::unique_ptr<test::UiWorld> m_world;
    qint64 m_caseId = 0;
    qint64 m_consentId = 0;
    qint64 m_referralId = 0;
};

void TestTodayPage::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestTodayPage::init()
{
    test::isolateSettings(); // the days chosen by an earlier test are forgotten
    m_world = std::make_unique<test::UiWorld>();
    const Session s = m_world->session();
    // A job started on 2026-08-20: the 3-month retention check is due today.
    SupportCase c;
    c.clientId = m_world->client;
    c.goal = CaseGoal::ReturnToWork;
    c.stage = CaseStage::Retention;
    c.openedOn = QDate(2026, 4, 1);
    m_caseId = test::must(CaseRepository(s).create(c), "case");
    const QList<qint64> checks
        = test::must(CaseRepository(s).scheduleRetentionChecks(m_caseId, QDate(2026, 8, 20)), "checks");
    for (int i : { 0, 1 }) {
        CaseMilestone done = test::must(CaseRepository(s).milestone(checks.at(i)), "milestone");
        done.doneOn = done.dueOn;
        done.result = MilestoneResult::Achieved;
        test::must(CaseRepository(s).updateMilestone(done, QStringLiteral("確認済み")), "done");
    }
    // A consent ending in 15 days.
    m_consentId = m_world->addConsent(
        m_world->client, m_world->helloWork, { DataCategory::Identity }, QDate(2026, 11, 1), QDate(2026, 12, 5));
    // A referral sent 20 days ago, not answered.
    const ReferralRepository referrals(s);
    Referral r;
    r.clientId = m_world->client;
    r.agencyId = m_world->hospital;
    const qint64 sent = m_world->t.clock().nowMs() - qint64(20) * 24 * 3600 * 1000;
    m_referralId = test::must(referrals.create(r, sent), "referral");
    test::must(referrals.addEvent(m_referralId, ReferralStatus::Sent, sent), "sent");
}

void TestTodayPage::cleanup()
{
    m_world.reset();
}

void TestTodayPage::showsDueRetentionCheckAndExpiringConsent()
{
    TodayPage page(m_world->session());
    page.resize(900, 700);
    QVERIFY(test::showActive(page));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("todayDate"))->text(), QStringLiteral("2026-11-20 (Friday)"));

    WorkListSection *milestones = page.section(WorkKind::MilestoneDue);
    QCOMPARE(milestones->model()->rowCount(), 1);
    QCOMPARE(milestones->titleLabel()->text(), QStringLiteral("Retention checks and milestones due (1)"));
    QCOMPARE(rowText(milestones, 0), QStringLiteral("山田 花子 — Retention check, 3 months — 2026-11-20 (due today)"));
    QVERIFY(milestones->view()->isVisible());
    QVERIFY(!milestones->emptyLabel()->isVisible());

    WorkListSection *consents = page.section(WorkKind::ExpiringConsent);
    QCOMPARE(consents->model()->rowCount(), 1);
    QCOMPARE(consents->titleLabel()->text(), QStringLiteral("Consents ending within 30 days (1)"));
    QCOMPARE(rowText(consents, 0),
        QStringLiteral("山田 花子 — consent to share with ハローワーク糸島 — until 2026-12-05 (15 days left)"));

    WorkListSection *referrals = page.section(WorkKind::UnansweredReferral);
    QCOMPARE(referrals->model()->rowCount(), 1);
    QCOMPARE(
        rowText(referrals, 0), QStringLiteral("山田 花子 → 九州中央病院 — sent 2026-10-31, no answer for 20 days"));
}

void TestTodayPage::emptyListsSaySoKindly()
{
    TodayPage page(m_world->session());
    QVERIFY(test::showActive(page));
    WorkListSection *followUps = page.section(WorkKind::FollowUp);
    QCOMPARE(followUps->model()->rowCount(), 0);
    QCOMPARE(followUps->titleLabel()->text(), QStringLiteral("Follow-ups for today (0)"));
    QVERIFY(followUps->emptyLabel()->isVisible());
    QVERIFY(!followUps->view()->isVisible());
    QCOMPARE(followUps->emptyLabel()->text(), QStringLiteral("No follow-up is planned for today."));
    WorkListSection *quiet = page.section(WorkKind::QuietCase);
    QCOMPARE(quiet->emptyLabel()->text(), QStringLiteral("Every open case has been in touch recently."));
}

void TestTodayPage::stopUseClientsDoNotAppear()
{
    Client c = test::must(ClientRepository(m_world->session()).get(m_world->client), "client");
    c.stopUse = true;
    test::must(ClientRepository(m_world->session()).update(c, QStringLiteral("本人の申し出")), "stop use");
    TodayPage page(m_world->session());
    for (int k = 0; k < worklist::workKindCount; ++k)
        QCOMPARE(page.section(WorkKind(k))->model()->rowCount(), 0);
}

void TestTodayPage::consentRowOpensTheConsents()
{
    TodayPage page(m_world->session());
    QVERIFY(test::showActive(page));
    QListView *view = page.section(WorkKind::ExpiringConsent)->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<ui::ConsentsDialog> dialog = page.findChild<ui::ConsentsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->view()->currentIndex().data(ui::ConsentListModel::IdRole).toLongLong(), m_consentId);
    dialog->reject();
}

void TestTodayPage::referralRowRecordsTheAnswer()
{
    TodayPage page(m_world->session());
    QVERIFY(test::showActive(page));
    QListView *view = page.section(WorkKind::UnansweredReferral)->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<ui::ReferralStatusDialog> dialog = page.findChild<ui::ReferralStatusDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QComboBox *next = dialog->nextStepCombo();
    next->setCurrentIndex(next->findData(static_cast<int>(ReferralStatus::Accepted)));
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QCOMPARE(test::must(ReferralRepository(m_world->session()).get(m_referralId), "referral").status,
        ReferralStatus::Accepted);
    QCOMPARE(page.section(WorkKind::UnansweredReferral)->model()->rowCount(), 0);
}

void TestTodayPage::daysAreAdjustable()
{
    TodayPage page(m_world->session());
    // The last consultation was on 2026-11-02: 18 days ago.
    QCOMPARE(page.section(WorkKind::QuietCase)->model()->rowCount(), 0);
    page.quietDaysBox()->setValue(14);
    QCOMPARE(page.section(WorkKind::QuietCase)->model()->rowCount(), 1);
    QCOMPARE(rowText(page.section(WorkKind::QuietCase), 0),
        QStringLiteral("山田 花子 — Return to work — last consultation 2026-11-02 (18 days ago)"));
    page.unansweredDaysBox()->setValue(21);
    QCOMPARE(page.section(WorkKind::UnansweredReferral)->model()->rowCount(), 0);
}

void TestTodayPage::milestoneRowOpensTheClient()
{
    ui::MainWindow window(m_world->session());
    window.showSection(ui::Section::Today);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    auto *page = qobject_cast<TodayPage *>(pages->currentWidget());
    QVERIFY(page);
    QVERIFY(test::showActive(window));
    QSignalSpy opened(page, &TodayPage::clientActivated);
    QListView *view = page->section(WorkKind::MilestoneDue)->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toLongLong(), m_world->client);
    QCOMPARE(window.currentSection(), ui::Section::Clients);
}

void TestTodayPage::modelsAreSound()
{
    TodayPage page(m_world->session());
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int k = 0; k < worklist::workKindCount; ++k)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            page.section(WorkKind(k))->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
    page.quietDaysBox()->setValue(1);
    page.unansweredDaysBox()->setValue(30);
    page.reload();
    QCOMPARE(page.section(WorkKind::QuietCase)->model()->rowCount(), 1);
}

QTEST_MAIN(TestTodayPage)
#include "tst_today_page.moc"
