// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ClientFixtures.h"
#include "../consultations/KeyInput.h"
#include "TestSupport.h"

#include "repo/CaseRepository.h"
#include "repo/RevisionHistory.h"
#include "ui/cases/CaseDialog.h"
#include "ui/cases/CasePanel.h"
#include "ui/cases/CaseTreeModel.h"
#include "ui/cases/JobStartDialog.h"
#include "ui/cases/MilestoneDoneDialog.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consultations/DateInput.h"
#include "ui/consultations/DateTimeField.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::CaseDialog;
using tsunagu::ui::CasePanel;
using tsunagu::ui::CaseTreeModel;
using tsunagu::ui::JobStartDialog;
using tsunagu::ui::MilestoneDoneDialog;

namespace {

template <typename D> D *openDialogOf(QWidget *parent)
{
    for (D *dialog : parent->findChildren<D *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

QStringList childTexts(const CaseTreeModel *model, const QModelIndex &parent, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row)
        texts << model->index(row, column, parent).data().toString();
    return texts;
}

} // namespace

class TestCasePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelPassesTheTester();
    void listsCasesWithTheirMilestones();
    void jobStartPlansTheFourRetentionChecks();
    void futureJobStartStaysPlanned();
    void secondJobStartWhileChecksAreOpenIsRefused();
    void milestoneIsRecordedAsDoneWithItsResult();
    void newCaseFromThePanel();
    void changingACaseNeedsAReason();
    void closingACaseAsksOutcomeAndScore();

private:
    qint64 addCase(CaseGoal goal, QDate opened);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<CasePanel> m_panel;
    qint64 m_client = 0;
};

void TestCasePanel::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestCasePanel::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_client = test::addClient(m_db->session(), QStringLiteral("高橋 直樹"), QStringLiteral("たかはし なおき"));
    m_panel = std::make_unique<CasePanel>(m_db->session());
    m_panel->resize(900, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCasePanel::cleanup()
{
    ui::MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    m_panel.reset();
    m_db.reset();
}

qint64 TestCasePanel::addCase(CaseGoal goal, QDate opened)
{
    SupportCase c;
    c.clientId = m_client;
    c.goal = goal;
    c.stage = CaseStage::JobSearch;
    c.openedOn = opened;
    c.staffId = m_db->staffId();
    auto id = CaseRepository(m_db->session()).create(c);
    if (!id)
        qFatal("cannot create a case: %s", qPrintable(id.error().message));
    return *id;
}

void TestCasePanel::modelPassesTheTester()
{
    const qint64 first = addCase(CaseGoal::Job, QDate(2026, 1, 10));
    addCase(CaseGoal::Telework, QDate(2026, 6, 1));
    QVERIFY(CaseRepository(m_db->session()).scheduleRetentionChecks(first, QDate(2026, 3, 2)));

    CaseTreeModel model(m_db->session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.setClient(m_client));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.reload());
    QVERIFY(model.setClient(0));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.setClient(m_client));
    const QModelIndex job = model.indexOfCase(first);
    QCOMPARE(model.rowCount(job), 5);
    QCOMPARE(model.rowCount(model.index(0, 0, job)), 0);
}

void TestCasePanel::listsCasesWithTheirMilestones()
{
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("caseEmptyLabel"))->isHidden()); // no client yet
    m_panel->setClient(m_client);
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("caseEmptyLabel"))->isVisible());

    const qint64 older = addCase(CaseGoal::ReturnToWork, QDate(2025, 10, 1));
    const qint64 newer = addCase(CaseGoal::Telework, QDate(2026, 9, 1));
    m_panel->setClient(m_client);
    const CaseTreeModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, 0).data(CaseTreeModel::CaseIdRole).toLongLong(), newer); // newest first
    QCOMPARE(model->index(1, 0).data(CaseTreeModel::CaseIdRole).toLongLong(), older);
    QCOMPARE(
        model->index(0, CaseTreeModel::NameColumn).data().toString(), QStringLiteral("Telework (since 2026-09-01)"));
    QCOMPARE(model->index(0, CaseTreeModel::StatusColumn).data().toString(), QStringLiteral("Job search"));
    QVERIFY(m_panel->findChild<QLabel *>(QStringLiteral("caseEmptyLabel"))->isHidden());
}

void TestCasePanel::jobStartPlansTheFourRetentionChecks()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2025, 11, 1));
    m_panel->setClient(m_client);
    QSignalSpy changed(m_panel.get(), &CasePanel::changed);
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfCase(caseId));
    auto *button = m_panel->findChild<QPushButton *>(QStringLiteral("jobStartButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    JobStartDialog *dialog = openDialogOf<JobStartDialog>(m_panel.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->dateEdit()->date(), QDate(2026, 11, 20)); // today, by default
    // The last day of January: later months end earlier.
    dialog->dateEdit()->setDate(QDate(2026, 1, 31));
    QVERIFY(dialog->planLabel()->text().contains(QStringLiteral("2026-02-28")));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(!openDialogOf<JobStartDialog>(m_panel.get()));
    QCOMPARE(changed.size(), 1);

    const auto milestones = CaseRepository(m_db->session()).milestones(caseId);
    QVERIFY(milestones);
    QCOMPARE(milestones->size(), 5);
    const std::pair<MilestoneKind, QDate> expected[] = {
        { MilestoneKind::JobStart, QDate(2026, 1, 31) },
        { MilestoneKind::Retention1m, QDate(2026, 2, 28) },
        { MilestoneKind::Retention3m, QDate(2026, 4, 30) },
        { MilestoneKind::Retention6m, QDate(2026, 7, 31) },
        { MilestoneKind::Retention12m, QDate(2027, 1, 31) },
    };
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(milestones->at(i).kind, expected[i].first);
        QCOMPARE(milestones->at(i).dueOn, std::optional<QDate>(expected[i].second));
    }
    // The job start has happened: done on that day; the checks are to come.
    QCOMPARE(milestones->at(0).doneOn, std::optional<QDate>(QDate(2026, 1, 31)));
    QCOMPARE(milestones->at(0).result, std::optional<MilestoneResult>(MilestoneResult::Achieved));
    QVERIFY(!milestones->at(1).doneOn);

    // And the panel shows them under the case, with their due dates.
    const CaseTreeModel *model = m_panel->model();
    const QModelIndex parent = model->indexOfCase(caseId);
    QCOMPARE(childTexts(model, parent, CaseTreeModel::NameColumn),
        (QStringList { QStringLiteral("Job start"), QStringLiteral("Retention check, 1 month"),
            QStringLiteral("Retention check, 3 months"), QStringLiteral("Retention check, 6 months"),
            QStringLiteral("Retention check, 12 months") }));
    QCOMPARE(childTexts(model, parent, CaseTreeModel::DueColumn),
        (QStringList { QStringLiteral("2026-01-31"), QStringLiteral("2026-02-28"), QStringLiteral("2026-04-30"),
            QStringLiteral("2026-07-31"), QStringLiteral("2027-01-31") }));
    // Today is 2026-11-20: the checks at 1, 3 and 6 months are overdue.
    QCOMPARE(childTexts(model, parent, CaseTreeModel::StatusColumn),
        (QStringList { QStringLiteral("Achieved"), QStringLiteral("Overdue"), QStringLiteral("Overdue"),
            QStringLiteral("Overdue"), QStringLiteral("Planned") }));
    QVERIFY(m_panel->view()->isExpanded(parent));
}

void TestCasePanel::futureJobStartStaysPlanned()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2026, 10, 1));
    m_panel->setClient(m_client);
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfCase(caseId));
    m_panel->recordJobStart();
    JobStartDialog *dialog = openDialogOf<JobStartDialog>(m_panel.get());
    QVERIFY(dialog);
    dialog->dateEdit()->setDate(QDate(2026, 12, 1));
    dialog->accept();
    const auto milestones = CaseRepository(m_db->session()).milestones(caseId);
    QCOMPARE(milestones->size(), 5);
    QVERIFY(!milestones->at(0).doneOn); // not started yet
    QCOMPARE(milestones->at(4).dueOn, std::optional<QDate>(QDate(2027, 12, 1)));
}

void TestCasePanel::secondJobStartWhileChecksAreOpenIsRefused()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2026, 1, 5));
    QVERIFY(CaseRepository(m_db->session()).scheduleRetentionChecks(caseId, QDate(2026, 2, 1)));
    m_panel->setClient(m_client);
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfCase(caseId));
    m_panel->recordJobStart();
    JobStartDialog *dialog = openDialogOf<JobStartDialog>(m_panel.get());
    QVERIFY(dialog);
    ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    dialog->accept();
    QVERIFY(dialog->isVisible()); // refused, said, nothing half-written
    QVERIFY(ui::MessageBoxes::lastText().contains(QStringLiteral("retention checks")));
    QCOMPARE(CaseRepository(m_db->session()).milestones(caseId)->size(), 5);
    dialog->reject();
}

void TestCasePanel::milestoneIsRecordedAsDoneWithItsResult()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2026, 1, 5));
    const auto ids = CaseRepository(m_db->session()).scheduleRetentionChecks(caseId, QDate(2026, 2, 1));
    QVERIFY(ids);
    const qint64 oneMonth = ids->at(1);
    m_panel->setClient(m_client);
    QSignalSpy changed(m_panel.get(), &CasePanel::changed);

    // Keyboard: to the milestone, Enter.
    m_panel->view()->setFocus();
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfMilestone(oneMonth));
    QTest::keyClick(m_panel->view(), Qt::Key_Return);
    MilestoneDoneDialog *dialog = openDialogOf<MilestoneDoneDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->reasonEdit()->isVisible()); // a first completion needs no reason
    QVERIFY(test::activate(dialog));
    dialog->doneEdit()->setDate(QDate(2026, 3, 3));
    dialog->resultBox()->setCurrentIndex(dialog->resultBox()->findData(toCode(MilestoneResult::NotAchieved)));
    typeText(dialog->noteEdit(), QStringLiteral("体調不良で退職"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!openDialogOf<MilestoneDoneDialog>(m_panel.get()));
    QCOMPARE(changed.size(), 1);

    const auto saved = CaseRepository(m_db->session()).milestone(oneMonth);
    QVERIFY(saved);
    QCOMPARE(saved->doneOn, std::optional<QDate>(QDate(2026, 3, 3)));
    QCOMPARE(saved->result, std::optional<MilestoneResult>(MilestoneResult::NotAchieved));
    QCOMPARE(saved->note, QStringLiteral("体調不良で退職"));
    const QModelIndex row = m_panel->model()->indexOfMilestone(oneMonth);
    QCOMPARE(m_panel->view()->currentIndex().data(CaseTreeModel::MilestoneIdRole).toLongLong(), oneMonth);
    QCOMPARE(row.siblingAtColumn(CaseTreeModel::StatusColumn).data().toString(), QStringLiteral("Not achieved"));
    QCOMPARE(row.siblingAtColumn(CaseTreeModel::DoneColumn).data().toString(), QStringLiteral("2026-03-03"));

    // Changing it afterwards is a correction: a reason is asked and kept.
    m_panel->markDone();
    dialog = openDialogOf<MilestoneDoneDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(dialog->reasonEdit()->isVisible());
    dialog->resultBox()->setCurrentIndex(dialog->resultBox()->findData(toCode(MilestoneResult::Achieved)));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("reason"))->isVisible());
    typeText(dialog->reasonEdit(), QStringLiteral("退職ではなく休職だった"));
    dialog->accept();
    QTRY_VERIFY(!openDialogOf<MilestoneDoneDialog>(m_panel.get()));
    QCOMPARE(CaseRepository(m_db->session()).milestone(oneMonth)->result,
        std::optional<MilestoneResult>(MilestoneResult::Achieved));
    const auto history = RevisionHistory(m_db->session()).forRecord(QStringLiteral("case_milestones"), oneMonth);
    QVERIFY(history);
    QStringList reasons;
    for (const Revision &r : *history)
        reasons << r.reason;
    QVERIFY2(reasons.contains(QStringLiteral("退職ではなく休職だった")), qPrintable(reasons.join(u'|')));
}

void TestCasePanel::newCaseFromThePanel()
{
    m_panel->setClient(m_client);
    QSignalSpy changed(m_panel.get(), &CasePanel::changed);
    QTest::mouseClick(m_panel->findChild<QPushButton *>(QStringLiteral("newCaseButton")), Qt::LeftButton);
    CaseDialog *dialog = openDialogOf<CaseDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(dialog->isNew());
    QVERIFY(test::activate(dialog));
    QVERIFY(!dialog->reasonEdit()->isVisible());
    QVERIFY(!dialog->closedEdit()->isVisible());
    QCOMPARE(dialog->openedEdit()->date(), QDate(2026, 11, 20));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->goalBox());
    QTest::keyClick(dialog->goalBox(), Qt::Key_End); // telework
    QTest::keyClicks(dialog->followUpEdit(), QStringLiteral("+14"));
    typeText(dialog->noteEdit(), QStringLiteral("在宅勤務を希望"));
    QTest::keyClick(dialog->noteEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!openDialogOf<CaseDialog>(m_panel.get()));
    QCOMPARE(changed.size(), 1);

    const auto cases = CaseRepository(m_db->session()).forClient(m_client);
    QCOMPARE(cases->size(), 1);
    const SupportCase &c = cases->constFirst();
    QCOMPARE(c.goal, CaseGoal::Telework);
    QCOMPARE(c.stage, CaseStage::Intake);
    QCOMPARE(c.openedOn, QDate(2026, 11, 20));
    QCOMPARE(c.nextFollowUp, std::optional<QDate>(QDate(2026, 12, 4)));
    QCOMPARE(c.note, QStringLiteral("在宅勤務を希望"));
    QCOMPARE(c.staffId, std::optional<qint64>(m_db->staffId()));
    QCOMPARE(m_panel->currentCase()->id, c.id); // the new case is selected
}

void TestCasePanel::changingACaseNeedsAReason()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2026, 4, 1));
    m_panel->setClient(m_client);
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfCase(caseId));
    m_panel->editCase();
    CaseDialog *dialog = openDialogOf<CaseDialog>(m_panel.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    QVERIFY(dialog->reasonEdit()->isVisible());
    dialog->stageBox()->setCurrentIndex(dialog->stageBox()->findData(toCode(CaseStage::Working)));
    dialog->accept();
    QVERIFY(dialog->isVisible()); // no reason: refused at the field
    QVERIFY(dialog->errorLabel(QStringLiteral("reason"))->isVisible());
    QCOMPARE(CaseRepository(m_db->session()).get(caseId)->stage, CaseStage::JobSearch);

    typeText(dialog->reasonEdit(), QStringLiteral("12月1日から勤務開始"));
    dialog->accept();
    QTRY_VERIFY(!openDialogOf<CaseDialog>(m_panel.get()));
    QCOMPARE(CaseRepository(m_db->session()).get(caseId)->stage, CaseStage::Working);
    const auto history = RevisionHistory(m_db->session()).forRecord(QStringLiteral("support_cases"), caseId);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->constFirst().reason, QStringLiteral("12月1日から勤務開始"));
}

void TestCasePanel::closingACaseAsksOutcomeAndScore()
{
    const qint64 caseId = addCase(CaseGoal::Job, QDate(2026, 4, 1));
    m_panel->setClient(m_client);
    m_panel->view()->setCurrentIndex(m_panel->model()->indexOfCase(caseId));
    m_panel->editCase();
    CaseDialog *dialog = openDialogOf<CaseDialog>(m_panel.get());
    QVERIFY(dialog);
    dialog->stageBox()->setCurrentIndex(dialog->stageBox()->findData(toCode(CaseStage::Closed)));
    QVERIFY(dialog->closedEdit()->isVisible());
    QVERIFY(dialog->outcomeBox()->isVisible());
    QVERIFY(dialog->scoreBox()->isVisible());
    QCOMPARE(dialog->closedEdit()->date(), QDate(2026, 11, 20));
    dialog->outcomeBox()->setCurrentIndex(dialog->outcomeBox()->findData(toCode(CaseOutcome::Employed)));
    dialog->scoreBox()->setCurrentIndex(dialog->scoreBox()->findData(4));
    typeText(dialog->reasonEdit(), QStringLiteral("就職して終結"));
    dialog->accept();
    QTRY_VERIFY(!openDialogOf<CaseDialog>(m_panel.get()));
    const auto closed = CaseRepository(m_db->session()).get(caseId);
    QCOMPARE(closed->stage, CaseStage::Closed);
    QCOMPARE(closed->closedOn, std::optional<QDate>(QDate(2026, 11, 20)));
    QCOMPARE(closed->outcome, std::optional<CaseOutcome>(CaseOutcome::Employed));
    QCOMPARE(closed->experienceScore, std::optional<int>(4));
    // A closed case takes no job start.
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("jobStartButton"))->isEnabled());
}

QTEST_MAIN(TestCasePanel)
#include "tst_case_panel.moc"
