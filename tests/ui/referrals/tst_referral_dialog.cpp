// SPDX-License-Identifier: GPL-3.0-or-later
// The referral dialog (UI.md, 紹介): the gate's verdict live, a consent added
// from the refusal, the letter holding only the allowed categories, one
// disclosure record, and the separate path of a legal exception.
#include "UiWorld.h"

#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureLog.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/agencies/AgencyListModel.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consents/CheckList.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/AgencyPicker.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/referrals/ExceptionDialog.h"
#include "ui/referrals/FileChooser.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/referrals/VerdictPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::ReferralDialog;
using tsunagu::ui::VerdictPanel;

class TestReferralDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedWithoutConsentSaysWhy();
    void consentThenLetterHoldsOnlyAllowedCategories();
    void healthIsSeparateAndNeverPrechecked();
    void printingRecordsALetterDisclosure();
    void cancellingTheFileDialogSharesNothing();
    void exceptionNeedsJustificationAndGoesToReview();
    void stopUseIsRefused();
    void mainWindowOpensTheDialog();
    void agencyPickerModelIsSound();
    void speaksJapanese();

private:
    void chooseHelloWorkByKeyboard(ReferralDialog &dialog);

    std::unique_ptr<test::UiWorld> m_world;
    std::unique_ptr<ReferralDialog> m_dialog;
    QTemporaryDir m_files;
};

void TestReferralDialog::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
    QVERIFY(m_files.isValid());
}

void TestReferralDialog::init()
{
    m_world = std::make_unique<test::UiWorld>();
    m_dialog = std::make_unique<ReferralDialog>(m_world->session(), m_world->client);
    QVERIFY(test::showActive(*m_dialog));
}

void TestReferralDialog::cleanup()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
    m_dialog.reset();
    m_world.reset();
}

void TestReferralDialog::chooseHelloWorkByKeyboard(ReferralDialog &dialog)
{
    ui::AgencyPicker *picker = dialog.agencyPicker();
    picker->searchEdit()->setFocus();
    typeText(picker->searchEdit(), QStringLiteral("いとしま")); // the reading finds nothing: names only
    QTRY_COMPARE(picker->model()->rowCount(), 0);
    picker->searchEdit()->clear();
    typeText(picker->searchEdit(), QStringLiteral("ﾊﾛｰﾜｰｸ")); // half-width katakana finds the full-width name
    QTRY_COMPARE(picker->model()->rowCount(), 1);
    QCOMPARE(picker->agencyId(), 0);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTRY_VERIFY(picker->view()->hasFocus());
    QCOMPARE(picker->agencyId(), m_world->helloWork);
    QCOMPARE(picker->agencyName(), QStringLiteral("ハローワーク糸島"));
}

void TestReferralDialog::refusedWithoutConsentSaysWhy()
{
    VerdictPanel *verdict = m_dialog->verdictPanel();
    QCOMPARE(verdict->state(), VerdictPanel::State::Undecided);
    QVERIFY(!m_dialog->printButton()->isEnabled());
    QVERIFY(!m_dialog->pdfButton()->isEnabled());

    chooseHelloWorkByKeyboard(*m_dialog);
    QCOMPARE(verdict->state(), VerdictPanel::State::Refused);
    QCOMPARE(verdict->title(), QStringLiteral("Cannot be shared"));
    QVERIFY(m_dialog->decision());
    QVERIFY(m_dialog->decision()->hasReason(privacy::RefusalCode::NoConsent));
    // Every reason of the gate is shown, in its words.
    QStringList expected;
    for (const privacy::RefusalReason &r : m_dialog->decision()->reasons)
        expected << r.message;
    QCOMPARE(verdict->reasons(), expected);
    QVERIFY2(verdict->text().contains(QStringLiteral("No consent from this person to share information with")),
        qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("ハローワーク糸島")));
    QVERIFY(!m_dialog->printButton()->isEnabled());
    QVERIFY(!m_dialog->pdfButton()->isEnabled());
    QVERIFY(m_dialog->preview()->toPlainText().contains(QStringLiteral("No letter can be made")));

    // Nothing was released by asking.
    QCOMPARE(m_world->disclosureCount(m_world->client), 0);
}

void TestReferralDialog::consentThenLetterHoldsOnlyAllowedCategories()
{
    chooseHelloWorkByKeyboard(*m_dialog);
    QVERIFY(m_dialog->categoryBox(DataCategory::Identity)->isChecked());
    test::clickBox(m_dialog->categoryBox(DataCategory::Employment));
    QVERIFY(m_dialog->categoryBox(DataCategory::Employment)->isChecked());
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Refused);

    // From the refusal, record the consent: the dialog starts from the request.
    QTest::mouseClick(m_dialog->consentButton(), Qt::LeftButton);
    QPointer<ui::ConsentDialog> consent = m_dialog->findChild<ui::ConsentDialog *>();
    QVERIFY(consent);
    QTRY_VERIFY(consent->isVisible());
    QVERIFY(consent->recipientList()->isChecked(ui::ConsentDialog::agencyValue(m_world->helloWork)));
    QVERIFY(consent->purposeList()->isChecked(static_cast<int>(Purpose::Referral)));
    QVERIFY(consent->categoryList()->isChecked(static_cast<int>(DataCategory::Identity)));
    QVERIFY(consent->categoryList()->isChecked(static_cast<int>(DataCategory::Employment)));
    QVERIFY(!consent->healthBox()->isChecked());
    // By keyboard: Contact ticked, then unticked again.
    ui::CheckList *categories = consent->categoryList();
    categories->setFocus();
    categories->setCurrentRow(categories->rowOf(static_cast<int>(DataCategory::Contact)));
    QTest::keyClick(categories, Qt::Key_Space);
    QVERIFY(categories->isChecked(static_cast<int>(DataCategory::Contact)));
    QTest::keyClick(categories, Qt::Key_Space);
    QVERIFY(!categories->isChecked(static_cast<int>(DataCategory::Contact)));
    QTest::mouseClick(consent->saveButton(), Qt::LeftButton);
    QTRY_VERIFY(!consent || !consent->isVisible());

    // The verdict turned green, naming the consent's period (a year from today).
    VerdictPanel *verdict = m_dialog->verdictPanel();
    QCOMPARE(verdict->state(), VerdictPanel::State::Allowed);
    QCOMPARE(verdict->title(), QStringLiteral("Allowed by the consent (2026-11-20 to 2027-11-19)"));
    QVERIFY(m_dialog->printButton()->isEnabled());
    QVERIFY(m_dialog->pdfButton()->isEnabled());
    // Before the release, the preview holds nothing about the person.
    QVERIFY(!m_dialog->preview()->toPlainText().contains(QStringLiteral("山田")));
    QCOMPARE(m_world->disclosureCount(m_world->client), 0);

    typeText(m_dialog->noteEdit(), QStringLiteral("ご本人の希望で紹介します。"));
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("letter.pdf"));
    ui::FileChooser::setNextFileName(pdf);
    QTest::mouseClick(m_dialog->pdfButton(), Qt::LeftButton);

    // The PDF is written, and nothing else is left next to it.
    QVERIFY(m_dialog->isReleased());
    QVERIFY(QFile::exists(pdf));
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList { QStringLiteral("letter.pdf") });

    // The letter holds the allowed categories and nothing else.
    const QString html = m_dialog->letterHtml();
    for (const QString &present :
        { QStringLiteral("山田 花子"), QStringLiteral("やまだ はなこ"), QStringLiteral("On sick leave"),
            QStringLiteral("ハローワーク糸島"), QStringLiteral("ご本人の希望で紹介します。") })
        QVERIFY2(html.contains(present), qPrintable(present));
    for (const QString &absent : { test::UiWorld::clientPhone, test::UiWorld::clientAddress,
             QStringLiteral("復職に向けて"), QStringLiteral("山田 和子") })
        QVERIFY2(!html.contains(absent), qPrintable(absent));
    const QString text = ui::DocumentOutput::lastText();
    QVERIFY(text.contains(QStringLiteral("山田 花子")));
    QVERIFY(!text.contains(test::UiWorld::clientPhone));
    QVERIFY(m_dialog->preview()->toPlainText().contains(QStringLiteral("山田 花子")));

    // Exactly one disclosure record, made on the consent, and the referral sent.
    const auto records = test::must(privacy::DisclosureLog(m_world->session()).forClient(m_world->client, true), "log");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().id, m_dialog->disclosureId());
    QCOMPARE(records.first().categories, (DataCategories { DataCategory::Identity, DataCategory::Employment }));
    QCOMPARE(records.first().method, DisclosureMethod::PdfFile);
    QCOMPARE(records.first().recipientAgencyId, m_world->helloWork);
    const auto consents
        = test::must(privacy::ConsentRegistry(m_world->session()).forClient(m_world->client), "consents");
    QCOMPARE(consents.size(), 1);
    QCOMPARE(records.first().consentId, consents.first().id);
    QCOMPARE(consents.first().categories, (DataCategories { DataCategory::Identity, DataCategory::Employment }));
    QCOMPARE(consents.first().recipients,
        QList<privacy::ConsentRecipient> { privacy::ConsentRecipient::agency(m_world->helloWork) });
    const auto referrals = test::must(ReferralRepository(m_world->session()).forClient(m_world->client), "referrals");
    QCOMPARE(referrals.size(), 1);
    QCOMPARE(referrals.first().id, m_dialog->referralId());
    QCOMPARE(referrals.first().status, ReferralStatus::Sent);
    QCOMPARE(referrals.first().disclosureId, m_dialog->disclosureId());
    QCOMPARE(referrals.first().consentId, records.first().consentId);

    // The form is locked; the same letter may be saved again, no new record.
    QVERIFY(!m_dialog->categoryBox(DataCategory::Contact)->isEnabled());
    QVERIFY(!m_dialog->printButton()->isEnabled());
    QVERIFY(m_dialog->pdfButton()->isEnabled());
    ui::FileChooser::setNextFileName(m_files.filePath(QStringLiteral("again.pdf")));
    QTest::mouseClick(m_dialog->pdfButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(m_files.filePath(QStringLiteral("again.pdf"))));
    QCOMPARE(m_world->disclosureCount(m_world->client), 1);
}

void TestReferralDialog::healthIsSeparateAndNeverPrechecked()
{
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity, DataCategory::Employment });
    m_dialog->agencyPicker()->setAgencyId(m_world->helloWork);
    QCheckBox *health = m_dialog->categoryBox(DataCategory::Health);
    QVERIFY(!health->isChecked());
    QVERIFY(health->parentWidget() != m_dialog->categoryBox(DataCategory::Identity)->parentWidget());
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Allowed);

    test::clickBox(health); // live: refused at once, saying why
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Refused);
    QVERIFY(m_dialog->decision()->hasReason(privacy::RefusalCode::CategoriesNotCovered));
    QVERIFY(m_dialog->verdictPanel()->text().contains(QStringLiteral("Health")));
    QVERIFY(!m_dialog->pdfButton()->isEnabled());
    test::clickBox(health);
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Allowed);

    // The purpose counts too.
    m_dialog->purposeCombo()->setCurrentIndex(m_dialog->purposeCombo()->findData(int(Purpose::CaseConference)));
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Refused);
    QVERIFY(m_dialog->decision()->hasReason(privacy::RefusalCode::PurposeNotCovered));
}

void TestReferralDialog::printingRecordsALetterDisclosure()
{
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    m_dialog->agencyPicker()->setAgencyId(m_world->helloWork);
    QVERIFY(m_dialog->printButton()->isEnabled());
    const QString printed = m_files.filePath(QStringLiteral("printed.pdf"));
    ui::DocumentOutput::setNextPrinter(printed);
    QTest::mouseClick(m_dialog->printButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(printed));
    const auto records = test::must(privacy::DisclosureLog(m_world->session()).forClient(m_world->client, true), "log");
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().method, DisclosureMethod::Letter);
    QVERIFY(ui::DocumentOutput::lastText().contains(QStringLiteral("山田 花子")));
    QVERIFY(!ui::DocumentOutput::lastText().contains(QStringLiteral("On sick leave")));
}

void TestReferralDialog::cancellingTheFileDialogSharesNothing()
{
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    m_dialog->agencyPicker()->setAgencyId(m_world->helloWork);
    ui::FileChooser::setNextFileName(QString());
    QTest::mouseClick(m_dialog->pdfButton(), Qt::LeftButton);
    ui::DocumentOutput::setNextPrinter(QString());
    QTest::mouseClick(m_dialog->printButton(), Qt::LeftButton);
    QVERIFY(!m_dialog->isReleased());
    QVERIFY(m_dialog->letterHtml().isEmpty());
    QCOMPARE(m_world->disclosureCount(m_world->client), 0);
    QCOMPARE(test::must(ReferralRepository(m_world->session()).forClient(m_world->client), "referrals").size(), 0);
}

void TestReferralDialog::exceptionNeedsJustificationAndGoesToReview()
{
    m_dialog->agencyPicker()->setAgencyId(m_world->helloWork);
    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Refused);

    QTest::mouseClick(m_dialog->exceptionButton(), Qt::LeftButton);
    QPointer<ui::ExceptionDialog> exception = m_dialog->findChild<ui::ExceptionDialog *>();
    QVERIFY(exception);
    QTRY_VERIFY(exception->isVisible());
    QVERIFY(!exception->okButton()->isEnabled()); // not before the explicit confirmation
    test::clickBox(exception->confirmBox());
    QVERIFY(exception->okButton()->isEnabled());

    // An empty justification is refused: the dialog stays, and says why.
    QTest::mouseClick(exception->okButton(), Qt::LeftButton);
    QVERIFY(exception->isVisible());
    QVERIFY(exception->errorLabel()->isVisible());
    QVERIFY(exception->errorLabel()->text().contains(QStringLiteral("justification")));
    QVERIFY(!m_dialog->exception());
    typeText(exception->justificationEdit(), QStringLiteral("   "));
    QTest::mouseClick(exception->okButton(), Qt::LeftButton);
    QVERIFY(exception->isVisible());

    exception->justificationEdit()->clear();
    exception->groundCombo()->setFocus();
    QTest::keyClick(exception->groundCombo(), Qt::Key_Down);
    QCOMPARE(exception->claim().ground, StatutoryException::LifeBodyProperty);
    const QString why = QStringLiteral("本人が自傷をほのめかし連絡が取れない。生命の保護のため");
    typeText(exception->justificationEdit(), why);
    QTest::mouseClick(exception->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!exception || !exception->isVisible());
    QVERIFY(m_dialog->exception());

    QCOMPARE(m_dialog->verdictPanel()->state(), VerdictPanel::State::Allowed);
    QCOMPARE(m_dialog->verdictPanel()->title(),
        QStringLiteral("Allowed under a legal exception (Protection of life, body or property)"));
    QVERIFY(m_dialog->verdictPanel()->text().contains(QStringLiteral("review")));
    QCOMPARE(m_world->disclosureCount(m_world->client), 0);

    ui::FileChooser::setNextFileName(m_files.filePath(QStringLiteral("exception.pdf")));
    QTest::mouseClick(m_dialog->pdfButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isReleased());
    QVERIFY(m_dialog->letterHtml().contains(QStringLiteral("Protection of life, body or property")));

    const auto queue = test::must(privacy::DisclosureLog(m_world->supervisor()).reviewQueue(), "queue");
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().id, m_dialog->disclosureId());
    QCOMPARE(queue.first().justification, why);
    QCOMPARE(queue.first().exception, StatutoryException::LifeBodyProperty);
    QVERIFY(!queue.first().consentId);
}

void TestReferralDialog::stopUseIsRefused()
{
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    Client c = test::must(ClientRepository(m_world->session()).get(m_world->client), "client");
    c.stopUse = true;
    test::must(ClientRepository(m_world->session()).update(c, QStringLiteral("本人の申し出")), "stop use");
    ReferralDialog dialog(m_world->session(), m_world->client);
    dialog.agencyPicker()->setAgencyId(m_world->helloWork);
    QCOMPARE(dialog.verdictPanel()->state(), VerdictPanel::State::Refused);
    QVERIFY(dialog.decision()->hasReason(privacy::RefusalCode::StopUse));
    QVERIFY(!dialog.pdfButton()->isEnabled());
}

void TestReferralDialog::mainWindowOpensTheDialog()
{
    ui::MainWindow window(m_world->session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.referClient(m_world->client);
    auto *dialog = window.findChild<ReferralDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("山田 花子")));
    dialog->reject();
    window.recordConsent(m_world->client);
    auto *consent = window.findChild<ui::ConsentDialog *>();
    QVERIFY(consent);
    QTRY_VERIFY(consent->isVisible());
    consent->reject();
}

void TestReferralDialog::agencyPickerModelIsSound()
{
    ui::AgencyPicker *picker = m_dialog->agencyPicker();
    QAbstractItemModelTester tester(picker->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(picker->model()->rowCount(), 3);
    typeText(picker->searchEdit(), QStringLiteral("病院"));
    QCOMPARE(picker->model()->rowCount(), 1);
    picker->searchEdit()->clear();
    picker->kindCombo()->setCurrentIndex(picker->kindCombo()->findData(int(AgencyKind::Employer)));
    QCOMPARE(picker->model()->rowCount(), 1);
    QCOMPARE(picker->model()->index(0, ui::AgencyListModel::NameColumn).data().toString(),
        QStringLiteral("株式会社つなぐ物産"));
}

void TestReferralDialog::speaksJapanese()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::Japanese));
    ReferralDialog dialog(m_world->session(), m_world->client);
    dialog.agencyPicker()->setAgencyId(m_world->helloWork);
    QCOMPARE(dialog.verdictPanel()->title(), QStringLiteral("提供できません"));
    QVERIFY(dialog.verdictPanel()->text().contains(QStringLiteral("同意が記録されていません")));
    QCOMPARE(dialog.pdfButton()->text(), QStringLiteral("PDFで保存(&D)…"));
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    dialog.updateVerdict();
    QCOMPARE(dialog.verdictPanel()->title(), QStringLiteral("同意 (2026-11-01〜2027-10-31) により提供できます"));
}

QTEST_MAIN(TestReferralDialog)
#include "tst_referral_dialog.moc"
