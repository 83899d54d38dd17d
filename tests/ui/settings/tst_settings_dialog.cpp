// SPDX-License-Identifier: GPL-3.0-or-later
// 設定 (File → Settings…, Ctrl+,): each page stores its choice on OK and
// nothing on Cancel, and each choice takes effect: dates in the Japanese era,
// the organisation on the referral letter and the consent form, Today's day
// thresholds, and the language (after asking whether to restart now).
#include "UiWorld.h"

#include "privacy/ConsentRegistry.h"
#include "ui/agencies/AgencyListModel.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/AgencyPicker.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/referrals/FileChooser.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/referrals/VerdictPanel.h"
#include "ui/settings/AppSettings.h"
#include "ui/settings/DateSettingsPage.h"
#include "ui/settings/GeneralSettingsPage.h"
#include "ui/settings/LetterSettingsPage.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/settings/TodaySettingsPage.h"
#include "ui/today/TodayPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::AppSettings;
using tsunagu::ui::MainWindow;
using tsunagu::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithCtrlCommaAndListsItsPages();
    void eraDatesTakeEffectEverywhere();
    void cancelKeepsEverything();
    void organisationGoesOnLettersAndForms();
    void todayThresholdsAreSharedWithTodayPage();
    void languageIsStoredAndAsksToRestart();
    void restartDropsTheLanguageOption();
    void otherFeaturesAddPages();

private:
    // Ctrl+, in the main window; the dialog once it is shown and active.
    SettingsDialog *openSettings();

    std::unique_ptr<test::UiWorld> m_world;
    std::unique_ptr<MainWindow> m_window;
};

void TestSettingsDialog::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestSettingsDialog::init()
{
    test::isolateSettings();
    AppSettings::applyDateStyle();
    m_world = std::make_unique<test::UiWorld>();
    m_window = std::make_unique<MainWindow>(m_world->session());
    QVERIFY(test::showActive(*m_window));
}

void TestSettingsDialog::cleanup()
{
    SettingsDialog::setRestarter({});
    m_window.reset();
    m_world.reset();
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

SettingsDialog *TestSettingsDialog::openSettings()
{
    // The window a person works in is the active one (the offscreen platform
    // leaves none active once a dialog has closed).
    if (!test::showActive(*m_window))
        return nullptr;
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *dialog = m_window->findChild<SettingsDialog *>();
    if (!dialog || !QTest::qWaitFor([dialog] { return dialog->isVisible(); }))
        return nullptr;
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog))
        return nullptr;
    return dialog;
}

void TestSettingsDialog::opensWithCtrlCommaAndListsItsPages()
{
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    QStringList titles;
    for (int i = 0; i < 4; ++i) // and then the pages of other features (backups)
        titles << dialog->tabs()->tabText(i).remove(QLatin1Char('&'));
    QCOMPARE(titles,
        (QStringList {
            QStringLiteral("General"), QStringLiteral("Dates"), QStringLiteral("Letters"), QStringLiteral("Today") }));
    // The menu names it with its shortcut.
    QAction *action = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
}

void TestSettingsDialog::eraDatesTakeEffectEverywhere()
{
    m_window->showSection(ui::Section::Today);
    auto *today = m_window->findChild<QLabel *>(QStringLiteral("todayDate"));
    QVERIFY(today);
    QCOMPARE(today->text(), QStringLiteral("2026-11-20 (Friday)"));

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    // Ctrl+Tab to the Dates page, Tab into it, Space ticks the box.
    QTest::keyClick(dialog->tabs(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(dialog->tabs()->currentWidget(), static_cast<QWidget *>(dialog->datePage()));
    QCheckBox *era = dialog->datePage()->eraBox();
    QVERIFY(!era->isChecked());
    era->setFocus(Qt::TabFocusReason);
    QTest::keyClick(era, Qt::Key_Space);
    QVERIFY(era->isChecked());
    // The example shows what dates will look like before anything is stored.
    QCOMPARE(dialog->datePage()->exampleLabel()->text(), QStringLiteral("Today is written: 令和8年11月20日"));
    QVERIFY(!QSettings().value(QStringLiteral("dates/era")).toBool());

    QTest::keyClick(era, Qt::Key_Return); // OK is the default button
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QVERIFY(QSettings().value(QStringLiteral("dates/era")).toBool());
    QVERIFY(AppSettings::eraDates());
    QCOMPARE(ui::DateFormat::style(), ui::DateFormat::Style::Era);

    // Dates already on screen follow at once, and so do the next ones.
    QCOMPARE(today->text(), QStringLiteral("令和8年11月20日 (Friday)"));
    ui::ClientListModel *clients = m_window->clientListPage()->model();
    const int row = clients->rowOf(m_world->client);
    QVERIFY(row >= 0);
    QCOMPARE(
        clients->index(row, ui::ClientListModel::BirthDateColumn).data().toString(), QStringLiteral("昭和55年4月1日"));

    // And back: ISO dates in English.
    dialog = openSettings();
    QVERIFY(dialog);
    QVERIFY(dialog->datePage()->eraBox()->isChecked());
    dialog->datePage()->eraBox()->setChecked(false);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOk")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(today->text(), QStringLiteral("2026-11-20 (Friday)"));
    QCOMPARE(ui::DateFormat::style(), ui::DateFormat::Style::Iso);
}

void TestSettingsDialog::cancelKeepsEverything()
{
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->datePage()->eraBox()->setChecked(true);
    dialog->letterPage()->organisationEdit()->setText(QStringLiteral("どこか"));
    dialog->todayPage()->quietDaysBox()->setValue(99);
    dialog->generalPage()->languageBox()->setCurrentIndex(1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QVERIFY(!AppSettings::eraDates());
    QCOMPARE(AppSettings::organisation(), QString());
    QCOMPARE(AppSettings::quietAfterDays(), worklist::TodayOptions().quietAfterDays);
    QCOMPARE(AppSettings::language(), std::nullopt);
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestSettingsDialog::organisationGoesOnLettersAndForms()
{
    const QString organisation = QStringLiteral("NPO法人つなぐ 就労支援室");
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->tabs()->setCurrentWidget(dialog->letterPage());
    QLineEdit *edit = dialog->letterPage()->organisationEdit();
    edit->setFocus(Qt::TabFocusReason);
    typeText(edit, QStringLiteral("  ") + organisation);
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(AppSettings::organisation(), organisation); // trimmed
    QCOMPARE(QSettings().value(QStringLiteral("letters/organisation")).toString(), organisation);

    // The referral letter names it as the sender.
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity, DataCategory::Employment });
    ui::ReferralDialog referral(m_world->session(), m_world->client);
    QVERIFY(test::showActive(referral));
    ui::AgencyPicker *picker = referral.agencyPicker();
    picker->searchEdit()->setFocus();
    typeText(picker->searchEdit(), QStringLiteral("ﾊﾛｰﾜｰｸ"));
    QTRY_COMPARE(picker->model()->rowCount(), 1);
    QTest::keyClick(picker->searchEdit(), Qt::Key_Down);
    QTRY_COMPARE(picker->agencyId(), m_world->helloWork);
    QTRY_COMPARE(referral.verdictPanel()->state(), ui::VerdictPanel::State::Allowed);
    QTemporaryDir folder;
    ui::FileChooser::setNextFileName(folder.filePath(QStringLiteral("letter.pdf")));
    QTest::mouseClick(referral.pdfButton(), Qt::LeftButton);
    QVERIFY(referral.isReleased());
    QVERIFY2(referral.letterHtml().contains(organisation), qPrintable(referral.letterHtml()));
    QVERIFY(ui::DocumentOutput::lastText().contains(organisation));

    // The consent form names it as the one asking.
    ui::ConsentsDialog consents(m_world->session(), m_world->client);
    QVERIFY(test::showActive(consents));
    const QList<privacy::Consent> recorded
        = test::must(privacy::ConsentRegistry(m_world->session()).forClient(m_world->client), "consents");
    QVERIFY(!recorded.isEmpty());
    consents.selectConsent(recorded.first().id);
    ui::DocumentOutput::setNextPrinter(folder.filePath(QStringLiteral("form.pdf")));
    QTest::mouseClick(consents.printButton(), Qt::LeftButton);
    QTRY_VERIFY(ui::DocumentOutput::lastText().contains(QStringLiteral("Consent to share personal information")));
    QVERIFY2(ui::DocumentOutput::lastText().contains(organisation), qPrintable(ui::DocumentOutput::lastText()));
}

void TestSettingsDialog::todayThresholdsAreSharedWithTodayPage()
{
    auto *today = m_window->findChild<ui::TodayPage *>();
    QVERIFY(today);
    QCOMPARE(today->unansweredDaysBox()->value(), 14);

    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    dialog->tabs()->setCurrentWidget(dialog->todayPage());
    QSpinBox *unanswered = dialog->todayPage()->unansweredDaysBox();
    QCOMPARE(unanswered->value(), 14);
    unanswered->setFocus(Qt::TabFocusReason);
    unanswered->selectAll();
    QTest::keyClicks(unanswered, QStringLiteral("21"));
    QCOMPARE(unanswered->value(), 21);
    QTest::keyClick(unanswered, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(QSettings().value(QStringLiteral("today/unansweredAfterDays")).toInt(), 21);
    // Today follows at once, and its list uses the new number.
    QCOMPARE(today->unansweredDaysBox()->value(), 21);
    QCOMPARE(today->options().unansweredAfterDays, 21);

    // The other way round: changed on Today, shown in the settings.
    today->quietDaysBox()->setValue(45);
    QCOMPARE(AppSettings::quietAfterDays(), 45);
    dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->todayPage()->quietDaysBox()->value(), 45);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
}

void TestSettingsDialog::languageIsStoredAndAsksToRestart()
{
    QString restartedProgram;
    QStringList restartedWith;
    int restarts = 0;
    SettingsDialog::setRestarter([&](const QString &program, const QStringList &arguments) {
        restartedProgram = program;
        restartedWith = arguments;
        ++restarts;
    });

    // "Later": stored, no restart.
    SettingsDialog *dialog = openSettings();
    QVERIFY(dialog);
    QComboBox *language = dialog->generalPage()->languageBox();
    QCOMPARE(language->currentIndex(), 0); // the system's
    language->setFocus(Qt::TabFocusReason);
    QTest::keyClick(language, Qt::Key_Down); // 日本語
    QCOMPARE(language->currentText(), QStringLiteral("日本語"));
    ui::MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(language, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QVERIFY(ui::MessageBoxes::lastText().contains(QStringLiteral("Restart Tsunagu now")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    QCOMPARE(AppSettings::language(), std::optional(ui::Translations::Language::Japanese));
    QCOMPARE(restarts, 0);
    // The running window keeps its language until the restart.
    QCOMPARE(ui::Translations::current(), ui::Translations::Language::English);

    // Unchanged: not asked again.
    dialog = openSettings();
    QVERIFY(dialog);
    QCOMPARE(dialog->generalPage()->languageBox()->currentText(), QStringLiteral("日本語"));
    ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    dialog->accept();
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    QCOMPARE(restarts, 0);
    ui::MessageBoxes::setNextAnswer(QMessageBox::NoButton); // unused answer dropped

    // "Restart now": the same program starts again.
    dialog = openSettings();
    QVERIFY(dialog);
    dialog->generalPage()->languageBox()->setCurrentIndex(0); // the system's again
    ui::MessageBoxes::setNextAnswer(QMessageBox::Yes);
    dialog->accept();
    QTRY_COMPARE(restarts, 1);
    QCOMPARE(restartedProgram, QCoreApplication::applicationFilePath());
    QCOMPARE(restartedWith, QCoreApplication::arguments().mid(1));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(AppSettings::language(), std::nullopt);
}

void TestSettingsDialog::restartDropsTheLanguageOption()
{
    QCOMPARE(SettingsDialog::restartArguments({ QStringLiteral("--db"), QStringLiteral("/tmp/a.db"),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--demo") }),
        (QStringList { QStringLiteral("--db"), QStringLiteral("/tmp/a.db"), QStringLiteral("--demo") }));
    QCOMPARE(SettingsDialog::restartArguments({ QStringLiteral("--lang=ja"), QStringLiteral("--db=x.db") }),
        QStringList { QStringLiteral("--db=x.db") });
}

void TestSettingsDialog::otherFeaturesAddPages()
{
    // A feature's own page (e.g. backups): a SettingsPage saved on OK.
    class CountingPage : public ui::SettingsPage
    {
    public:
        using SettingsPage::SettingsPage;
        void save() override { ++saves; }
        int saves = 0;
    };
    SettingsDialog dialog(m_world->session());
    auto *page = new CountingPage;
    auto *plain = new QWidget;
    dialog.addPage(QStringLiteral("Backups"), page);
    dialog.addPage(QStringLiteral("Other"), plain);
    QCOMPARE(dialog.tabs()->count(), 6);
    QCOMPARE(dialog.tabs()->widget(4), static_cast<QWidget *>(page));
    QCOMPARE(dialog.tabs()->tabText(4), QStringLiteral("Backups"));
    int applied = 0;
    connect(&dialog, &SettingsDialog::applied, this, [&applied] { ++applied; });
    dialog.show();
    dialog.accept();
    QCOMPARE(page->saves, 1);
    QCOMPARE(applied, 1);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
