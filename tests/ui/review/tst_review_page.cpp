// SPDX-License-Identifier: GPL-3.0-or-later
// 確認待ち: supervisors review disclosures made under a legal exception;
// everyone else is told the page is for supervisors.
#include "UiWorld.h"

#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/review/ReviewPage.h"
#include "ui/review/ReviewQueueModel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::ReviewPage;
using tsunagu::ui::ReviewQueueModel;

class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notForCoordinators();
    void supervisorApproves();
    void questioningNeedsANote();
    void emptyQueueSaysSo();
    void mainWindowShowsThePage();
    void modelIsSound();

private:
    qint64 shareUnderException(const QString &justification);

    std::unique_ptr<test::UiWorld> m_world;
};

void TestReviewPage::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestReviewPage::init()
{
    m_world = std::make_unique<test::UiWorld>();
}

void TestReviewPage::cleanup()
{
    m_world.reset();
}

qint64 TestReviewPage::shareUnderException(const QString &justification)
{
    privacy::DisclosureRequest request;
    request.clientId = m_world->client;
    request.recipient = privacy::Recipient::agency(m_world->hospital);
    request.purpose = Purpose::MedicalCoordination;
    request.categories = { DataCategory::Identity, DataCategory::Health };
    request.exception = privacy::ExceptionClaim { StatutoryException::LifeBodyProperty, justification };
    return test::must(privacy::DisclosureGate(m_world->session()).release(request), "release").disclosureId();
}

void TestReviewPage::notForCoordinators()
{
    shareUnderException(QStringLiteral("救急搬送先の病院からの照会"));
    ReviewPage page(m_world->session()); // the coordinator
    QVERIFY(test::showActive(page));
    QVERIFY(!page.isForSupervisor());
    QVERIFY(page.notForYouLabel()->isVisible());
    QVERIFY(page.notForYouLabel()->text().contains(QStringLiteral("for supervisors")));
    QVERIFY(!page.view()->isVisible());
    QCOMPARE(page.model()->rowCount(), 0); // not even loaded
}

void TestReviewPage::supervisorApproves()
{
    const qint64 first = shareUnderException(QStringLiteral("救急搬送先の病院からの照会"));
    const qint64 second = shareUnderException(QStringLiteral("本人と連絡が取れず、生命の危険がある"));
    ReviewPage page(m_world->supervisor());
    QVERIFY(test::showActive(page));
    QVERIFY(page.isForSupervisor());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->index(0, ReviewQueueModel::JustificationColumn).data().toString(),
        QStringLiteral("救急搬送先の病院からの照会"));
    QCOMPARE(page.model()->index(0, ReviewQueueModel::GroundColumn).data().toString(),
        QStringLiteral("Protection of life, body or property"));
    QVERIFY(
        page.model()->index(0, ReviewQueueModel::ClientColumn).data().toString().contains(QStringLiteral("山田 花子")));
    QCOMPARE(page.model()->index(0, ReviewQueueModel::StaffColumn).data().toString(), QStringLiteral("中村"));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("reviewDetails"))->text().contains(QStringLiteral("Health")));

    typeText(page.noteEdit(), QStringLiteral("妥当"));
    QTest::mouseClick(page.approveButton(), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->index(0, 0).data(ReviewQueueModel::IdRole).toLongLong(), second);
    QVERIFY(page.messageLabel()->text().contains(QString::number(first)));
    const auto records
        = test::must(privacy::DisclosureLog(m_world->supervisor()).forClient(m_world->client, true), "log");
    for (const privacy::DisclosureRecord &r : records) {
        if (r.id == first)
            QCOMPARE(r.reviewVerdict, QStringLiteral("approved"));
        else
            QVERIFY(!r.reviewVerdict);
    }
}

void TestReviewPage::questioningNeedsANote()
{
    const qint64 id = shareUnderException(QStringLiteral("照会があったため"));
    ReviewPage page(m_world->supervisor());
    QVERIFY(test::showActive(page));
    QTest::mouseClick(page.questionButton(), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 1); // nothing recorded without a note
    QVERIFY(page.messageLabel()->isVisible());
    QVERIFY(page.noteEdit()->hasFocus());
    typeText(page.noteEdit(), QStringLiteral("生命の危険の根拠が不十分。経緯を記録してください"));
    QTest::mouseClick(page.questionButton(), Qt::LeftButton);
    QCOMPARE(page.model()->rowCount(), 0);
    const auto records
        = test::must(privacy::DisclosureLog(m_world->supervisor()).forClient(m_world->client, true), "log");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().id, id);
    QCOMPARE(records.first().reviewVerdict, QStringLiteral("questioned"));
}

void TestReviewPage::emptyQueueSaysSo()
{
    ReviewPage page(m_world->supervisor());
    QVERIFY(test::showActive(page));
    QLabel *empty = page.findChild<QLabel *>(QStringLiteral("reviewEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(!page.approveButton()->isEnabled());
}

void TestReviewPage::mainWindowShowsThePage()
{
    ui::MainWindow window(m_world->session());
    window.showSection(ui::Section::Review);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QVERIFY(qobject_cast<ReviewPage *>(pages->currentWidget()));
}

void TestReviewPage::modelIsSound()
{
    shareUnderException(QStringLiteral("一つ目"));
    ReviewPage page(m_world->supervisor());
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    shareUnderException(QStringLiteral("二つ目"));
    page.reload();
    QCOMPARE(page.model()->rowCount(), 2);
    page.approveSelected();
    QCOMPARE(page.model()->rowCount(), 1);
}

QTEST_MAIN(TestReviewPage)
#include "tst_review_page.moc"
