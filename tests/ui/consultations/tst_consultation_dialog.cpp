// SPDX-License-Identifier: GPL-3.0-or-later
#include "../ClientFixtures.h"
#include "KeyInput.h"
#include "TestSupport.h"

#include "drafts/DraftStore.h"
#include "repo/ConsultationRepository.h"
#include "repo/StaffRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consultations/ChannelBox.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/DateInput.h"
#include "ui/consultations/TopicPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::focused;
using tsunagu::test::tab;
using tsunagu::test::typeText;
using tsunagu::ui::ConsultationDialog;
using tsunagu::ui::MessageBoxes;

class TestConsultationDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void logsAConsultationByKeyboardOnly();
    void defaultsAreNowAndTheLastChannelUsed();
    void digitsChooseTheChannel();
    void escAsksAndNoKeepsTheText();
    void escWithNothingTypedJustCloses();
    void errorsAreShownAtTheFieldAndNothingIsLost();
    void ctrlEnterSavesFromInsideTheNotes();

private:
    ConsultationDialog *open();

    std::unique_ptr<test::TempDatabase> m_db;
    qint64 m_client = 0;
    QPointer<ConsultationDialog> m_dialog;
};

void TestConsultationDialog::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestConsultationDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    m_client = test::addClient(m_db->session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
}

void TestConsultationDialog::cleanup()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    delete m_dialog;
    m_db.reset();
}

ConsultationDialog *TestConsultationDialog::open()
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

void TestConsultationDialog::logsAConsultationByKeyboardOnly()
{
    ConsultationDialog *d = open();
    QVERIFY(d);

    // Date and time: now, from the session's clock; the hour typed over.
    QCOMPARE(focused(), d->whenEdit());
    QCOMPARE(d->whenEdit()->text(), QStringLiteral("2026/11/20 10:00"));
    d->whenEdit()->setSelectedSection(QDateTimeEdit::HourSection);
    QTest::keyClicks(static_cast<QWidget *>(d->whenEdit()), QStringLiteral("09"));
    QCOMPARE(d->whenEdit()->text(), QStringLiteral("2026/11/20 09:00"));

    tab(); // one stop, whatever part of the date was being edited
    QCOMPARE(focused(), d->durationBox());
    QTest::keyClicks(focused(), QStringLiteral("45"));

    tab();
    QCOMPARE(focused(), d->channelBox());
    QTest::keyClick(focused(), Qt::Key_2);
    QCOMPARE(d->channelBox()->channel(), Channel::Phone);

    tab();
    QCOMPARE(focused(), d->kindBox());
    QTest::keyClick(focused(), Qt::Key_End);

    tab();
    QCOMPARE(focused(), d->attendeesView());
    QTest::keyClick(focused(), Qt::Key_Right); // 本人 is ticked already; 家族 too
    QTest::keyClick(focused(), Qt::Key_Space);

    tab();
    QCOMPARE(focused(), d->topicPicker()->filterEdit());
    typeText(focused(), QStringLiteral("return"));
    QCOMPARE(d->topicPicker()->visibleCount(), 1);
    QTest::keyClick(focused(), Qt::Key_Space);
    QTest::keyClick(focused(), Qt::Key_Escape); // clears the filter, does not close
    QVERIFY(d->isVisible());
    QCOMPARE(d->topicPicker()->visibleCount(), int(enumCount<Topic>()));
    typeText(focused(), QStringLiteral("treat"));
    QCOMPARE(d->topicPicker()->visibleCount(), 1);
    QTest::keyClick(focused(), Qt::Key_Space);

    tab();
    QCOMPARE(focused(), d->notesEdit());
    typeText(focused(), QStringLiteral("復職に向けて主治医と面談。"));
    QTest::keyClick(focused(), Qt::Key_Return);
    typeText(focused(), QStringLiteral("短時間勤務から始めたい。"));

    tab(); // Tab leaves the notes
    QCOMPARE(focused(), d->nextStepsEdit());
    typeText(focused(), QStringLiteral("来週、電話で様子を聞く"));

    tab();
    QCOMPARE(focused(), d->followUpEdit());
    QTest::keyClicks(focused(), QStringLiteral("+7"));

    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Accepted));
    QVERIFY(d->savedId() > 0);

    const auto saved = ConsultationRepository(m_db->session()).forClient(m_client);
    QVERIFY(saved);
    QCOMPARE(saved->size(), 1);
    const Consultation &c = saved->constFirst();
    QCOMPARE(c.id, d->savedId());
    QCOMPARE(c.startedAt, test::jstDateTime(2026, 11, 20, 9, 0).toMSecsSinceEpoch());
    QCOMPARE(c.durationMin, 45);
    QCOMPARE(c.channel, Channel::Phone);
    QCOMPARE(c.kind, ConsultationKind::Coaching);
    QCOMPARE(c.attendees, (Attendees { Attendee::Self, Attendee::Family }));
    QCOMPARE(c.topics, (Topics { Topic::ReturnToWork, Topic::TreatmentWorkBalance }));
    QCOMPARE(c.notes, QStringLiteral("復職に向けて主治医と面談。\n短時間勤務から始めたい。"));
    QCOMPARE(c.nextSteps, QStringLiteral("来週、電話で様子を聞く"));
    QCOMPARE(c.followUpOn, std::optional<QDate>(QDate(2026, 11, 27)));
    QCOMPARE(c.staffId, m_db->staffId());
}

void TestConsultationDialog::defaultsAreNowAndTheLastChannelUsed()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    QCOMPARE(d->channelBox()->channel(), Channel::InPerson); // nothing entered yet
    QCOMPARE(d->entry().consultation.attendees, Attendees { Attendee::Self });
    QCOMPARE(d->entry().consultation.startedAt, m_db->clock().nowMs());

    Consultation mine;
    mine.clientId = m_client;
    mine.startedAt = m_db->clock().nowMs();
    mine.channel = Channel::Online;
    QVERIFY(ConsultationRepository(m_db->session()).create(mine));
    // Someone else's later e-mail does not change my default.
    auto other = StaffRepository(m_db->session()).create(QStringLiteral("佐藤"), StaffRole::Outreach);
    QVERIFY(other);
    m_db->clock().advance(60'000);
    Consultation theirs = mine;
    theirs.channel = Channel::Email;
    QVERIFY(ConsultationRepository(m_db->sessionAs(*other)).create(theirs));

    d = open();
    QVERIFY(d);
    QCOMPARE(d->channelBox()->channel(), Channel::Online);
}

void TestConsultationDialog::digitsChooseTheChannel()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    d->channelBox()->setFocus();
    const std::pair<Qt::Key, Channel> keys[] = { { Qt::Key_3, Channel::Online }, { Qt::Key_4, Channel::Email },
        { Qt::Key_6, Channel::Accompanied }, { Qt::Key_1, Channel::InPerson }, { Qt::Key_2, Channel::Phone } };
    for (const auto &[key, channel] : keys) {
        QTest::keyClick(d->channelBox(), key);
        QCOMPARE(d->channelBox()->channel(), channel);
    }
    QVERIFY(d->channelBox()->currentText().startsWith(QLatin1Char('2'))); // the key is shown
}

void TestConsultationDialog::escAsksAndNoKeepsTheText()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    d->notesEdit()->setFocus();
    typeText(d->notesEdit(), QStringLiteral("消えてはいけないメモ"));

    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(d->notesEdit(), Qt::Key_Escape);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Throw away")));
    QVERIFY(d->isVisible());
    QCOMPARE(d->notesEdit()->toPlainText(), QStringLiteral("消えてはいけないメモ"));

    // Yes throws it away, draft included.
    d->saveDraftNow();
    QVERIFY(d->draftId() != 0);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(d->notesEdit(), Qt::Key_Escape);
    QVERIFY(!d->isVisible());
    QCOMPARE(d->result(), int(QDialog::Rejected));
    const auto drafts = drafts::DraftStore(m_db->session()).pending(m_db->staffId());
    QVERIFY(drafts);
    QVERIFY(drafts->isEmpty());
    QCOMPARE(ConsultationRepository(m_db->session()).forClient(m_client)->size(), 0);
}

void TestConsultationDialog::escWithNothingTypedJustCloses()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    MessageBoxes::setNextAnswer(QMessageBox::No); // were it asked, it would stay open
    QTest::keyClick(static_cast<QWidget *>(d->whenEdit()), Qt::Key_Escape);
    QVERIFY(!d->isVisible());
}

void TestConsultationDialog::errorsAreShownAtTheFieldAndNothingIsLost()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    d->notesEdit()->setFocus();
    typeText(d->notesEdit(), QStringLiteral("面談メモ"));
    QLabel *followUpError = d->errorLabel(QStringLiteral("follow_up_on"));
    QVERIFY(followUpError);
    QVERIFY(followUpError->isHidden());

    // Core's check: a follow-up before the consultation.
    d->followUpEdit()->setFocus();
    QTest::keyClicks(d->followUpEdit(), QStringLiteral("2026-11-01"));
    QTest::keyClick(d->followUpEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d->isVisible());
    QVERIFY(followUpError->isVisible());
    QVERIFY2(followUpError->text().contains(QStringLiteral("2026-11-01")), qPrintable(followUpError->text()));
    QCOMPARE(focused(), d->followUpEdit());
    QCOMPARE(d->notesEdit()->toPlainText(), QStringLiteral("面談メモ"));
    QCOMPARE(ConsultationRepository(m_db->session()).forClient(m_client)->size(), 0);

    // Something that is not a date at all.
    d->followUpEdit()->clear();
    QTest::keyClicks(d->followUpEdit(), QStringLiteral("next week"));
    QTest::keyClick(d->followUpEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d->isVisible());
    QVERIFY(followUpError->isVisible());

    // Corrected: saved, and the error is gone.
    d->followUpEdit()->clear();
    QTest::keyClicks(d->followUpEdit(), QStringLiteral("12/1"));
    QTest::keyClick(d->followUpEdit(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!d->isVisible());
    QVERIFY(followUpError->isHidden());
    const auto saved = ConsultationRepository(m_db->session()).forClient(m_client);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->constFirst().followUpOn, std::optional<QDate>(QDate(2026, 12, 1)));
}

void TestConsultationDialog::ctrlEnterSavesFromInsideTheNotes()
{
    ConsultationDialog *d = open();
    QVERIFY(d);
    d->notesEdit()->setFocus();
    typeText(d->notesEdit(), QStringLiteral("電話で近況確認"));
    QTest::keyClick(d->notesEdit(), Qt::Key_Enter, Qt::ControlModifier); // the keypad's Enter too
    QVERIFY(!d->isVisible());
    const auto saved = ConsultationRepository(m_db->session()).forClient(m_client);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->constFirst().notes, QStringLiteral("電話で近況確認")); // no newline slipped in
}

QTEST_MAIN(TestConsultationDialog)
#include "tst_consultation_dialog.moc"
