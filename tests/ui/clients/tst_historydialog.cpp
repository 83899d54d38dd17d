// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientScreenFixture.h"
#include "GuiHelpers.h"
#include "TestSupport.h"

#include "domain/Consultation.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "ui/clients/ClientEditDialog.h"
#include "ui/clients/ClientForm.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/Translations.h"
#include "ui/history/FieldLabels.h"
#include "ui/history/FieldValues.h"
#include "ui/history/HistoryDialog.h"

#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTreeWidget>

using namespace tsunagu;
using tsunagu::test::focused;
using tsunagu::test::typeText;
using tsunagu::ui::HistoryDialog;

namespace {

// The change rows of a revision entry: field → (before, after).
QHash<QString, QPair<QString, QString>> changes(const QTreeWidgetItem *entry)
{
    QHash<QString, QPair<QString, QString>> all;
    for (int i = 0; i < entry->childCount(); ++i) {
        const QTreeWidgetItem *c = entry->child(i);
        all.insert(c->text(HistoryDialog::FieldColumn),
            { c->text(HistoryDialog::BeforeColumn), c->text(HistoryDialog::AfterColumn) });
    }
    return all;
}

} // namespace

class TestHistoryDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void editWithReasonThenSeeTheRevision();
    void recordHistoryNamesFieldsAndValues();
    void nothingChangedSaysSo();
    void fieldNamesInJapanese();
};

void TestHistoryDialog::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestHistoryDialog::cleanup()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestHistoryDialog::editWithReasonThenSeeTheRevision()
{
    test::TempDatabase t;
    const Session s = t.session();
    const test::ClientScreen screen = test::addClientScreen(s);
    ui::ClientPage page(s);
    page.setClientId(screen.client);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    t.clock().advance(3600 * 1000); // an hour later

    // 編集 (Ctrl+E): a new phone number, and why.
    QTest::keyClick(&page, Qt::Key_E, Qt::ControlModifier);
    ui::ClientEditDialog *edit = nullptr;
    QTRY_VERIFY((edit = page.findChild<ui::ClientEditDialog *>()) != nullptr);
    QVERIFY(test::activate(edit));
    auto *phone = qobject_cast<QLineEdit *>(edit->form()->editor(QStringLiteral("phone")));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("092-777-1234"));
    edit->reasonEdit()->setFocus();
    typeText(edit->reasonEdit(), QStringLiteral("携帯に変更"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(edit->result() == QDialog::Accepted,
        qPrintable(edit->messageLabel()->text() + QLatin1Char('|')
            + (focused() ? focused()->objectName() : QStringLiteral("no focus")) + QLatin1Char('|')
            + edit->findChild<QLabel *>(QStringLiteral("reasonEditError"))->text() + QLatin1Char('|')
            + edit->form()->errorLabel(QStringLiteral("phone"))->text()));
    QTRY_VERIFY(page.findChild<ui::ClientEditDialog *>() == nullptr); // closed and gone
    QCOMPARE(ClientRepository(s).get(screen.client)->phone, QStringLiteral("092-777-1234"));
    QCOMPARE(page.infoPane() != nullptr, true);

    // 履歴 (Ctrl+H): newest first, who, when, why, and each field before → after.
    QVERIFY(test::activate(&page));
    QTest::keyClick(&page, Qt::Key_H, Qt::ControlModifier);
    HistoryDialog *history = nullptr;
    QTRY_VERIFY((history = page.findChild<HistoryDialog *>()) != nullptr);
    QTreeWidget *tree = history->tree();
    QCOMPARE(tree->topLevelItemCount(), 5); // this change, the referral's three steps, the certificate
    const QTreeWidgetItem *latest = tree->topLevelItem(0);
    const QString title = latest->text(HistoryDialog::FieldColumn);
    QVERIFY2(title.contains(QStringLiteral("携帯に変更")), qPrintable(title));
    QVERIFY(title.contains(QStringLiteral("中村")));
    QVERIFY(title.contains(QStringLiteral("2026-11-20 11:00")));
    QVERIFY(title.startsWith(QStringLiteral("Client")));
    const auto latestChanges = changes(latest);
    QCOMPARE(latestChanges.size(), 1); // the search keys are not shown
    QCOMPARE(latestChanges.value(QStringLiteral("Phone")),
        qMakePair(QStringLiteral("092-555-0142"), QStringLiteral("092-777-1234")));

    // The older one: the certificate, added once the health consent was on file.
    const QTreeWidgetItem *certificate = tree->topLevelItem(4);
    const auto older = changes(certificate);
    QVERIFY(certificate->text(0).contains(QStringLiteral("手帳の写しを確認")));
    QCOMPARE(older.value(QStringLiteral("Disability certificate")),
        qMakePair(QStringLiteral("(empty)"), QStringLiteral("Physical disability")));
    QCOMPARE(
        older.value(QStringLiteral("Certificate grade")), qMakePair(QStringLiteral("(empty)"), QStringLiteral("3級")));
}

void TestHistoryDialog::recordHistoryNamesFieldsAndValues()
{
    test::TempDatabase t;
    const Session s = t.session();
    const test::ClientScreen screen = test::addClientScreen(s);
    const ConsultationRepository consultations(s);
    Consultation c = *consultations.get(screen.latestConsultation);
    c.channel = Channel::Online;
    c.notes = QStringLiteral("オンラインで実施。\n復職に向けて主治医と面談の予定。");
    c.followUpOn = QDate(2026, 12, 1);
    QVERIFY(consultations.update(c, QStringLiteral("方法の誤りを訂正")));

    std::unique_ptr<HistoryDialog> history(
        HistoryDialog::forRecord(s, QStringLiteral("consultations"), screen.latestConsultation));
    QCOMPARE(history->windowTitle(), QStringLiteral("History: Consultation #%1").arg(screen.latestConsultation));
    QCOMPARE(history->tree()->topLevelItemCount(), 1);
    const auto all = changes(history->tree()->topLevelItem(0));
    QCOMPARE(all.value(QStringLiteral("Channel")), qMakePair(QStringLiteral("Phone"), QStringLiteral("Online")));
    QCOMPARE(
        all.value(QStringLiteral("Follow-up on")), qMakePair(QStringLiteral("(empty)"), QStringLiteral("2026-12-01")));
    QVERIFY(all.value(QStringLiteral("Notes")).second.contains(QStringLiteral(" / "))); // one line per row

    // Values as people read them.
    const ui::FieldValues values({ { 7, QStringLiteral("佐藤 監督") } });
    QCOMPARE(values.text(QStringLiteral("clients"), QStringLiteral("sex"), QJsonValue(QStringLiteral("female"))),
        QStringLiteral("Female"));
    QCOMPARE(values.text(QStringLiteral("clients"), QStringLiteral("stop_use"), QJsonValue(1)), QStringLiteral("Yes"));
    QCOMPARE(
        values.text(QStringLiteral("clients"), QStringLiteral("birth_date"), QJsonValue(QStringLiteral("1980-04-01"))),
        QStringLiteral("1980-04-01"));
    QCOMPARE(values.text(QStringLiteral("consultations"), QStringLiteral("staff_id"), QJsonValue(7)),
        QStringLiteral("佐藤 監督"));
    QCOMPARE(values.text(QStringLiteral("consultations"), QStringLiteral("topics"),
                 QJsonValue(QStringLiteral("job_search,medical"))),
        QStringLiteral("Job search, Medical care"));
    QCOMPARE(
        values.text(QStringLiteral("consultations"), QStringLiteral("kind"), QJsonValue(QStringLiteral("one_off"))),
        QStringLiteral("One-off consultation"));
    QCOMPARE(values.text(QStringLiteral("clients"), QStringLiteral("phone"), QJsonValue()), QStringLiteral("(empty)"));
}

void TestHistoryDialog::nothingChangedSaysSo()
{
    test::TempDatabase t;
    const test::ClientScreen screen = test::addClientScreen(t.session());
    std::unique_ptr<HistoryDialog> history(
        HistoryDialog::forRecord(t.session(), QStringLiteral("support_cases"), screen.supportCase));
    QCOMPARE(history->tree()->topLevelItemCount(), 0);
    QVERIFY(history->messageLabel()->text().contains(QStringLiteral("No changes")));
}

void TestHistoryDialog::fieldNamesInJapanese()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::Japanese));
    QCOMPARE(ui::FieldLabels::field(QStringLiteral("clients"), QStringLiteral("phone")), QStringLiteral("電話番号"));
    QCOMPARE(
        ui::FieldLabels::field(QStringLiteral("clients"), QStringLiteral("name_kana")), QStringLiteral("ふりがな"));
    QCOMPARE(
        ui::FieldLabels::field(QStringLiteral("consultations"), QStringLiteral("kind")), QStringLiteral("相談の種類"));
    QCOMPARE(
        ui::FieldLabels::field(QStringLiteral("clients"), QStringLiteral("birth_date")), QStringLiteral("生年月日"));
    QCOMPARE(ui::FieldLabels::record(QStringLiteral("consultations")), QStringLiteral("相談"));
    QCOMPARE(ui::FieldValues().text(
                 QStringLiteral("clients"), QStringLiteral("birth_date"), QJsonValue(QStringLiteral("1980-04-01"))),
        QStringLiteral("1980年4月1日"));
}

QTEST_MAIN(TestHistoryDialog)
#include "tst_historydialog.moc"
