// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ClientFixtures.h"
#include "KeyInput.h"
#include "TestSupport.h"

#include "drafts/DraftStore.h"
#include "repo/ConsultationRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consultations/ChannelBox.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/PreVisitChecklistDialog.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::ConsultationDialog;
using tsunagu::ui::PreVisitChecklistDialog;

class TestVisitChecklist : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checklistRefusesWithoutAgreement();
    void choosingHomeVisitOpensTheChecklistFirst();
    void goingBackWithoutAgreementLeavesHomeVisit();
    void answersAreKeptWithTheConsultation();
    void homeVisitByDefaultIsAskedBeforeSaving();
    void answersAreKeptInTheDraft();

private:
    ConsultationDialog *openDialog();
    PreVisitChecklistDialog *pressFive(ConsultationDialog *d);

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_client = 0;
    QPointer<ConsultationDialog> m_dialog;
};

void TestVisitChecklist::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestVisitChecklist::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_client = test::addClient(m_db->session(), QStringLiteral("鈴木 美穂"), QStringLiteral("すずき みほ"));
}

void TestVisitChecklist::cleanup()
{
    ui::MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    delete m_dialog;
    m_db.reset();
}

ConsultationDialog *TestVisitChecklist::openDialog()
{
    delete m_dialog;
    m_dialog = new ConsultationDialog(m_db->session(), m_client);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog))
        return nullptr;
    m_dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(m_dialog))
        return nullptr;
    return m_dialog;
}

PreVisitChecklistDialog *TestVisitChecklist::pressFive(ConsultationDialog *d)
{
    d->channelBox()->setFocus();
    QTest::keyClick(d->channelBox(), Qt::Key_5);
    PreVisitChecklistDialog *checklist = d->checklistDialog();
    if (checklist && !QTest::qWaitForWindowExposed(checklist))
        return nullptr;
    return checklist;
}

void TestVisitChecklist::checklistRefusesWithoutAgreement()
{
    PreVisitChecklistDialog checklist;
    checklist.show();
    QVERIFY(QTest::qWaitForWindowExposed(&checklist));
    QVERIFY(checklist.errorLabel()->isHidden());
    checklist.accept();
    QVERIFY(checklist.isVisible());
    QVERIFY(checklist.errorLabel()->isVisible());
    QVERIFY(checklist.errorLabel()->text().contains(QStringLiteral("agreement")));
    checklist.agreedBox()->setChecked(true);
    QVERIFY(checklist.errorLabel()->isHidden());
    checklist.accept();
    QVERIFY(!checklist.isVisible());
    QCOMPARE(checklist.result(), int(QDialog::Accepted));
    QVERIFY(checklist.check().personAgreed);
}

void TestVisitChecklist::choosingHomeVisitOpensTheChecklistFirst()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    PreVisitChecklistDialog *checklist = pressFive(d);
    QVERIFY(checklist);
    QVERIFY(checklist->isVisible());
    QVERIFY(checklist->isModal()); // nothing else until it is answered
    QCOMPARE(QApplication::focusWidget(), checklist->agreedBox());

    // Continue without the person's agreement: refused, stays open.
    QTest::keyClick(checklist->agreedBox(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(checklist->isVisible());
    QVERIFY(checklist->errorLabel()->isVisible());
    QCOMPARE(d->channelBox()->channel(), Channel::HomeVisit);
}

void TestVisitChecklist::goingBackWithoutAgreementLeavesHomeVisit()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    QTest::keyClick(static_cast<QWidget *>(d->whenEdit()), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), d->channelBox());
    QTest::keyClick(d->channelBox(), Qt::Key_2); // phone first
    QPointer<PreVisitChecklistDialog> checklist = pressFive(d);
    QVERIFY(checklist);
    QTest::keyClick(checklist->agreedBox(), Qt::Key_Escape);
    QTRY_VERIFY(!checklist || !checklist->isVisible());
    QCOMPARE(d->channelBox()->channel(), Channel::Phone); // no agreement, no home visit
    QVERIFY(d->isVisible());
}

void TestVisitChecklist::answersAreKeptWithTheConsultation()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    PreVisitChecklistDialog *checklist = pressFive(d);
    QVERIFY(checklist);
    QTest::keyClick(checklist->agreedBox(), Qt::Key_Space);
    QVERIFY(checklist->agreedBox()->isChecked());
    QTest::keyClick(checklist->agreedBox(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checklist->othersEdit());
    typeText(checklist->othersEdit(), QStringLiteral("母"));
    QTest::keyClick(checklist->othersEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), checklist->risksEdit());
    typeText(checklist->risksEdit(), QStringLiteral("大型犬がいる"));
    QTest::keyClick(checklist->risksEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!d->checklistDialog());
    QCOMPARE(d->channelBox()->channel(), Channel::HomeVisit);
    auto *summary = d->findChild<QLabel *>(QStringLiteral("visitSummary"));
    QVERIFY(summary && summary->isVisible());
    QVERIFY(summary->text().contains(QStringLiteral("母")));

    QVERIFY(test::activate(d)); // back from the checklist
    typeText(d->notesEdit(), QStringLiteral("自宅で面談。体調は安定。"));
    QTest::keyClick(d->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!d->isVisible());
    const auto saved = ConsultationRepository(m_db->session()).forClient(m_client);
    QCOMPARE(saved->size(), 1);
    const Consultation &c = saved->constFirst();
    QCOMPARE(c.channel, Channel::HomeVisit);
    QCOMPARE(c.notes,
        QStringLiteral("自宅で面談。体調は安定。\n\n[Pre-visit checklist]\nThe person agreed to the visit: yes\n"
                       "Others present: 母\nKnown risks: 大型犬がいる"));
}

void TestVisitChecklist::homeVisitByDefaultIsAskedBeforeSaving()
{
    Consultation last;
    last.clientId = m_client;
    last.startedAt = m_db->clock().nowMs();
    last.channel = Channel::HomeVisit;
    last.notes = QStringLiteral("前回");
    QVERIFY(ConsultationRepository(m_db->session()).create(last));

    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    QCOMPARE(d->channelBox()->channel(), Channel::HomeVisit); // the last channel used
    QVERIFY(!d->checklistDialog()); // not thrown at the person on opening
    typeText(d->notesEdit(), QStringLiteral("今回"));
    QTest::keyClick(d->notesEdit(), Qt::Key_Return, Qt::ControlModifier);
    QPointer<PreVisitChecklistDialog> checklist = d->checklistDialog();
    QVERIFY(checklist); // asked first, nothing saved yet
    QVERIFY(test::activate(checklist));
    QCOMPARE(ConsultationRepository(m_db->session()).forClient(m_client)->size(), 1);
    checklist->agreedBox()->setChecked(true);
    QTest::keyClick(checklist->agreedBox(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!d->isVisible()); // then saved
    QCOMPARE(ConsultationRepository(m_db->session()).forClient(m_client)->size(), 2);
}

void TestVisitChecklist::answersAreKeptInTheDraft()
{
    ConsultationDialog *d = openDialog();
    QVERIFY(d);
    PreVisitChecklistDialog *checklist = pressFive(d);
    QVERIFY(checklist);
    checklist->agreedBox()->setChecked(true);
    typeText(checklist->othersEdit(), QStringLiteral("支援員"));
    checklist->accept();
    QTRY_VERIFY(!d->checklistDialog());
    d->saveDraftNow();
    const auto draft = drafts::DraftStore(m_db->session()).get(d->draftId());
    QVERIFY(draft);
    const ui::ConsultationEntry back = ui::ConsultationEntry::fromJson(draft->payload);
    QVERIFY(back.visitCheck);
    QVERIFY(back.visitCheck->personAgreed);
    QCOMPARE(back.visitCheck->othersPresent, QStringLiteral("支援員"));
}

QTEST_MAIN(TestVisitChecklist)
#include "tst_visit_checklist.moc"
