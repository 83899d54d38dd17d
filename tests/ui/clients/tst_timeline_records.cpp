// SPDX-License-Identifier: GPL-3.0-or-later
// Enter (or a double click) on a timeline row opens its record: a consultation
// to edit (saved with a reason, kept in the history), a referral's progress,
// the consents, a disclosure record read-only, the case on its tab; what
// cannot be opened says so in the status bar.
#include "ClientScreenFixture.h"
#include "GuiHelpers.h"
#include "TestSupport.h"

#include "repo/ConsultationRepository.h"
#include "ui/cases/CasePanel.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientTimelineModel.h"
#include "ui/clients/TimelinePane.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consents/ConsentListModel.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/disclosures/DisclosureDialog.h"
#include "ui/history/HistoryDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/ReferralStatusDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace tsunagu;
using tsunagu::test::focused;
using tsunagu::test::typeText;
using tsunagu::ui::ClientPage;
using tsunagu::ui::ClientTimelineModel;
using tsunagu::ui::ConsultationDialog;
using tsunagu::ui::MainWindow;
using Kind = tsunagu::ui::TimelineEntry::Kind;

class TestTimelineRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void consultationIsEditedWithAReason();
    void escapeThrowsTheChangesAway();
    void referralOpensItsProgress();
    void consentOpensTheConsents();
    void disclosureOpensReadOnly();
    void caseOpensOnItsTab();
    void whatCannotBeOpenedIsSaid();

private:
    ClientPage *page() const { return m_window->clientPage(); }
    QTableView *timeline() const { return page()->timelinePane()->view(); }
    int rowOf(Kind kind, qint64 id) const;
    // Down to the row of the record, then Enter, as a coordinator does.
    void openByKeyboard(Kind kind, qint64 id);
    template <typename D> D *openDialog() const;

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    test::ClientScreen m_screen;
};

void TestTimelineRecords::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestTimelineRecords::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_screen = test::addClientScreen(m_db->session());
    m_window = std::make_unique<MainWindow>(m_db->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openClient(m_screen.client);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(timeline()));
}

void TestTimelineRecords::cleanup()
{
    m_window.reset();
    m_db.reset();
}

int TestTimelineRecords::rowOf(Kind kind, qint64 id) const
{
    const ClientTimelineModel *model = page()->timelineModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ClientTimelineModel::KindRole).value<Kind>() == kind
            && index.data(ClientTimelineModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestTimelineRecords::openByKeyboard(Kind kind, qint64 id)
{
    const int row = rowOf(kind, id);
    QVERIFY(row >= 0);
    QVERIFY(test::activate(m_window.get()));
    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(timeline(), Qt::Key_Down);
    QCOMPARE(timeline()->currentIndex().row(), row);
    QTest::keyClick(timeline(), Qt::Key_Return);
}

template <typename D> D *TestTimelineRecords::openDialog() const
{
    for (D *dialog : page()->findChildren<D *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

void TestTimelineRecords::consultationIsEditedWithAReason()
{
    openByKeyboard(Kind::Consultation, m_screen.latestConsultation);
    QPointer<ConsultationDialog> dialog;
    QTRY_VERIFY((dialog = openDialog<ConsultationDialog>()) != nullptr);
    QVERIFY(dialog->isEditing());
    QCOMPARE(dialog->editedId(), m_screen.latestConsultation);
    QVERIFY(dialog->windowTitle().startsWith(QStringLiteral("Edit a consultation")));
    QVERIFY(test::activate(dialog));
    // The record's own values, not a new consultation's defaults.
    const Consultation before = *ConsultationRepository(m_db->session()).get(m_screen.latestConsultation);
    QCOMPARE(dialog->notesEdit()->toPlainText(), before.notes);
    QCOMPARE(dialog->durationBox()->value(), before.durationMin);
    QCOMPARE(dialog->entry().consultation.startedAt, before.startedAt);
    QCOMPARE(dialog->entry().consultation.channel, Channel::Phone);
    QVERIFY(dialog->reasonEdit());

    // Alt+N to the notes, a correction at the start of the first line.
    QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->notesEdit()));
    QTest::keyClick(focused(), Qt::Key_Home, Qt::ControlModifier);
    typeText(focused(), QStringLiteral("【訂正】"));
    QTest::qWait(ConsultationDialog::draftDelayMs + 200);
    QCOMPARE(dialog->draftId(), 0); // an edit is no draft of a new consultation

    // Saving without a reason says what is missing, at the reason.
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog && dialog->isVisible());
    auto *reasonError = dialog->findChild<QLabel *>(QStringLiteral("reasonEditError"));
    QVERIFY(reasonError && reasonError->isVisible());
    QVERIFY(!reasonError->text().isEmpty());
    QTRY_COMPARE(focused(), static_cast<QWidget *>(dialog->reasonEdit()));
    QCOMPARE(ConsultationRepository(m_db->session()).get(m_screen.latestConsultation)->version, before.version);

    typeText(focused(), QStringLiteral("聞き取り内容の訂正"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog);

    // Saved through the repository: the new notes, the next version, who held it unchanged.
    const Consultation after = *ConsultationRepository(m_db->session()).get(m_screen.latestConsultation);
    QCOMPARE(after.notes, QStringLiteral("【訂正】") + before.notes);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.staffId, before.staffId);
    QCOMPARE(after.startedAt, before.startedAt);
    QCOMPARE(after.caseId, before.caseId);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The changes to the consultation were saved."));

    // The timeline shows it, on the same row, still selected.
    const int row = rowOf(Kind::Consultation, m_screen.latestConsultation);
    QVERIFY(row >= 0);
    QCOMPARE(timeline()->currentIndex().row(), row);
    const QString summary = page()->timelineModel()->index(row, ClientTimelineModel::SummaryColumn).data().toString();
    QVERIFY2(
        summary.contains(QStringLiteral("【訂正】") + test::ClientScreen::latestNotesFirstLine()), qPrintable(summary));

    // The history of the record (Ctrl+Shift+H): who, why, before and after.
    QVERIFY(test::activate(m_window.get()));
    timeline()->setFocus();
    QTest::keyClick(timeline(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    ui::HistoryDialog *history = nullptr;
    QTRY_VERIFY((history = page()->findChild<ui::HistoryDialog *>()) != nullptr);
    QCOMPARE(history->revisions().size(), 1);
    QCOMPARE(history->revisions().first().reason, QStringLiteral("聞き取り内容の訂正"));
    QCOMPARE(history->revisions().first().entity, QStringLiteral("consultations"));
    QTreeWidgetItem *top = history->tree()->topLevelItem(0);
    QVERIFY(top->text(0).contains(QStringLiteral("聞き取り内容の訂正")));
    QCOMPARE(top->childCount(), 1);
    QVERIFY(top->child(0)->toolTip(ui::HistoryDialog::BeforeColumn) == before.notes);
    QVERIFY(top->child(0)->toolTip(ui::HistoryDialog::AfterColumn) == after.notes);
}

void TestTimelineRecords::escapeThrowsTheChangesAway()
{
    openByKeyboard(Kind::Consultation, m_screen.firstConsultation);
    QPointer<ConsultationDialog> dialog;
    QTRY_VERIFY((dialog = openDialog<ConsultationDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    // Unchanged: Esc closes without asking.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog);

    openByKeyboard(Kind::Consultation, m_screen.firstConsultation);
    QTRY_VERIFY((dialog = openDialog<ConsultationDialog>()) != nullptr);
    QVERIFY(test::activate(dialog));
    dialog->durationBox()->setFocus();
    QTest::keyClick(dialog->durationBox(), Qt::Key_Up);
    ui::MessageBoxes::setNextAnswer(QMessageBox::No); // "No": back to the changes
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(ui::MessageBoxes::lastText().startsWith(QStringLiteral("Throw away your changes?")));
    QVERIFY(dialog && dialog->isVisible());
    ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QCOMPARE(ConsultationRepository(m_db->session()).get(m_screen.firstConsultation)->version, 1);
}

void TestTimelineRecords::referralOpensItsProgress()
{
    openByKeyboard(Kind::Referral, m_screen.referral);
    ui::ReferralStatusDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<ui::ReferralStatusDialog>()) != nullptr);
    QVERIFY(dialog->historyList()->count() >= 3); // proposed, sent, accepted
    dialog->reject();
}

void TestTimelineRecords::consentOpensTheConsents()
{
    openByKeyboard(Kind::Consent, m_screen.expiringConsent);
    ui::ConsentsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<ui::ConsentsDialog>()) != nullptr);
    const QModelIndex current = dialog->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(dialog->model()->consentAt(current.row())->id, m_screen.expiringConsent);
    QVERIFY(dialog->withdrawButton()->isEnabled()); // in force: it can be withdrawn from here
    dialog->reject();
}

void TestTimelineRecords::disclosureOpensReadOnly()
{
    // A double click does what Enter does.
    const int row = rowOf(Kind::Disclosure, m_screen.disclosure);
    QVERIFY(row >= 0);
    timeline()->scrollTo(page()->timelineModel()->index(row, 0));
    const QRect rect = timeline()->visualRect(page()->timelineModel()->index(row, ClientTimelineModel::SummaryColumn));
    QTest::mouseClick(timeline()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(timeline()->viewport(), Qt::LeftButton, {}, rect.center());
    ui::DisclosureDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = openDialog<ui::DisclosureDialog>()) != nullptr);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Disclosure record no. %1").arg(m_screen.disclosure));
    QVERIFY(dialog->value(QStringLiteral("disclosureRecipient")).startsWith(QStringLiteral("ハローワーク福岡中央")));
    QVERIFY(dialog->value(QStringLiteral("disclosureCategories")).contains(QStringLiteral("Identity")));
    QVERIFY2(dialog->value(QStringLiteral("disclosureBasis"))
                 .startsWith(QStringLiteral("Consent no. %1, ").arg(m_screen.helloWorkConsent)),
        qPrintable(dialog->value(QStringLiteral("disclosureBasis"))));
    // Read-only: nothing to type into, nothing to save.
    QVERIFY(dialog->findChildren<QLineEdit *>().isEmpty());
    QVERIFY(dialog->findChildren<QPlainTextEdit *>().isEmpty());
    dialog->reject();
}

void TestTimelineRecords::caseOpensOnItsTab()
{
    openByKeyboard(Kind::Case, m_screen.supportCase);
    QTRY_COMPARE(page()->tabs()->currentWidget(), static_cast<QWidget *>(page()->casePanel()));
    QVERIFY(page()->casePanel()->currentCase());
    QCOMPARE(page()->casePanel()->currentCase()->id, m_screen.supportCase);
    QTRY_COMPARE(focused(), static_cast<QWidget *>(page()->casePanel()->view()));
}

void TestTimelineRecords::whatCannotBeOpenedIsSaid()
{
    page()->openRecord(Kind::Consultation, 987654);
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("The consultation could not be opened")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!openDialog<ConsultationDialog>());
    page()->openRecord(Kind::Case, 987654);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("The support case could not be opened")));
    page()->openRecord(Kind::Disclosure, 987654);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        QStringLiteral("The disclosure record could not be opened")));
}

QTEST_MAIN(TestTimelineRecords)
#include "tst_timeline_records.moc"
