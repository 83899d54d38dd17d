// SPDX-License-Identifier: GPL-3.0-or-later
// 連携先: the agency directory, its filters, adding and correcting agencies
// (a correction asks why), and the referrals made to the selected agency.
#include "UiWorld.h"

#include "repo/AgencyRepository.h"
#include "repo/RevisionHistory.h"
#include "ui/agencies/AgencyEditDialog.h"
#include "ui/agencies/AgencyListModel.h"
#include "ui/agencies/AgencyPage.h"
#include "ui/agencies/AgencyReferralsModel.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::AgencyListModel;
using tsunagu::ui::AgencyPage;

namespace {

QStringList names(const AgencyListModel *model)
{
    QStringList all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << model->index(row, AgencyListModel::NameColumn).data().toString();
    return all;
}

} // namespace

class TestAgencyDirectory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsKindRegionPhoneAndContact();
    void filtersByKindAndText();
    void inactiveAgenciesOnlyWhenAsked();
    void addsAnAgency();
    void correctionAsksWhy();
    void showsReferralsOfTheSelectedAgency();
    void mainWindowShowsTheDirectory();
    void modelsAreSound();

private:
    std::unique_ptr<test::UiWorld> m_world;
    std::unique_ptr<AgencyPage> m_page;
};

void TestAgencyDirectory::initTestCase()
{
    test::isolateSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestAgencyDirectory::init()
{
    m_world = std::make_unique<test::UiWorld>();
    m_world->addAgency(QStringLiteral("ハローワーク福岡中央"), AgencyKind::HelloWork, QStringLiteral("福岡県"),
        QStringLiteral("福岡市"));
    m_page = std::make_unique<AgencyPage>(m_world->session());
    m_page->resize(900, 600);
    QVERIFY(test::showActive(*m_page));
}

void TestAgencyDirectory::cleanup()
{
    m_page.reset();
    m_world.reset();
}

void TestAgencyDirectory::listsKindRegionPhoneAndContact()
{
    AgencyListModel *model = m_page->model();
    QCOMPARE(model->rowCount(), 4);
    const int row = model->rowOf(m_world->helloWork);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, AgencyListModel::NameColumn).data().toString(), QStringLiteral("ハローワーク糸島"));
    QCOMPARE(model->index(row, AgencyListModel::KindColumn).data().toString(), QStringLiteral("Hello Work"));
    QCOMPARE(model->index(row, AgencyListModel::RegionColumn).data().toString(), QStringLiteral("福岡県糸島市"));
    QCOMPARE(model->index(row, AgencyListModel::PhoneColumn).data().toString(), QStringLiteral("092-322-0000"));
    QCOMPARE(model->index(row, AgencyListModel::ContactColumn).data().toString(), QStringLiteral("井上"));
    QCOMPARE(
        model->headerData(AgencyListModel::ContactColumn, Qt::Horizontal).toString(), QStringLiteral("Contact person"));
}

void TestAgencyDirectory::filtersByKindAndText()
{
    QComboBox *kind = m_page->kindFilter();
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(static_cast<int>(AgencyKind::HelloWork)));
    // By name, as the directory sorts them.
    QCOMPARE(names(m_page->model()),
        (QStringList { QStringLiteral("ハローワーク福岡中央"), QStringLiteral("ハローワーク糸島") }));
    typeText(m_page->filterEdit(), QStringLiteral("ふくおか")); // names are matched as written: kanji stay kanji
    QCOMPARE(m_page->model()->rowCount(), 0);
    QLabel *empty = m_page->findChild<QLabel *>(QStringLiteral("agencyEmptyLabel"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No agency matches this filter."));
    m_page->filterEdit()->clear();
    typeText(m_page->filterEdit(), QStringLiteral("福岡")); // the name of one, the region of both
    QCOMPARE(m_page->model()->rowCount(), 2);
    typeText(m_page->filterEdit(), QStringLiteral("市")); // 福岡市 only
    QCOMPARE(names(m_page->model()), QStringList { QStringLiteral("ハローワーク福岡中央") });
    m_page->filterEdit()->clear();
    typeText(m_page->filterEdit(), QStringLiteral("はろーわーく いとしま")); // hiragana, a space: not the kanji
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_page->filterEdit()->clear();
    typeText(m_page->filterEdit(), QStringLiteral("ﾊﾛｰﾜｰｸ糸島")); // half-width katakana
    QCOMPARE(names(m_page->model()), QStringList { QStringLiteral("ハローワーク糸島") });
    m_page->filterEdit()->clear();
    typeText(m_page->filterEdit(), QStringLiteral("0923220000")); // the phone, without hyphens
    QCOMPARE(names(m_page->model()), QStringList { QStringLiteral("ハローワーク糸島") });
    m_page->filterEdit()->clear();
    typeText(m_page->filterEdit(), QStringLiteral("井上")); // the contact person
    QCOMPARE(names(m_page->model()), QStringList { QStringLiteral("ハローワーク糸島") });

    kind->setCurrentIndex(kind->findData(static_cast<int>(AgencyKind::Hospital)));
    QCOMPARE(m_page->model()->rowCount(), 0);
    m_page->filterEdit()->clear();
    QCOMPARE(names(m_page->model()), QStringList { QStringLiteral("九州中央病院") });
    kind->setCurrentIndex(0);
    QCOMPARE(m_page->model()->rowCount(), 4);
}

void TestAgencyDirectory::inactiveAgenciesOnlyWhenAsked()
{
    Agency closed = test::must(AgencyRepository(m_world->session()).get(m_world->employer), "get");
    closed.active = false;
    test::must(AgencyRepository(m_world->session()).update(closed, QStringLiteral("閉鎖")), "close");
    m_page->reload();
    QCOMPARE(m_page->model()->rowCount(), 3);
    test::clickBox(m_page->inactiveBox());
    QCOMPARE(m_page->model()->rowCount(), 4);
    const int row = m_page->model()->rowOf(m_world->employer);
    QCOMPARE(m_page->model()->index(row, AgencyListModel::NameColumn).data().toString(),
        QStringLiteral("株式会社つなぐ物産 (no longer active)"));
}

void TestAgencyDirectory::addsAnAgency()
{
    QTest::mouseClick(m_page->addButton(), Qt::LeftButton);
    QPointer<ui::AgencyEditDialog> dialog = m_page->findChild<ui::AgencyEditDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isNew());
    QVERIFY(!dialog->reasonEdit()->isVisible()); // a new agency has no history to explain
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // an empty name is refused
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->isVisible());
    typeText(dialog->nameEdit(), QStringLiteral("糸島市障害者就業・生活支援センター"));
    dialog->kindCombo()->setCurrentIndex(
        dialog->kindCombo()->findData(static_cast<int>(AgencyKind::EmploymentLifeSupportCenter)));
    typeText(dialog->phoneEdit(), QStringLiteral("092-000-1234"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(m_page->model()->rowCount(), 5);
    const qint64 id = m_page->currentAgencyId();
    const Agency saved = test::must(AgencyRepository(m_world->session()).get(id), "saved");
    QCOMPARE(saved.name, QStringLiteral("糸島市障害者就業・生活支援センター"));
    QCOMPARE(saved.kind, AgencyKind::EmploymentLifeSupportCenter);
    QCOMPARE(saved.phone, QStringLiteral("092-000-1234"));
}

void TestAgencyDirectory::correctionAsksWhy()
{
    m_page->selectAgency(m_world->helloWork);
    QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
    QPointer<ui::AgencyEditDialog> dialog = m_page->findChild<ui::AgencyEditDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("ハローワーク糸島"));
    QVERIFY(dialog->reasonEdit()->isVisible());
    dialog->phoneEdit()->clear();
    typeText(dialog->phoneEdit(), QStringLiteral("092-322-9999"));
    dialog->accept(); // without a reason
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("why")));
    QCOMPARE(test::must(AgencyRepository(m_world->session()).get(m_world->helloWork), "get").phone,
        QStringLiteral("092-322-0000"));
    typeText(dialog->reasonEdit(), QStringLiteral("電話番号の変更案内があった"));
    dialog->accept();
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(test::must(AgencyRepository(m_world->session()).get(m_world->helloWork), "get").phone,
        QStringLiteral("092-322-9999"));
    const int row = m_page->model()->rowOf(m_world->helloWork);
    QCOMPARE(
        m_page->model()->index(row, AgencyListModel::PhoneColumn).data().toString(), QStringLiteral("092-322-9999"));
    QCOMPARE(m_page->currentAgencyId(), m_world->helloWork);
}

void TestAgencyDirectory::showsReferralsOfTheSelectedAgency()
{
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    m_world->sendReferral(m_world->client, m_world->helloWork, { DataCategory::Identity });
    const qint64 other = m_world->addClient(QStringLiteral("田中 一郎"), QStringLiteral("たなか いちろう"));
    m_world->addConsent(other, m_world->hospital, { DataCategory::Identity });
    m_world->sendReferral(other, m_world->hospital, { DataCategory::Identity });
    m_page->reload();

    m_page->selectAgency(m_world->helloWork);
    ui::AgencyReferralsModel *referrals = m_page->referralsModel();
    QCOMPARE(referrals->rowCount(), 1);
    QCOMPARE(
        referrals->index(0, ui::AgencyReferralsModel::ClientColumn).data().toString(), QStringLiteral("山田 花子"));
    QCOMPARE(referrals->index(0, ui::AgencyReferralsModel::DateColumn).data().toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(referrals->index(0, ui::AgencyReferralsModel::StatusColumn).data().toString(), QStringLiteral("Sent"));
    QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("agencyReferralsTitle"))->text(),
        QStringLiteral("Referrals to ハローワーク糸島 (1)"));

    m_page->selectAgency(m_world->hospital);
    QCOMPARE(referrals->rowCount(), 1);
    QCOMPARE(
        referrals->index(0, ui::AgencyReferralsModel::ClientColumn).data().toString(), QStringLiteral("田中 一郎"));
    m_page->selectAgency(m_world->employer);
    QCOMPARE(referrals->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("agencyReferralsEmpty"))->isVisible());
}

void TestAgencyDirectory::mainWindowShowsTheDirectory()
{
    ui::MainWindow window(m_world->session());
    window.showSection(ui::Section::Agencies);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QVERIFY(qobject_cast<AgencyPage *>(pages->currentWidget()));
}

void TestAgencyDirectory::modelsAreSound()
{
    QAbstractItemModelTester agencies(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester referrals(
        m_page->referralsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_world->addConsent(m_world->client, m_world->helloWork, { DataCategory::Identity });
    m_world->sendReferral(m_world->client, m_world->helloWork, { DataCategory::Identity });
    m_page->reload();
    m_page->selectAgency(m_world->helloWork);
    typeText(m_page->filterEdit(), QStringLiteral("病院"));
    QCOMPARE(m_page->referralsModel()->rowCount(), 0); // the hospital is selected: nobody sent there
    m_page->filterEdit()->clear();
    m_page->selectAgency(m_world->helloWork);
    QCOMPARE(m_page->referralsModel()->rowCount(), 1);
}

QTEST_MAIN(TestAgencyDirectory)
#include "tst_agency_directory.moc"
