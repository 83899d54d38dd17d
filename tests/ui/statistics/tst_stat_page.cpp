// SPDX-License-Identifier: GPL-3.0-or-later
// 統計: the dashboard screen. The real page under the offscreen platform: a
// period chosen by keyboard, figures that arrive from the worker thread,
// suppressed cells, cancel, a newer request winning, the CSV export.
#include "StatsFixture.h"
#include "UiWorld.h"

#include "statistics/Anonymizer.h"
#include "statistics/KSetting.h"
#include "statistics/Statistics.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/FileChooser.h"
#include "ui/statistics/StatisticsJob.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/statistics/StatisticsTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;
using ui::StatisticsPage;
using ui::StatisticsTableModel;

namespace {

// 2026Q3 (the default: the clock says 2026-11-20): 20 consultations of 20
// people, 12 by phone, 6 online and 2 home visits (a count under 5).
// 2026Q2: 10 in person. 2026Q1: 7 in person.
void fixture(test::TempDatabase &t)
{
    test::StatsFixture f(t);
    for (int i = 0; i < 20; ++i) {
        test::StatsFixture::ClientRow row;
        row.sex = i % 2 ? QStringLiteral("female") : QStringLiteral("male");
        row.band = 30 + 10 * (i % 3);
        row.created = jstAt(2026, 1, 5 + i, 10);
        const qint64 c = f.client(row);
        const QString channel = i < 12 ? QStringLiteral("phone")
            : i < 18                  ? QStringLiteral("online")
                                      : QStringLiteral("home_visit");
        f.consultation(c, jstAt(2026, 8, 1 + i, 10), channel, QStringLiteral("one_off"), {QStringLiteral("job_search")});
        if (i < 10)
            f.consultation(c, jstAt(2026, 5, 1 + i, 10), QStringLiteral("in_person"), QStringLiteral("one_off"), {});
        if (i < 7)
            f.consultation(c, jstAt(2026, 2, 1 + i, 10), QStringLiteral("in_person"), QStringLiteral("one_off"), {});
    }
}

QString cell(const StatisticsTableModel *model, const QString &rowCode, int column = 0)
{
    const int row = model->table().rowOf(rowCode);
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

QString periodCode(const StatisticsPage &page)
{
    return page.report() ? page.report()->metadata.periodCode : QString();
}

} // namespace

class TestStatPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void defaultsToTheLastCompleteQuarter();
    void quarterChosenByKeyboard();
    void smallCountIsSuppressed();
    void cancelKeepsTheFigures();
    void newerRequestWins();
    void exportsCsvWithBom();
    void kNeverBelowThree();
    void kIsTheOrganisations();
    void anUnusableStoredKIsShown();
    void trendCoversEightQuarters();
    void modelIsSound();
    void mainWindowShowsThePage();

private:
    bool waitForReport(StatisticsPage &page, const QString &code);

    std::unique_ptr<test::TempDatabase> m_t;
};

void TestStatPage::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestStatPage::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    fixture(*m_t);
}

void TestStatPage::cleanup()
{
    m_t.reset();
}

bool TestStatPage::waitForReport(StatisticsPage &page, const QString &code)
{
    return QTest::qWaitFor([&] { return !page.isComputing() && periodCode(page) == code; }, 10000);
}

void TestStatPage::defaultsToTheLastCompleteQuarter()
{
    StatisticsPage page(m_t->session());
    QCOMPARE(page.period(), Period::quarter(2026, 3));
    QCOMPARE(page.k(), 5);
    // Nothing is computed before the page is on screen.
    QVERIFY(!page.isComputing());
    QVERIFY(!page.report());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    QCOMPARE(cell(page.tableModel(QStringLiteral("overview")), QStringLiteral("consultations")), QStringLiteral("20"));
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(page.exportButton(ExportFormat::Csv)->isEnabled());
}

void TestStatPage::quarterChosenByKeyboard()
{
    StatisticsPage page(m_t->session());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));

    // Month, then back to quarter, by keyboard on the kind of period.
    page.kindBox()->setFocus();
    QTest::keyClick(page.kindBox(), Qt::Key_Up);
    QCOMPARE(page.period().kind(), Period::Kind::Month);
    QCOMPARE(page.period(), Period::month(2026, 10)); // the last complete month
    QTest::keyClick(page.kindBox(), Qt::Key_Down);
    QCOMPARE(page.period(), Period::quarter(2026, 3));

    // One quarter earlier.
    page.periodBox()->setFocus();
    QTest::keyClick(page.periodBox(), Qt::Key_Down);
    QCOMPARE(page.period(), Period::quarter(2026, 2));
    QTRY_VERIFY(page.isComputing());
    QTRY_COMPARE_WITH_TIMEOUT(periodCode(page), QStringLiteral("2026Q2"), 10000);
    QTRY_VERIFY(!page.isComputing());
    const StatisticsTableModel *overview = page.tableModel(QStringLiteral("overview"));
    QCOMPARE(cell(overview, QStringLiteral("consultations")), QStringLiteral("10"));
    QCOMPARE(cell(page.tableModel(QStringLiteral("consultations_by_channel")), QStringLiteral("in_person")),
             QStringLiteral("10"));
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(!page.cancelButton()->isVisible());
    QVERIFY(page.statusLabel()->text().startsWith(QStringLiteral("Computed")));
}

void TestStatPage::smallCountIsSuppressed()
{
    StatisticsPage page(m_t->session());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    const StatisticsTableModel *channels = page.tableModel(QStringLiteral("consultations_by_channel"));
    QVERIFY(channels);
    const int visits = channels->table().rowOf(QStringLiteral("home_visit"));
    QVERIFY(visits >= 0);
    const QModelIndex two = channels->index(visits, 0);
    QCOMPARE(two.data().toString(), Report::suppressedMarker()); // 2 home visits
    QVERIFY(two.data(StatisticsTableModel::SuppressedRole).toBool());
    QVERIFY(!two.data(StatisticsTableModel::CountRole).isValid());
    // Never alone in its column: another count goes with it; 12 by phone is shown.
    QCOMPARE(cell(channels, QStringLiteral("phone")), QStringLiteral("12"));
    QCOMPARE(cell(channels, QStringLiteral("online")), Report::suppressedMarker());
    // The total row is published and reads as a total.
    QCOMPARE(channels->headerData(channels->rowCount() - 1, Qt::Vertical).toString(), QStringLiteral("Total"));
    QCOMPARE(channels->index(channels->rowCount() - 1, 0).data().toString(), QStringLiteral("20"));
    // No published count from 1 to 4 anywhere on screen.
    for (const Table &t : page.report()->tables) {
        const StatisticsTableModel *model = page.tableModel(t.id());
        for (int r = 0; r < model->rowCount(); ++r) {
            for (int c = 0; c < model->columnCount(); ++c) {
                const QVariant n = model->index(r, c).data(StatisticsTableModel::CountRole);
                QVERIFY2(!n.isValid() || n.toInt() == 0 || n.toInt() >= 5, qPrintable(t.id()));
            }
        }
    }
    // The rule under every table.
    const QList<QLabel *> rules = page.ruleLabels();
    QCOMPARE(rules.size(), qsizetype(page.report()->tables.size()) + 1);
    for (QLabel *rule : rules) {
        QVERIFY(rule->isVisible());
        QVERIFY2(rule->text().contains(QStringLiteral("5")), qPrintable(rule->text()));
    }
    QVERIFY(page.ruleLabels().constFirst()->text().contains(QStringLiteral("(k=5)")));
}

void TestStatPage::cancelKeepsTheFigures()
{
    StatisticsPage page(m_t->session());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    const StatisticsTableModel *overview = page.tableModel(QStringLiteral("overview"));
    QSignalSpy resets(overview, &QAbstractItemModel::modelReset);

    // Cancelled while the worker runs (or before its result is taken).
    page.setPeriod(Period::quarter(2026, 2));
    page.refresh();
    QVERIFY(page.isComputing());
    QVERIFY(page.progressBar()->isVisible());
    QVERIFY(page.cancelButton()->isVisible());
    QTest::mouseClick(page.cancelButton(), Qt::LeftButton);
    QVERIFY(!page.isComputing());
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(!page.cancelButton()->isVisible());
    QTest::qWait(800); // the worker ends; nothing of it reaches the screen
    QCOMPARE(periodCode(page), QStringLiteral("2026Q3"));
    QCOMPARE(cell(overview, QStringLiteral("consultations")), QStringLiteral("20"));
    QCOMPARE(resets.size(), 0);
    QVERIFY(!page.progressBar()->isVisible());
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("Cancelled")));

    // Cancelled before it even started (the choice is still settling).
    page.setPeriod(Period::quarter(2026, 1));
    QVERIFY(page.isComputing());
    page.cancel();
    QTest::qWait(800);
    QCOMPARE(periodCode(page), QStringLiteral("2026Q3"));
    QCOMPARE(resets.size(), 0);

    // A job cancelled on its thread stops with "cancelled" and releases nothing raw.
    ui::StatisticsJob job(m_t->session(), Period::quarter(2026, 3), 5);
    int calls = 0;
    job.run([&](int) {
        if (++calls == 2)
            job.cancel();
    });
    QVERIFY(!job.report());
    QCOMPARE(job.report().error().code, ErrorCode::Cancelled);
    QVERIFY(job.trend().isEmpty());
}

void TestStatPage::newerRequestWins()
{
    StatisticsPage page(m_t->session());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    QSignalSpy shown(&page, &StatisticsPage::reportShown);
    page.setPeriod(Period::quarter(2026, 2));
    page.refresh();
    page.setPeriod(Period::quarter(2026, 1));
    page.refresh();
    QVERIFY(waitForReport(page, QStringLiteral("2026Q1")));
    QCOMPARE(cell(page.tableModel(QStringLiteral("overview")), QStringLiteral("consultations")), QStringLiteral("7"));
    QTest::qWait(300);
    QCOMPARE(shown.size(), 1); // the superseded 2026Q2 never reached the screen
    QCOMPARE(periodCode(page), QStringLiteral("2026Q1"));
}

void TestStatPage::exportsCsvWithBom()
{
    StatisticsPage page(m_t->session());
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    const QString path = m_t->dirPath() + QStringLiteral("/statistics");
    ui::FileChooser::setNextFileName(path); // no extension: .csv is added
    QTest::mouseClick(page.exportButton(ExportFormat::Csv), Qt::LeftButton);
    const QByteArray bytes = test::readFile(path + QStringLiteral(".csv"));
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("2026Q3"));
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("statistics.csv")));
    // Cancelling the file dialog writes nothing.
    ui::FileChooser::setNextFileName(QString());
    QVERIFY(!page.exportReport(ExportFormat::Csv));
}

void TestStatPage::kNeverBelowThree()
{
    StatisticsPage page(m_t->session());
    QCOMPARE(page.kBox()->minimum(), Anonymizer::minimumK);
    page.kBox()->setValue(1);
    QCOMPARE(page.k(), 3);
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    QCOMPARE(page.report()->metadata.k, 3);
    // With k = 3 the two home visits are still hidden, and the rule says k=3.
    QCOMPARE(cell(page.tableModel(QStringLiteral("consultations_by_channel")), QStringLiteral("home_visit")),
             Report::suppressedMarker());
    QVERIFY(page.ruleLabels().constFirst()->text().contains(QStringLiteral("(k=3)")));
}

void TestStatPage::kIsTheOrganisations()
{
    QVERIFY(KSetting::write(m_t->session(), 7));
    {
        StatisticsPage page(m_t->session());
        QCOMPARE(page.k(), 7); // starts from the organisation's k
        QVERIFY(test::showActive(page));
        QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
        QCOMPARE(page.report()->metadata.k, 7);

        // A supervisor raises it by one with the keyboard: saved back after a
        // moment, with one audit entry, and the figures follow.
        page.kBox()->setFocus();
        QTest::keyClick(page.kBox(), Qt::Key_Up);
        QCOMPARE(page.k(), 8);
        QVERIFY(page.isSavingK());
        QTRY_VERIFY(!page.isSavingK());
        QCOMPARE(*KSetting::read(m_t->db()), 8);
        QTRY_VERIFY(!page.isComputing() && page.report()->metadata.k == 8);
        QVERIFY(page.ruleLabels().constFirst()->text().contains(QStringLiteral("(k=8)")));
    }
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, json_extract(detail, '$.from'), json_extract(detail, '$.to') "
                                  "FROM audit_log WHERE action = 'statistics.set_k' ORDER BY id")));
    QStringList entries;
    while (q.next())
        entries << QStringLiteral("%1: %2 -> %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    const QString staff = QString::number(m_t->staffId());
    QCOMPARE(entries, (QStringList{staff + QStringLiteral(":  -> 7"), staff + QStringLiteral(": 7 -> 8")}));

    // The next page, and the next export, start from it.
    StatisticsPage next(m_t->session());
    QCOMPARE(next.k(), 8);
}

void TestStatPage::anUnusableStoredKIsShown()
{
    {
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('statistics/k', '2')")));
    }
    StatisticsPage page(m_t->session());
    QCOMPARE(page.k(), Anonymizer::defaultK); // never below 3, whatever is stored
    QVERIFY(test::showActive(page));
    QVERIFY(waitForReport(page, QStringLiteral("2026Q3")));
    // The problem stays in sight above the figures until a k is saved.
    QVERIFY2(page.statusLabel()->text().contains(QStringLiteral("statistics/k")), qPrintable(page.statusLabel()->text()));
    QVERIFY(page.statusLabel()->text().contains(QStringLiteral("\"2\"")));
    page.kBox()->setFocus();
    QTest::keyClick(page.kBox(), Qt::Key_Up);
    QTRY_VERIFY(!page.isSavingK());
    QCOMPARE(*KSetting::read(m_t->db()), 6);
    QVERIFY(!page.statusLabel()->text().contains(QStringLiteral("statistics/k")));
}

void TestStatPage::trendCoversEightQuarters()
{
    const QList<Period> quarters = ui::StatisticsJob::trendPeriods(Period::month(2026, 8));
    QCOMPARE(quarters.size(), 8);
    QCOMPARE(quarters.constLast(), Period::quarter(2026, 3));
    QCOMPARE(quarters.constFirst(), Period::quarter(2024, 4));
    QCOMPARE(ui::StatisticsJob::trendPeriods(Period::fiscalYear(2025)).constLast(), Period::quarter(2026, 1));

    ui::StatisticsJob job(m_t->session(), Period::quarter(2026, 3), 5);
    job.run();
    QVERIFY(job.report());
    QCOMPARE(job.trend().size(), 8);
    QCOMPARE(job.trend().constLast().code, QStringLiteral("2026Q3"));
    QCOMPARE(job.trend().constLast().consultations, std::optional<int>(20));
    QCOMPARE(job.trend().at(6).consultations, std::optional<int>(10));
    QCOMPARE(job.trend().at(5).consultations, std::optional<int>(7));
    QCOMPARE(job.trend().at(4).consultations, std::optional<int>(0));
}

void TestStatPage::modelIsSound()
{
    const Report raw = test::must(Statistics(m_t->session()).compute(Period::quarter(2026, 3)), "compute");
    const Report report = Anonymizer::create(5)->apply(raw);
    StatisticsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const Table &t : report.tables) {
        model.setTable(t);
        QCOMPARE(model.rowCount(), t.rowCount() + (t.hasColumnTotals() ? 1 : 0));
        QCOMPARE(model.columnCount(), t.columnCount() + (t.hasRowTotals() ? 1 : 0));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestStatPage::mainWindowShowsThePage()
{
    ui::MainWindow window(m_t->session());
    auto *page = window.findChild<StatisticsPage *>();
    QVERIFY(page);
    QVERIFY(test::showActive(window));
    QVERIFY(!page->isComputing()); // not on screen yet: nothing computed
    window.showSection(ui::Section::Statistics);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"))->currentWidget(), page);
    QVERIFY(waitForReport(*page, QStringLiteral("2026Q3")));
}

QTEST_MAIN(TestStatPage)
#include "tst_stat_page.moc"
