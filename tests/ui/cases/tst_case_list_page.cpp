// SPDX-License-Identifier: GPL-3.0-or-later
// 伴走ケース section: the support cases of every client, soonest follow-up
// first, open, closed or all, read a page at a time; Enter opens the client.
#include "../ClientFixtures.h"
#include "TestSupport.h"

#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "ui/cases/CaseListModel.h"
#include "ui/cases/CaseListPage.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::CaseListModel;
using tsunagu::ui::CaseListPage;

namespace {

qint64 addCase(
    const Session &session, qint64 clientId, CaseGoal goal, std::optional<QDate> followUp, bool closed = false)
{
    SupportCase c;
    c.clientId = clientId;
    c.goal = goal;
    c.stage = closed ? CaseStage::Closed : CaseStage::JobSearch;
    c.openedOn = QDate(2026, 6, 1);
    if (closed)
        c.closedOn = QDate(2026, 10, 1);
    c.nextFollowUp = followUp;
    const Result<qint64> id = CaseRepository(session).create(c);
    if (!id)
        qFatal("cannot create a case: %s", qPrintable(id.error().message));
    return *id;
}

QStringList column(const CaseListModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

} // namespace

class TestCaseListPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenCasesSoonestFollowUpFirst();
    void filterByKeyboard();
    void emptyListSaysSo();
    void modelIsSoundAndFetchesLazily();
    void enterOpensTheClientInTheMainWindow();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_aoki = 0, m_ito = 0, m_ueda = 0, m_eto = 0; // clients
    qint64 m_overdue = 0, m_later = 0, m_undated = 0, m_closed = 0; // their cases
};

void TestCaseListPage::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestCaseListPage::init()
{
    // The clock: 2026-11-20.
    m_db = std::make_unique<test::TempDatabase>();
    const Session s = m_db->session();
    m_aoki = test::addClient(s, QStringLiteral("青木 一郎"), QStringLiteral("あおき いちろう"));
    m_ito = test::addClient(s, QStringLiteral("伊藤 二郎"), QStringLiteral("いとう じろう"));
    m_ueda = test::addClient(s, QStringLiteral("上田 三郎"), QStringLiteral("うえだ さぶろう"));
    m_eto = test::addClient(s, QStringLiteral("江藤 四郎"), QStringLiteral("えとう しろう"));
    m_later = addCase(s, m_ito, CaseGoal::ReturnToWork, QDate(2026, 12, 1));
    m_undated = addCase(s, m_ueda, CaseGoal::Telework, std::nullopt);
    m_overdue = addCase(s, m_aoki, CaseGoal::Job, QDate(2026, 11, 18));
    m_closed = addCase(s, m_eto, CaseGoal::StayInWork, std::nullopt, true);
    Consultation k;
    k.clientId = m_aoki;
    k.startedAt = test::jstDateTime(2026, 11, 2, 14, 0).toMSecsSinceEpoch();
    k.durationMin = 30;
    if (!ConsultationRepository(s).create(k))
        qFatal("cannot log a consultation");
    // Under stop-use: never on a work list.
    Client stopped;
    stopped.name = QStringLiteral("利用停止 五郎");
    stopped.stopUse = true;
    addCase(s, *ClientRepository(s).create(stopped), CaseGoal::Job, QDate(2026, 11, 19));
}

void TestCaseListPage::cleanup()
{
    m_db.reset();
}

void TestCaseListPage::listsOpenCasesSoonestFollowUpFirst()
{
    CaseListPage page(m_db->session());
    page.resize(1000, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const CaseListModel *model = page.model();
    QCOMPARE(page.filterBox()->currentText(), QStringLiteral("Open cases"));
    QCOMPARE(column(model, CaseListModel::NameColumn),
        (QStringList { QStringLiteral("青木 一郎"), QStringLiteral("伊藤 二郎"), QStringLiteral("上田 三郎") }));
    QCOMPARE(column(model, CaseListModel::ReadingColumn),
        (QStringList {
            QStringLiteral("あおき いちろう"), QStringLiteral("いとう じろう"), QStringLiteral("うえだ さぶろう") }));
    QCOMPARE(column(model, CaseListModel::GoalColumn),
        (QStringList { QStringLiteral("Find a job"), QStringLiteral("Return to work"), QStringLiteral("Telework") }));
    QCOMPARE(column(model, CaseListModel::StageColumn), QStringList(3, QStringLiteral("Job search")));
    QCOMPARE(column(model, CaseListModel::OpenedColumn), QStringList(3, QStringLiteral("2026-06-01")));
    QCOMPARE(column(model, CaseListModel::LastContactColumn),
        (QStringList { QStringLiteral("2026-11-02"), QStringLiteral("None yet"), QStringLiteral("None yet") }));
    QCOMPARE(column(model, CaseListModel::FollowUpColumn),
        (QStringList { QStringLiteral("2026-11-18"), QStringLiteral("2026-12-01"), QString() }));
    // The passed follow-up stands out, and says why.
    const QModelIndex overdue = model->index(0, CaseListModel::FollowUpColumn);
    QVERIFY(overdue.data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(overdue.data(Qt::ToolTipRole).toString(), QStringLiteral("The follow-up date has passed."));
    QVERIFY(!model->index(1, CaseListModel::FollowUpColumn).data(Qt::FontRole).isValid());
    QVERIFY(model->index(0, CaseListModel::LastContactColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("18 day")));
    QCOMPARE(model->index(0, 0).data(CaseListModel::CaseIdRole).toLongLong(), m_overdue);
    QCOMPARE(model->index(0, 0).data(CaseListModel::ClientIdRole).toLongLong(), m_aoki);
    // The first row is selected, ready for Enter; nothing is cut off.
    QCOMPARE(page.view()->currentIndex().row(), 0);
    QVERIFY(!page.emptyLabel()->isVisible());
    for (int c = 0; c < CaseListModel::ColumnCount - 1; ++c) {
        const QString header = model->headerData(c, Qt::Horizontal).toString();
        QVERIFY2(
            page.view()->columnWidth(c) >= page.view()->fontMetrics().horizontalAdvance(header), qPrintable(header));
    }
}

void TestCaseListPage::filterByKeyboard()
{
    CaseListPage page(m_db->session());
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QComboBox *filter = page.filterBox();
    filter->setFocus(Qt::TabFocusReason);
    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("Closed cases"));
    QCOMPARE(column(page.model(), CaseListModel::NameColumn), QStringList { QStringLiteral("江藤 四郎") });
    QCOMPARE(
        page.model()->index(0, CaseListModel::StageColumn).data().toString(), QStringLiteral("Closed (2026-10-01)"));
    QCOMPARE(page.view()->currentIndex().row(), 0);

    QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("All cases"));
    QCOMPARE(column(page.model(), CaseListModel::NameColumn),
        (QStringList { QStringLiteral("青木 一郎"), QStringLiteral("伊藤 二郎"), QStringLiteral("上田 三郎"),
            QStringLiteral("江藤 四郎") }));
    QTest::keyClick(filter, Qt::Key_Up);
    QTest::keyClick(filter, Qt::Key_Up);
    QCOMPARE(page.model()->rowCount(), 3);
}

void TestCaseListPage::emptyListSaysSo()
{
    test::TempDatabase empty;
    CaseListPage page(empty.session());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.emptyLabel()->isVisible());
    QVERIFY(page.emptyLabel()->text().startsWith(QStringLiteral("No open support cases.")));
}

void TestCaseListPage::modelIsSoundAndFetchesLazily()
{
    const Session s = m_db->session();
    QList<qint64> expected { m_overdue, m_later }; // 11-18, 12-01
    for (int i = 0; i < 23; ++i) { // two a day from 12-02: the case number breaks ties
        const qint64 client = test::addClient(s, QStringLiteral("佐藤 %1").arg(i), QStringLiteral("さとう"));
        expected << addCase(s, client, CaseGoal::Job, QDate(2026, 12, 2).addDays(i / 2));
    }
    expected << m_undated;

    CaseListModel model(m_db->db(), m_db->clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(10);
    model.reload();
    QCOMPARE(model.rowCount(), 10); // one page only
    QVERIFY(model.canFetchMore({}) || model.isFetching()); // (the tester may have asked already)
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}) || model.isFetching()) {
        model.fetchMore({});
        QVERIFY(model.isFetching()); // the page arrives on the next turn of the event loop
        QTRY_VERIFY(!model.isFetching());
    }
    QCOMPARE(inserted.size(), 2);
    QList<qint64> listed;
    for (int row = 0; row < model.rowCount(); ++row)
        listed << model.index(row, 0).data(CaseListModel::CaseIdRole).toLongLong();
    QCOMPARE(listed, expected);

    model.setFilter(CaseListFilter::All);
    QCOMPARE(model.rowCount(), 10);
    model.setFilter(CaseListFilter::Closed);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.canFetchMore({}));
}

void TestCaseListPage::enterOpensTheClientInTheMainWindow()
{
    ui::MainWindow window(m_db->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentSection(), ui::Section::Cases);
    auto *page = window.findChild<CaseListPage *>();
    QVERIFY(page && page->isVisible());
    QCOMPARE(page->model()->rowCount(), 3);

    // By keyboard from the search field: Tab until the list has the focus.
    for (int i = 0; i < 6 && !page->view()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(page->view()->hasFocus());
    QSignalSpy activated(&window, &ui::MainWindow::clientActivated);
    QTest::keyClick(page->view(), Qt::Key_Down);
    QCOMPARE(page->view()->currentIndex().row(), 1);
    QTest::keyClick(page->view(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_ito);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window.clientPage()));
    QCOMPARE(window.clientPage()->clientId(), m_ito);
    QCOMPARE(window.currentSection(), ui::Section::Clients);

    // Back to the cases, a double click does the same.
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(page->isVisible());
    const QRect rect = page->view()->visualRect(page->model()->index(2, CaseListModel::NameColumn));
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(page->view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(window.clientPage()->clientId(), m_ueda);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window.clientPage()));
}

QTEST_MAIN(TestCaseListPage)
#include "tst_case_list_page.moc"
