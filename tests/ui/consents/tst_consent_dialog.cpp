// SPDX-License-Identifier: GPL-3.0-or-later
// Recording a consent (UI.md, 同意を記録) by keyboard and mouse, its form for
// signature, and withdrawing it with a date, never deleting it.
#include "UiWorld.h"

#include "privacy/ConsentRegistry.h"
#include "repo/ReferralRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consents/CheckList.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/consents/ConsentListModel.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/consents/WithdrawConsentDialog.h"
#include "ui/referrals/DocumentOutput.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::CheckList;
using tsunagu::ui::ConsentDialog;

class TestConsentDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void recordsTheScopeByKeyboardAndMouse();
    void healthIsNamedOnItsOwn();
    void healthAcquisitionIsASeparateConsent();
    void refusalsAreShownAndNothingIsRecorded();
    void representativeNeedsAName();
    void printedFormStatesTheScope();
    void withdrawalFlagsOpenReferrals();
    void consentListModelIsSound();

private:
    // Space on the choice holding `value`.
    static void toggle(CheckList *list, const QVariant &value);
    QList<privacy::Consent> consents() const;

    std::unique_ptr<test::UiWorld> m_world;
};

void TestConsentDialog::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestConsentDialog::init()
{
    m_world = std::make_unique<test::UiWorld>();
}

void TestConsentDialog::cleanup()
{
    m_world.reset();
}

void TestConsentDialog::toggle(CheckList *list, const QVariant &value)
{
    const int row = list->rowOf(value);
    QVERIFY2(row >= 0, qPrintable(value.toString()));
    list->setFocus();
    list->setCurrentRow(row);
    QTest::keyClick(list, Qt::Key_Space);
}

QList<privacy::Consent> TestConsentDialog::consents() const
{
    return test::must(privacy::ConsentRegistry(m_world->session()).forClient(m_world->client), "consents");
}

void TestConsentDialog::recordsTheScopeByKeyboardAndMouse()
{
    ConsentDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("山田 花子")));
    // Nothing is chosen for the person; the period runs one year from today.
    QVERIFY(dialog.purposeList()->checkedValues().isEmpty());
    QVERIFY(dialog.recipientList()->checkedValues().isEmpty());
    QVERIFY(dialog.categoryList()->checkedValues().isEmpty());
    QVERIFY(!dialog.healthBox()->isChecked());
    QCOMPARE(dialog.fromEdit()->date(), QDate(2026, 11, 20));
    QCOMPARE(dialog.untilEdit()->date(), QDate(2027, 11, 19));

    // Purposes: the first one (Referral) by keyboard.
    dialog.purposeList()->setFocus();
    QCOMPARE(dialog.purposeList()->currentRow(), 0);
    QTest::keyClick(dialog.purposeList(), Qt::Key_Space);
    // Recipients: filter, then tick the Hello Work office and every hospital.
    typeText(dialog.recipientFilter(), QStringLiteral("糸島"));
    QVERIFY(dialog.recipientList()
                ->item(dialog.recipientList()->rowOf(ConsentDialog::kindValue(AgencyKind::Hospital)))
                ->isHidden());
    toggle(dialog.recipientList(), ConsentDialog::agencyValue(m_world->helloWork));
    dialog.recipientFilter()->clear();
    toggle(dialog.recipientList(), ConsentDialog::kindValue(AgencyKind::Hospital));
    // The client's own contacts are offered too.
    QVERIFY(dialog.recipientList()->rowOf(ConsentDialog::contactValue(m_world->mother)) >= 0);
    // Information: identity and employment.
    toggle(dialog.categoryList(), static_cast<int>(DataCategory::Identity));
    toggle(dialog.categoryList(), static_cast<int>(DataCategory::Employment));
    // Verbal, by the person, with their words.
    dialog.methodCombo()->setCurrentIndex(dialog.methodCombo()->findData(static_cast<int>(ConsentMethod::Verbal)));
    dialog.untilEdit()->setDate(QDate(2027, 5, 31));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorLabel()->text()));
    const auto recorded = consents();
    QCOMPARE(recorded.size(), 1);
    const privacy::Consent &c = recorded.first();
    QCOMPARE(dialog.recordedIds(), QList<qint64> { c.id });
    QCOMPARE(c.kind, privacy::ConsentKind::Disclosure);
    QCOMPARE(c.purposes, Purposes { Purpose::Referral });
    QCOMPARE(c.recipients,
        (QList<privacy::ConsentRecipient> { privacy::ConsentRecipient::agency(m_world->helloWork),
            privacy::ConsentRecipient::kind(AgencyKind::Hospital) }));
    QCOMPARE(c.categories, (DataCategories { DataCategory::Identity, DataCategory::Employment }));
    QCOMPARE(c.validFrom(), QDate(2026, 11, 20));
    QCOMPARE(c.validUntil(), QDate(2027, 5, 31));
    QCOMPARE(c.method, ConsentMethod::Verbal);
    QVERIFY(!c.byRepresentative);
}

void TestConsentDialog::healthIsNamedOnItsOwn()
{
    ConsentDialog dialog(m_world->session(), m_world->client);
    // Health is not among the other choices: it has its own box.
    QCOMPARE(dialog.categoryList()->rowOf(static_cast<int>(DataCategory::Health)), -1);
    dialog.prefill(m_world->helloWork, Purpose::Referral, DataCategories::all());
    QVERIFY(!dialog.healthBox()->isChecked()); // never implied, not even from a request
    QCOMPARE(dialog.inputs().first().categories, DataCategories::all().minus({ DataCategory::Health }));
    test::clickBox(dialog.healthBox());
    QVERIFY(dialog.inputs().first().categories.contains(DataCategory::Health));
}

void TestConsentDialog::healthAcquisitionIsASeparateConsent()
{
    QVERIFY(!test::must(privacy::ConsentRegistry(m_world->session()).mayRecordHealth(m_world->client), "before"));
    ConsentDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    // Only the consent to record health information: no sharing scope at all.
    test::clickBox(dialog.healthAcquisitionBox());
    QCOMPARE(dialog.inputs().size(), 1);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(dialog.errorLabel()->text()));
    const auto recorded = consents();
    QCOMPARE(recorded.size(), 1);
    QCOMPARE(recorded.first().kind, privacy::ConsentKind::HealthAcquisition);
    QVERIFY(test::must(privacy::ConsentRegistry(m_world->session()).mayRecordHealth(m_world->client), "after"));

    // Both at once: two consents.
    ConsentDialog both(m_world->session(), m_world->client);
    both.prefill(m_world->hospital, Purpose::MedicalCoordination, { DataCategory::Identity });
    both.healthBox()->setChecked(true);
    both.healthAcquisitionBox()->setChecked(true);
    both.accept();
    QCOMPARE(both.recordedIds().size(), 2);
    QCOMPARE(consents().size(), 3);
}

void TestConsentDialog::refusalsAreShownAndNothingIsRecorded()
{
    ConsentDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    toggle(dialog.categoryList(), static_cast<int>(DataCategory::Identity));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Choose at least one purpose."));
    QVERIFY(dialog.purposeList()->hasFocus());

    toggle(dialog.purposeList(), static_cast<int>(Purpose::Referral));
    toggle(dialog.recipientList(), ConsentDialog::agencyValue(m_world->employer));
    dialog.untilEdit()->setDate(QDate(2026, 11, 1)); // before it starts
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("The consent period ends before it starts."));
    dialog.untilEdit()->setDate(QDate(2030, 1, 1)); // too long
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("at most 3 years")));
    QVERIFY(consents().isEmpty());
}

void TestConsentDialog::representativeNeedsAName()
{
    ConsentDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    dialog.prefill(m_world->helloWork, Purpose::Referral, { DataCategory::Identity });
    QVERIFY(!dialog.representativeNameEdit()->isEnabled());
    test::clickBox(dialog.representativeButton());
    QVERIFY(dialog.representativeNameEdit()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.representativeNameEdit()->hasFocus());
    typeText(dialog.representativeNameEdit(), QStringLiteral("山田 和子"));
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(consents().first().representativeName, QStringLiteral("山田 和子"));
}

void TestConsentDialog::printedFormStatesTheScope()
{
    ConsentDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    dialog.prefill(m_world->helloWork, Purpose::Referral, { DataCategory::Identity, DataCategory::Employment });
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("form.pdf"));
    ui::DocumentOutput::setNextPrinter(pdf);
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(pdf));
    const QString text = ui::DocumentOutput::lastText();
    for (const QString &expected : { QStringLiteral("山田 花子"), QStringLiteral("ハローワーク糸島"),
             QStringLiteral("Referral"), QStringLiteral("Identity"), QStringLiteral("Employment"),
             QStringLiteral("Not given: Contact details, Health, Consultation records, Family."),
             QStringLiteral("From 2026/11/20 to 2027/11/19") })
        QVERIFY2(text.contains(expected), qPrintable(expected));
    QVERIFY(dialog.isVisible()); // printing records nothing
    QVERIFY(consents().isEmpty());
}

void TestConsentDialog::withdrawalFlagsOpenReferrals()
{
    const qint64 consentId = m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    const qint64 referralId = m_world->sendReferral(m_world->client, m_world->helloWork, { DataCategory::Identity });
    ui::ConsentsDialog dialog(m_world->session(), m_world->client);
    QVERIFY(test::showActive(dialog));
    QCOMPARE(dialog.model()->rowCount(), 1);
    dialog.selectConsent(consentId);
    QVERIFY(dialog.withdrawButton()->isEnabled());

    QTest::mouseClick(dialog.withdrawButton(), Qt::LeftButton);
    QPointer<ui::WithdrawConsentDialog> withdraw = dialog.findChild<ui::WithdrawConsentDialog *>();
    QVERIFY(withdraw);
    QTRY_VERIFY(withdraw->isVisible());
    QCOMPARE(withdraw->dateEdit()->date(), QDate(2026, 11, 20));
    QCOMPARE(withdraw->dateEdit()->maximumDate(), QDate(2026, 11, 20)); // never in the future
    typeText(withdraw->noteEdit(), QStringLiteral("電話で撤回の申し出"));
    ui::MessageBoxes::setNextAnswer(QMessageBox::Ok);
    withdraw->findChild<QPushButton *>(QStringLiteral("withdrawButton"))->click();
    QTRY_VERIFY(!withdraw || !withdraw->isVisible());

    // Withdrawn, not deleted; the referral that relied on it is named and flagged.
    const auto after = consents();
    QCOMPARE(after.size(), 1);
    QVERIFY(after.first().withdrawnAt);
    QCOMPARE(after.first().withdrawalNote, QStringLiteral("電話で撤回の申し出"));
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->index(0, ui::ConsentListModel::StatusColumn).data().toString(),
        QStringLiteral("Withdrawn on 2026-11-20"));
    QVERIFY(!dialog.withdrawButton()->isEnabled());
    QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("ハローワーク糸島")));
    QVERIFY(ui::MessageBoxes::lastText().contains(QStringLiteral("1 open referral relied on this consent")));
    QVERIFY(test::must(ReferralRepository(m_world->session()).get(referralId), "referral").needsAttention);
}

void TestConsentDialog::consentListModelIsSound()
{
    m_world->addConsent(
        m_world->client, m_world->helloWork, { DataCategory::Identity }, QDate(2026, 11, 1), QDate(2026, 12, 5));
    ui::ConsentsDialog dialog(m_world->session(), m_world->client);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.model()->index(0, ui::ConsentListModel::StatusColumn).data().toString(),
        QStringLiteral("In force, ends in 15 days"));
    QCOMPARE(dialog.model()->index(0, ui::ConsentListModel::RecipientsColumn).data().toString(),
        QStringLiteral("ハローワーク糸島"));
    QCOMPARE(dialog.model()->index(0, ui::ConsentListModel::PeriodColumn).data().toString(),
        QStringLiteral("2026-11-01 to 2026-12-05"));
    dialog.reload();
    m_world->addConsent(m_world->client, m_world->hospital, { DataCategory::Health });
    dialog.reload();
    QCOMPARE(dialog.model()->rowCount(), 2);
}

QTEST_MAIN(TestConsentDialog)
#include "tst_consent_dialog.moc"
