// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixtures.h"
#include "GuiHelpers.h"
#include "TestSupport.h"

#include "privacy/ConsentRegistry.h"
#include "repo/ClientRepository.h"
#include "repo/RevisionHistory.h"
#include "ui/clients/BirthDateEdit.h"
#include "ui/clients/ClientEditDialog.h"
#include "ui/clients/ClientForm.h"
#include "ui/clients/ClientHeader.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace tsunagu;
using tsunagu::test::focused;
using tsunagu::test::typeAndTab;
using tsunagu::test::typeText;
using tsunagu::ui::ClientEditDialog;
using tsunagu::ui::MessageBoxes;

namespace {

qint64 clientCount(const Session &session)
{
    const Result<qint64> count = ClientRepository(session).count();
    return count ? *count : -1;
}

} // namespace

class TestClientEditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void registersByKeyboardFromTheMainWindow();
    void warnsOfSameReadingAndBirthDate();
    void warnsOfSamePhone();
    void openExistingInsteadOfDuplicate();
    void saveAnywayRegistersSecondPerson();
    void refusalMarksFieldAndKeepsText();
    void unreadableBirthDateIsMarked();
    void acceptsJapaneseDateStyles_data();
    void acceptsJapaneseDateStyles();
    void editAsksForReason();
    void certificateWaitsForHealthConsent();
    void escapeAsksBeforeDiscarding();
    void everyFieldHasAnAccessibleName();

private:
    ClientEditDialog *showNew();
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<ClientEditDialog> m_dialog;
};

void TestClientEditDialog::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestClientEditDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
}

void TestClientEditDialog::cleanup()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    m_dialog.reset();
    m_db.reset();
}

ClientEditDialog *TestClientEditDialog::showNew()
{
    m_dialog = std::make_unique<ClientEditDialog>(m_db->session());
    m_dialog->show();
    if (!test::activate(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

void TestClientEditDialog::registersByKeyboardFromTheMainWindow()
{
    const Session s = m_db->session();
    ui::MainWindow window(s);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(clientCount(s), 0);

    QTest::keyClick(window.searchField(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ClientEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ClientEditDialog *>()) != nullptr);
    QVERIFY(test::activate(dialog));
    QVERIFY(dialog->isNew());
    QTRY_COMPARE(focused(), dialog->form()->editor(QStringLiteral("name")));

    typeAndTab(QStringLiteral("佐藤 花子"));
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("name_kana")));
    typeAndTab(QStringLiteral("さとう はなこ"));
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("birth_date")));
    QTest::keyClicks(focused(), QStringLiteral("1985/6/15"));
    QTest::keyClick(focused(), Qt::Key_Tab);
    // Understood, and shown in the session's style (ISO in English).
    QCOMPARE(dialog->form()->birthDateEdit()->text(), QStringLiteral("1985-06-15"));
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("sex")));
    QTest::keyClick(focused(), Qt::Key_Down); // Female
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("prefecture")));
    typeAndTab(QStringLiteral("福岡県"));
    typeAndTab(QStringLiteral("糸島市"));
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("address")));
    typeAndTab(QStringLiteral("前原東1-2-3"));
    QCOMPARE(focused(), dialog->form()->editor(QStringLiteral("phone")));
    QTest::keyClicks(focused(), QStringLiteral("092-123-4567"));

    QSignalSpy saved(dialog, &ClientEditDialog::clientSaved);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    const qint64 id = saved.at(0).at(0).toLongLong();

    const Result<Client> client = ClientRepository(s).get(id);
    QVERIFY(client);
    QCOMPARE(client->name, QStringLiteral("佐藤 花子"));
    QCOMPARE(client->nameKana, QStringLiteral("さとう はなこ"));
    QCOMPARE(client->birthDate, QDate(1985, 6, 15));
    QCOMPARE(client->sex, Sex::Female);
    QCOMPARE(client->prefecture, QStringLiteral("福岡県"));
    QCOMPARE(client->municipality, QStringLiteral("糸島市"));
    QCOMPARE(client->address, QStringLiteral("前原東1-2-3"));
    QCOMPARE(client->phone, QStringLiteral("092-123-4567"));

    // The new client's screen opens, and the list and the count know them.
    QCOMPARE(window.currentSection(), ui::Section::Clients);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"))->currentWidget(),
        static_cast<QWidget *>(window.clientPage()));
    QCOMPARE(window.clientPage()->clientId(), id);
    QCOMPARE(window.clientPage()->header()->nameLabel()->text(), QStringLiteral("佐藤 花子"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("1 client")));
}

void TestClientEditDialog::warnsOfSameReadingAndBirthDate()
{
    const Session s = m_db->session();
    test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);

    typeAndTab(QStringLiteral("山田 太朗")); // another kanji, the same person perhaps
    typeAndTab(QStringLiteral("ヤマダ タロウ")); // katakana: the same normalised reading
    typeText(focused(), QStringLiteral("昭和55年4月1日"));
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    QVERIFY2(MessageBoxes::lastText().contains(
                 QStringLiteral("same reading and birth date, or the same phone number, is already registered")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("山田 太郎")));
    // Back to the form: nothing saved, nothing lost.
    QVERIFY(dialog->isVisible());
    QCOMPARE(clientCount(s), 1);
    QCOMPARE(
        qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("name")))->text(), QStringLiteral("山田 太朗"));
}

void TestClientEditDialog::warnsOfSamePhone()
{
    const Session s = m_db->session();
    Client existing;
    existing.name = QStringLiteral("田中 花子");
    existing.phone = QStringLiteral("090-1234-5678");
    QVERIFY(ClientRepository(s).create(existing));
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);

    typeText(focused(), QStringLiteral("田中 はな"));
    auto *phone = dialog->form()->editor(QStringLiteral("phone"));
    phone->setFocus();
    typeText(phone, QStringLiteral("０９０ １２３４ ５６７８")); // full width, other spacing
    MessageBoxes::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(phone, Qt::Key_Enter, Qt::ControlModifier);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("田中 花子")));
    QCOMPARE(clientCount(s), 1);
}

void TestClientEditDialog::openExistingInsteadOfDuplicate()
{
    const Session s = m_db->session();
    const qint64 existing
        = test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("山田 太郎"));
    typeAndTab(QStringLiteral("やまだ たろう"));
    QTest::keyClicks(focused(), QStringLiteral("1980-04-01"));

    QSignalSpy saved(dialog, &ClientEditDialog::clientSaved);
    MessageBoxes::setNextAnswer(QMessageBox::Open);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toLongLong(), existing);
    QVERIFY(dialog->openedExisting());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(clientCount(s), 1);
}

void TestClientEditDialog::saveAnywayRegistersSecondPerson()
{
    const Session s = m_db->session();
    const qint64 existing
        = test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("山田 太郎"));
    typeAndTab(QStringLiteral("やまだ たろう"));
    QTest::keyClicks(focused(), QStringLiteral("19800401"));

    QSignalSpy saved(dialog, &ClientEditDialog::clientSaved);
    MessageBoxes::setNextAnswer(QMessageBox::Save);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(saved.size(), 1);
    QVERIFY(saved.at(0).at(0).toLongLong() != existing);
    QVERIFY(!dialog->openedExisting());
    QCOMPARE(clientCount(s), 2);
}

void TestClientEditDialog::refusalMarksFieldAndKeepsText()
{
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("山田 太郎"));
    QTest::keyClicks(focused(), QStringLiteral("yamada")); // not kana: core refuses it
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);

    ui::ClientForm *form = dialog->form();
    QVERIFY(dialog->isVisible());
    QVERIFY(form->isMarked(QStringLiteral("name_kana")));
    QVERIFY(!form->isMarked(QStringLiteral("name")));
    QLabel *error = form->errorLabel(QStringLiteral("name_kana"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("kana")), qPrintable(error->text()));
    QCOMPARE(focused(), form->editor(QStringLiteral("name_kana")));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name_kana")))->text(), QStringLiteral("yamada"));
    QCOMPARE(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name")))->text(), QStringLiteral("山田 太郎"));
    QCOMPARE(clientCount(m_db->session()), 0);

    // Corrected: the mark goes and the client is saved.
    qobject_cast<QLineEdit *>(focused())->clear();
    typeText(focused(), QStringLiteral("やまだ たろう"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!form->isMarked(QStringLiteral("name_kana")));
    QCOMPARE(clientCount(m_db->session()), 1);
}

void TestClientEditDialog::unreadableBirthDateIsMarked()
{
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    typeAndTab(QStringLiteral("山田 太郎"));
    typeAndTab(QStringLiteral("やまだ たろう"));
    QTest::keyClicks(focused(), QStringLiteral("1980/13/40"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->form()->isMarked(QStringLiteral("birth_date")));
    QVERIFY(dialog->form()->errorLabel(QStringLiteral("birth_date"))->text().contains(QStringLiteral("1980/13/40")));
    QCOMPARE(dialog->form()->birthDateEdit()->text(), QStringLiteral("1980/13/40"));

    // A date in the future: core's refusal, on the same field.
    dialog->form()->birthDateEdit()->setText(QStringLiteral("2030/1/1"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->form()->errorLabel(QStringLiteral("birth_date"))->text().contains(QStringLiteral("future")));
    QCOMPARE(clientCount(m_db->session()), 0);
}

void TestClientEditDialog::acceptsJapaneseDateStyles_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("slashes") << QStringLiteral("1980/4/1");
    QTest::newRow("iso") << QStringLiteral("1980-04-01");
    QTest::newRow("digits") << QStringLiteral("19800401");
    QTest::newRow("kanji") << QStringLiteral("1980年4月1日");
    QTest::newRow("era") << QStringLiteral("昭和55年4月1日");
    QTest::newRow("era letter") << QStringLiteral("S55.4.1");
    QTest::newRow("full width") << QStringLiteral("１９８０／４／１");
}

void TestClientEditDialog::acceptsJapaneseDateStyles()
{
    QFETCH(QString, typed);
    ui::BirthDateEdit edit;
    edit.show();
    QVERIFY(test::activate(&edit));
    typeText(&edit, typed);
    QCOMPARE(edit.date(), std::optional<QDate>(QDate(1980, 4, 1)));
    QVERIFY(edit.problem().isEmpty());
    QTest::keyClick(&edit, Qt::Key_Return); // editingFinished: shown in the session's style
    QCOMPARE(edit.text(), QStringLiteral("1980-04-01"));
}

void TestClientEditDialog::editAsksForReason()
{
    const Session s = m_db->session();
    const qint64 id
        = test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    m_dialog = std::make_unique<ClientEditDialog>(s, id);
    m_dialog->show();
    QVERIFY(test::activate(m_dialog.get()));
    QVERIFY(!m_dialog->isNew());
    QVERIFY(m_dialog->reasonEdit());

    QWidget *phone = m_dialog->form()->editor(QStringLiteral("phone"));
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("092-987-6543"));
    QTest::keyClick(phone, Qt::Key_Return, Qt::ControlModifier);
    // No reason: refused by core, said next to the reason field, nothing lost.
    auto *reasonError = m_dialog->findChild<QLabel *>(QStringLiteral("reasonEditError"));
    QVERIFY(reasonError && reasonError->isVisible());
    QVERIFY2(reasonError->text().contains(QStringLiteral("Reason for the change")), qPrintable(reasonError->text()));
    QCOMPARE(focused(), m_dialog->reasonEdit());
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(phone)->text(), QStringLiteral("092-987-6543"));

    typeText(focused(), QStringLiteral("電話番号の変更"));
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(ClientRepository(s).get(id)->phone, QStringLiteral("092-987-6543"));
    const Result<QList<Revision>> history = RevisionHistory(s).forRecord(QStringLiteral("clients"), id);
    QVERIFY(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().reason, QStringLiteral("電話番号の変更"));
}

void TestClientEditDialog::certificateWaitsForHealthConsent()
{
    const Session s = m_db->session();
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    QVERIFY(!dialog->form()->editor(QStringLiteral("certificate_kind"))->isEnabled());
    QVERIFY(!dialog->form()->editor(QStringLiteral("certificate_grade"))->isEnabled());
    QVERIFY(dialog->form()->healthExplanation()->isVisible());
    QVERIFY(dialog->form()->healthExplanation()->text().contains(QStringLiteral("consent")));

    const qint64 id = test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"));
    {
        ClientEditDialog edit(s, id);
        QVERIFY(!edit.form()->editor(QStringLiteral("certificate_kind"))->isEnabled());
    }
    privacy::ConsentInput consent;
    consent.clientId = id;
    consent.kind = privacy::ConsentKind::HealthAcquisition;
    consent.validFrom = QDate(2026, 11, 1);
    consent.validUntil = QDate(2027, 10, 31);
    QVERIFY(privacy::ConsentRegistry(s).record(consent));
    ClientEditDialog edit(s, id);
    edit.show();
    QVERIFY(test::activate(&edit));
    auto *kind = qobject_cast<QComboBox *>(edit.form()->editor(QStringLiteral("certificate_kind")));
    QVERIFY(kind->isEnabled());
    QVERIFY(!edit.form()->healthExplanation()->isVisible());
    kind->setCurrentIndex(kind->findData(toCode(CertificateKind::Mental)));
    qobject_cast<QLineEdit *>(edit.form()->editor(QStringLiteral("certificate_grade")))->setText(QStringLiteral("2級"));
    edit.reasonEdit()->setText(QStringLiteral("手帳の写しを確認"));
    edit.save();
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QCOMPARE(ClientRepository(s).get(id)->certificateKind, CertificateKind::Mental);
}

void TestClientEditDialog::escapeAsksBeforeDiscarding()
{
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    // Nothing typed: Esc closes at once.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);

    dialog = showNew();
    QVERIFY(dialog);
    typeText(focused(), QStringLiteral("山田"));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Throw away")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->form()->editor(QStringLiteral("name")))->text(), QStringLiteral("山田"));

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(clientCount(m_db->session()), 0);
}

void TestClientEditDialog::everyFieldHasAnAccessibleName()
{
    ClientEditDialog *dialog = showNew();
    QVERIFY(dialog);
    for (const char *field : { "name", "name_kana", "birth_date", "sex", "prefecture", "municipality", "address",
             "phone", "email", "emergency_contact", "employment_status", "certificate_kind", "certificate_grade" }) {
        QWidget *editor = dialog->form()->editor(QString::fromLatin1(field));
        QVERIFY2(editor, field);
        QVERIFY2(!editor->accessibleName().isEmpty(), field);
        QVERIFY2(!editor->accessibleName().contains(QLatin1Char('&')), field);
    }
    for (auto *box : dialog->findChildren<QAbstractButton *>())
        QVERIFY2(!box->accessibleName().isEmpty() || !box->text().isEmpty(), qPrintable(box->objectName()));
    QVERIFY(dialog->saveButton()->toolTip().contains(QStringLiteral("Ctrl")));
}

QTEST_MAIN(TestClientEditDialog)
#include "tst_clienteditdialog.moc"
