// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ClientFixtures.h"
#include "KeyInput.h"
#include "TestSupport.h"

#include "drafts/DraftStore.h"
#include "repo/ConsultationRepository.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consultations/ChannelBox.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/DateInput.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::ConsultationDialog;
using tsunagu::ui::MainWindow;
using tsunagu::ui::MessageBoxes;

namespace {

QList<drafts::Draft> pendingDrafts(test::TempDatabase &db)
{
    const auto pending = drafts::DraftStore(db.session()).pending(db.staffId());
    if (!pending)
        qFatal("cannot read drafts: %s", qPrintable(pending.error().message));
    return *pending;
}

QList<ConsultationDialog *> openDialogs(QWidget *parent)
{
    QList<ConsultationDialog *> open;
    for (ConsultationDialog *d : parent->findChildren<ConsultationDialog *>()) {
        if (d->isVisible())
            open << d;
    }
    return open;
}

} // namespace

class TestConsultationDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void draftIsWrittenWhileTypingBeforeAnyClose();
    void draftSurvivesADestroyedDialogAndIsOfferedBack();
    void discardingTheOfferDeletesTheDraft();
    void savingDeletesTheDraft();
    void draftKeepsEveryField();
    void startUpOffersDraftsAfterACrash();
    void startUpDiscardDeletesThem();
    void ctrlNLogsForTheOpenClient();
    void ctrlNWithoutAClientAsksInTheSearchField();

private:
    ConsultationDialog *openDialog();

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_client = 0;
    QPointer<ConsultationDialog> m_dialog;
};

void TestConsultationDrafts::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestConsultationDrafts::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_client = test::addClient(m_db->session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
}

void TestConsultationDrafts::cleanup()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    delete m_dialog;
    m_db.reset();
}

ConsultationDialog *TestConsultationDrafts::openDialog()
{
    m_dialog = new ConsultationDialog(m_db->session(), m_client);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    return m_dialog;
}

void TestConsultationDrafts::draftIsWrittenWhileTypingBeforeAnyClose()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    QVERIFY(pendingDrafts(*m_db).isEmpty()); // opening alone writes nothing
    d->notesEdit()->setFocus();
    typeText(d->notesEdit(), QStringLiteral("停電しても残るメモ"));

    // About half a second after typing stops, with the dialog still open and
    // no close event of any kind: the row is in the database.
    QTRY_COMPARE_WITH_TIMEOUT(pendingDrafts(*m_db).size(), 1, 3000);
    QVERIFY(d->isVisible());
    const drafts::Draft draft = pendingDrafts(*m_db).constFirst();
    QCOMPARE(draft.id, d->draftId());
    QCOMPARE(draft.kind, drafts::consultationDraft);
    QCOMPARE(draft.clientId, std::optional<qint64>(m_client));
    QCOMPARE(draft.payload.value(QStringLiteral("notes")).toString(), QStringLiteral("停電しても残るメモ"));

    // More typing overwrites the same draft.
    typeText(d->notesEdit(), QStringLiteral("。続き"));
    QTRY_COMPARE_WITH_TIMEOUT(pendingDrafts(*m_db).constFirst().payload.value(QStringLiteral("notes")).toString(),
        QStringLiteral("停電しても残るメモ。続き"), 3000);
    QCOMPARE(pendingDrafts(*m_db).size(), 1);
}

void TestConsultationDrafts::draftSurvivesADestroyedDialogAndIsOfferedBack()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    d->notesEdit()->setFocus();
    typeText(d->notesEdit(), QStringLiteral("途中まで書いた記録"));
    QTRY_COMPARE_WITH_TIMEOUT(pendingDrafts(*m_db).size(), 1, 3000);
    const qint64 draftId = d->draftId();

    // A crash: the window goes away without Esc, without saving.
    delete d;
    QCOMPARE(pendingDrafts(*m_db).size(), 1);

    QWidget parent;
    MessageBoxes::setNextAnswer(QMessageBox::Open);
    QPointer<ConsultationDialog> again = ConsultationDialog::openFor(m_db->session(), m_client, &parent);
    QVERIFY(again);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("unsaved draft")));
    QCOMPARE(again->notesEdit()->toPlainText(), QStringLiteral("途中まで書いた記録"));
    QCOMPARE(again->draftId(), draftId);
    QVERIFY(test::activate(again));

    // Saved: the draft has done its work.
    QTest::keyClick(again->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(pendingDrafts(*m_db).isEmpty());
    const auto saved = ConsultationRepository(m_db->session()).forClient(m_client);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->constFirst().notes, QStringLiteral("途中まで書いた記録"));
}

void TestConsultationDrafts::discardingTheOfferDeletesTheDraft()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    typeText(d->notesEdit(), QStringLiteral("要らない下書き"));
    d->saveDraftNow();
    delete d;

    QWidget parent;
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    QPointer<ConsultationDialog> again = ConsultationDialog::openFor(m_db->session(), m_client, &parent);
    QVERIFY(again);
    QVERIFY(again->notesEdit()->toPlainText().isEmpty());
    QCOMPARE(again->draftId(), 0);
    QVERIFY(pendingDrafts(*m_db).isEmpty());
}

void TestConsultationDrafts::savingDeletesTheDraft()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    typeText(d->notesEdit(), QStringLiteral("保存するメモ"));
    QTRY_COMPARE_WITH_TIMEOUT(pendingDrafts(*m_db).size(), 1, 3000);
    QTest::keyClick(d->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!d->isVisible());
    QVERIFY(pendingDrafts(*m_db).isEmpty());
    QTest::qWait(ConsultationDialog::draftDelayMs * 2); // no late timer brings it back
    QVERIFY(pendingDrafts(*m_db).isEmpty());
}

void TestConsultationDrafts::draftKeepsEveryField()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    d->durationBox()->setValue(50);
    QTest::keyClick(d->channelBox(), Qt::Key_3);
    typeText(d->notesEdit(), QStringLiteral("メモ"));
    typeText(d->nextStepsEdit(), QStringLiteral("次回"));
    QTest::keyClicks(d->followUpEdit(), QStringLiteral("not yet a date")); // kept as typed
    d->saveDraftNow();
    const ui::ConsultationEntry typed = d->entry();
    delete d;

    const drafts::Draft draft = pendingDrafts(*m_db).constFirst();
    auto *restored = new ConsultationDialog(m_db->session(), m_client);
    m_dialog = restored;
    restored->restoreDraft(draft);
    const ui::ConsultationEntry back = restored->entry();
    QCOMPARE(back.consultation.startedAt, typed.consultation.startedAt);
    QCOMPARE(back.consultation.durationMin, 50);
    QCOMPARE(back.consultation.channel, Channel::Online);
    QCOMPARE(back.consultation.notes, QStringLiteral("メモ"));
    QCOMPARE(back.consultation.nextSteps, QStringLiteral("次回"));
    QCOMPARE(back.followUpText, QStringLiteral("not yet a date"));
    QCOMPARE(back.consultation.attendees, typed.consultation.attendees);
}

void TestConsultationDrafts::startUpOffersDraftsAfterACrash()
{
    {
        ConsultationDialog *d = openDialog();
        QVERIFY(d);
        typeText(d->notesEdit(), QStringLiteral("前回の続き"));
        QTRY_COMPARE_WITH_TIMEOUT(pendingDrafts(*m_db).size(), 1, 3000);
        delete d; // the application went away
    }
    MainWindow window(m_db->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    MessageBoxes::setNextAnswer(QMessageBox::Open);
    window.offerDrafts();
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("There are unsaved drafts")));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("山田 太郎")));
    const QList<ConsultationDialog *> open = openDialogs(&window);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst()->clientId(), m_client);
    QCOMPARE(open.constFirst()->notesEdit()->toPlainText(), QStringLiteral("前回の続き"));
    QVERIFY(test::activate(open.constFirst()));

    QSignalSpy saved(&window, &MainWindow::consultationSaved);
    QTest::keyClick(open.constFirst()->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toLongLong(), m_client);
    QVERIFY(pendingDrafts(*m_db).isEmpty());
}

void TestConsultationDrafts::startUpDiscardDeletesThem()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    typeText(d->notesEdit(), QStringLiteral("捨てる"));
    d->saveDraftNow();
    delete d;

    MainWindow window(m_db->session());
    MessageBoxes::setNextAnswer(QMessageBox::Cancel); // later: kept
    window.offerDrafts();
    QCOMPARE(pendingDrafts(*m_db).size(), 1);
    QVERIFY(openDialogs(&window).isEmpty());
    MessageBoxes::setNextAnswer(QMessageBox::Discard);
    window.offerDrafts();
    QVERIFY(pendingDrafts(*m_db).isEmpty());
    QVERIFY(openDialogs(&window).isEmpty());

    // With nothing pending, nothing is asked.
    MessageBoxes::setNextAnswer(QMessageBox::Open);
    window.offerDrafts();
    QVERIFY(openDialogs(&window).isEmpty());
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
}

void TestConsultationDrafts::ctrlNLogsForTheOpenClient()
{
    MainWindow window(m_db->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.openClient(m_client);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    QTRY_COMPARE(openDialogs(&window).size(), 1);
    QCOMPARE(openDialogs(&window).constFirst()->clientId(), m_client);

    // Again: the dialog already open comes forward, no second one.
    window.logConsultation(m_client);
    QCOMPARE(openDialogs(&window).size(), 1);
}

void TestConsultationDrafts::ctrlNWithoutAClientAsksInTheSearchField()
{
    MainWindow window(m_db->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(openDialogs(&window).isEmpty());

    QTest::keyClick(window.searchField(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(window.searchField()->hasFocus());
    QVERIFY(openDialogs(&window).isEmpty());
    typeText(window.searchField(), QStringLiteral("やまだ"));
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    QTRY_COMPARE(openDialogs(&window).size(), 1);
    QCOMPARE(openDialogs(&window).constFirst()->clientId(), m_client);
}

QTEST_MAIN(TestConsultationDrafts)
#include "tst_consultation_drafts.moc"
