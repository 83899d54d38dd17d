// SPDX-License-Identifier: GPL-3.0-or-later
// 紹介 section: the referrals of every client, newest first, by group of
// statuses, with the days each open one has waited, read a page at a time;
// Enter opens the client, Ctrl+R records the referral's next step.
#include "UiWorld.h"

#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/ReferralListModel.h"
#include "ui/referrals/ReferralListPage.h"
#include "ui/referrals/ReferralStatusDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::ReferralListModel;
using tsunagu::ui::ReferralListPage;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

QStringList column(const ReferralListModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

QList<qint64> ids(const ReferralListModel *model)
{
    QList<qint64> all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << model->index(row, 0).data(ReferralListModel::ReferralIdRole).toLongLong();
    return all;
}

} // namespace

class TestReferralListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryReferralNewestFirst();
    void filterByKeyboard();
    void modelIsSoundAndFetchesLazily();
    void enterOpensTheClientInTheMainWindow();
    void ctrlRRecordsTheNextStep();

private:
    // Proposed `daysAgo` days before the clock, then each step a day later.
    qint64 refer(qint64 clientId, qint64 agencyId, int daysAgo, const QList<ReferralStatus> &steps) const;

    std::unique_ptr<test::UiWorld> m_world;
    qint64 m_suzuki = 0; // a second client
    qint64 m_proposed = 0; // 山田 → hospital, proposed 30 days ago
    qint64 m_sent = 0; // 鈴木 → Hello Work, sent 19 days ago
    qint64 m_accepted = 0; // 山田 → employer, accepted 12 days ago
    qint64 m_completed = 0; // 鈴木 → hospital, completed
};

void TestReferralListPage::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestReferralListPage::init()
{
    m_world = std::make_unique<test::UiWorld>(); // the clock: 2026-11-20 10:00
    m_suzuki = m_world->addClient(QStringLiteral("鈴木 一郎"), QStringLiteral("すずき いちろう"));
    m_proposed = refer(m_world->client, m_world->hospital, 30, {});
    m_sent = refer(m_suzuki, m_world->helloWork, 20, { ReferralStatus::Sent });
    m_accepted = refer(m_world->client, m_world->employer, 15, { ReferralStatus::Sent, ReferralStatus::Accepted });
    m_completed = refer(m_suzuki, m_world->hospital, 40,
        { ReferralStatus::Sent, ReferralStatus::Accepted, ReferralStatus::FirstContact, ReferralStatus::Completed });
    // Under stop-use: never on a work list.
    Client stopped;
    stopped.name = QStringLiteral("利用停止 五郎");
    stopped.stopUse = true;
    refer(test::must(ClientRepository(m_world->session()).create(stopped), "stopped"), m_world->hospital, 2, {});
}

void TestReferralListPage::cleanup()
{
    m_world.reset();
}

qint64 TestReferralListPage::refer(
    qint64 clientId, qint64 agencyId, int daysAgo, const QList<ReferralStatus> &steps) const
{
    const ReferralRepository referrals(m_world->session());
    Referral r;
    r.clientId = clientId;
    r.agencyId = agencyId;
    r.purpose = agencyId == m_world->hospital ? Purpose::MedicalCoordination : Purpose::Referral;
    r.categories = { DataCategory::Identity };
    qint64 at = m_world->session().nowMs() - daysAgo * day;
    const qint64 id = test::must(referrals.create(r, at), "referral");
    for (ReferralStatus step : steps) {
        at += day;
        test::must(referrals.addEvent(id, step, at), "step");
    }
    return id;
}

void TestReferralListPage::listsEveryReferralNewestFirst()
{
    ReferralListPage page(m_world->session());
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const ReferralListModel *model = page.model();
    QCOMPARE(page.filterBox()->currentText(), QStringLiteral("All referrals"));
    QCOMPARE(ids(model), (QList<qint64> { m_completed, m_accepted, m_sent, m_proposed }));
    QCOMPARE(column(model, ReferralListModel::ClientColumn),
        (QStringList { QStringLiteral("鈴木 一郎"), QStringLiteral("山田 花子"), QStringLiteral("鈴木 一郎"),
            QStringLiteral("山田 花子") }));
    QCOMPARE(column(model, ReferralListModel::ReadingColumn).at(1), QStringLiteral("やまだ はなこ"));
    QCOMPARE(column(model, ReferralListModel::AgencyColumn),
        (QStringList { QStringLiteral("九州中央病院"), QStringLiteral("株式会社つなぐ物産"),
            QStringLiteral("ハローワーク糸島"), QStringLiteral("九州中央病院") }));
    QCOMPARE(column(model, ReferralListModel::PurposeColumn),
        (QStringList { QStringLiteral("Medical coordination"), QStringLiteral("Referral"), QStringLiteral("Referral"),
            QStringLiteral("Medical coordination") }));
    QCOMPARE(column(model, ReferralListModel::StatusColumn),
        (QStringList { QStringLiteral("Completed"), QStringLiteral("Accepted"), QStringLiteral("Sent"),
            QStringLiteral("Proposed") }));
    QCOMPARE(column(model, ReferralListModel::ProposedColumn),
        (QStringList { QStringLiteral("2026-10-11"), QStringLiteral("2026-11-05"), QStringLiteral("2026-10-31"),
            QStringLiteral("2026-10-21") }));
    QCOMPARE(column(model, ReferralListModel::LastEventColumn),
        (QStringList { QStringLiteral("2026-10-15"), QStringLiteral("2026-11-07"), QStringLiteral("2026-11-01"),
            QStringLiteral("2026-10-21") }));
    // Days since the last step, for open referrals only.
    QCOMPARE(column(model, ReferralListModel::WaitingColumn),
        (QStringList { QString(), QStringLiteral("13"), QStringLiteral("19"), QStringLiteral("30") }));
    QCOMPARE(model->index(2, ReferralListModel::WaitingColumn).data(ReferralListModel::DaysWaitingRole).toInt(), 19);
    QVERIFY(!model->index(0, ReferralListModel::WaitingColumn).data(ReferralListModel::DaysWaitingRole).isValid());
    QVERIFY(model->index(2, ReferralListModel::WaitingColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("19 day")));
    QCOMPARE(page.view()->currentIndex().row(), 0);
    QVERIFY(!page.emptyLabel()->isVisible());
    for (int c = 0; c < ReferralListModel::ColumnCount - 1; ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(
            page.view()->columnWidth(c) >= page.view()->fontMetrics().horizontalAdvance(header), qPrintable(header));
    }
}

void TestReferralListPage::filterByKeyboard()
{
    ReferralListPage page(m_world->session());
    QVERIFY(test::showActive(page));
    QComboBox *filter = page.filterBox();
    filter->setFocus(Qt::TabFocusReason);
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("Open"));
    QCOMPARE(ids(page.model()), (QList<qint64> { m_accepted, m_sent, m_proposed }));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("Awaiting an answer"));
    QCOMPARE(ids(page.model()), QList<qint64> { m_sent });
    QCOMPARE(page.view()->currentIndex().row(), 0);
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("In progress"));
    QCOMPARE(ids(page.model()), (QList<qint64> { m_accepted, m_proposed }));
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("Closed"));
    QCOMPARE(ids(page.model()), QList<qint64> { m_completed });

    // Nothing of a kind: said in a sentence.
    test::UiWorld empty;
    ReferralListPage none(empty.session());
    none.show();
    QVERIFY(QTest::qWaitForWindowExposed(&none));
    QVERIFY(none.emptyLabel()->isVisible());
    QVERIFY(none.emptyLabel()->text().startsWith(QStringLiteral("No referrals yet.")));
    QVERIFY(!none.stepButton()->isEnabled());
}

void TestReferralListPage::modelIsSoundAndFetchesLazily()
{
    for (int i = 0; i < 120; ++i)
        refer(m_suzuki, m_world->helloWork, 10, {});
    ReferralListModel model(m_world->t.db(), m_world->t.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(50);
    model.reload();
    QCOMPARE(model.rowCount(), 50);
    QVERIFY(model.canFetchMore({}) || model.isFetching()); // (the tester may have asked already)
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}) || model.isFetching()) {
        model.fetchMore({});
        QVERIFY(model.isFetching());
        QTRY_VERIFY(!model.isFetching());
    }
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(), 124);
    const QList<qint64> listed = ids(&model);
    QList<qint64> sorted = listed;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(listed, sorted); // newest first, no repeats
    QCOMPARE(QSet<qint64>(listed.begin(), listed.end()).size(), 124);

    model.setFilter(ReferralListFilter::Closed);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.canFetchMore({}));
}

void TestReferralListPage::enterOpensTheClientInTheMainWindow()
{
    ui::MainWindow window(m_world->session());
    QVERIFY(test::showActive(window));
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), ui::Section::Referrals);
    auto *page = window.findChild<ReferralListPage *>();
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->model()->rowCount(), 4);

    for (int i = 0; i < 6 && !page->view()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(page->view()->hasFocus());
    QSignalSpy activated(&window, &ui::MainWindow::clientActivated);
    QTest::keyClick(page->view(), Qt::Key_Down); // 山田 花子 → 株式会社つなぐ物産
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_world->client);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window.clientPage()));
    QCOMPARE(window.clientPage()->clientId(), m_world->client);
}

void TestReferralListPage::ctrlRRecordsTheNextStep()
{
    ReferralListPage page(m_world->session());
    QVERIFY(test::showActive(page));
    page.filterBox()->setCurrentIndex(page.filterBox()->findText(QStringLiteral("Awaiting an answer")));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_R, Qt::ControlModifier);
    QPointer<ui::ReferralStatusDialog> dialog = page.findChild<ui::ReferralStatusDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QComboBox *next = dialog->nextStepCombo();
    next->setCurrentIndex(next->findData(static_cast<int>(ReferralStatus::Accepted)));
    dialog->accept();
    QTRY_VERIFY(!dialog);
    // No longer awaiting an answer: gone from this list.
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QCOMPARE(
        test::must(ReferralRepository(m_world->session()).get(m_sent), "referral").status, ReferralStatus::Accepted);
}

QTEST_MAIN(TestReferralListPage)
#include "tst_referral_list_page.moc"
