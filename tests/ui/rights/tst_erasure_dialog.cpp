// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure from the client screen (PRIVACY.md rule 12, scenario 17): その他 →
// the dialog, Erase only once a reason is given and the person's name typed;
// Esc and Cancel change nothing; a real erasure takes the person out of the
// client list, the notes search and Today, leaves the disclosure record, and
// the file is rewritten on a worker thread — or, cancelled, says so.
#include "RightsHelpers.h"

#include "repo/ClientRepository.h"
#include "ui/clients/ClientHeader.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/rights/ErasureDialog.h"
#include "ui/search/NoteHitsModel.h"
#include "ui/search/NoteHitsPane.h"
#include "ui/search/SearchField.h"
#include "ui/today/TodayPage.h"
#include "ui/today/WorkListModel.h"
#include "ui/today/WorkListSection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace tsunagu;
using tsunagu::test::typeText;
using tsunagu::ui::ErasureDialog;
using tsunagu::ui::MainWindow;
using tsunagu::ui::MessageBoxes;

namespace {
const QString name = QStringLiteral("山田 太郎");
const QString reason = QStringLiteral("本人から削除請求書を受領");
// Only in the person's consultation notes.
const QString noteWord = QStringLiteral("主治医");
} // namespace

class TestErasureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsWhoseDataAndWhatGoes();
    void eraseWaitsForReasonAndName();
    void escapeAndCancelChangeNothing();
    void erasureTakesThePersonOutOfEveryList();
    void cancelledRewriteLeavesTheErasureDone();

private:
    ErasureDialog *openDialog();
    bool isErased() const;
    qint64 erasureAudits() const
    {
        return test::count(m_db->db(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'client.erase' AND client_id = ?"),
            { m_screen.client });
    }
    QList<qint64> listedClients() const;
    QList<qint64> noteHitClients() const;
    QList<qint64> todayClients() const;
    void search(const QString &text);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    test::ClientScreen m_screen;
    qint64 m_tanaka = 0;
};

void TestErasureDialog::initTestCase()
{
    test::isolateRightsSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestErasureDialog::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    const Session s = m_db->session();
    m_tanaka = test::addClient(s, QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"), QDate(1975, 9, 12));
    m_screen = test::addClientScreen(s);
    m_window = std::make_unique<MainWindow>(s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestErasureDialog::cleanup()
{
    MessageBoxes::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_db.reset();
}

ErasureDialog *TestErasureDialog::openDialog()
{
    m_window->openClient(m_screen.client);
    if (!test::chooseFromMoreMenu(*m_window, m_window->clientPage()->rightsMenu()->erasureAction()))
        return nullptr;
    ErasureDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<ErasureDialog *>()) != nullptr; }))
        return nullptr;
    if (!test::activate(dialog))
        return nullptr;
    return dialog;
}

bool TestErasureDialog::isErased() const
{
    const Result<Client> client = ClientRepository(m_db->session()).get(m_screen.client);
    return client && client->isErased();
}

QList<qint64> TestErasureDialog::listedClients() const
{
    QList<qint64> ids;
    const QAbstractItemModel *model = m_window->clientListPage()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::ClientListModel::IdRole).toLongLong();
    return ids;
}

QList<qint64> TestErasureDialog::noteHitClients() const
{
    QList<qint64> ids;
    const ui::NoteHitsModel *model = m_window->noteHitsPane()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ui::NoteHitsModel::ClientIdRole).toLongLong();
    return ids;
}

QList<qint64> TestErasureDialog::todayClients() const
{
    QList<qint64> ids;
    for (const ui::WorkListSection *section : m_window->findChildren<ui::WorkListSection *>()) {
        const QAbstractItemModel *model = section->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids << model->index(row, 0).data(ui::WorkListModel::ClientIdRole).toLongLong();
    }
    return ids;
}

void TestErasureDialog::search(const QString &text)
{
    m_window->focusSearch();
    m_window->searchField()->clear();
    typeText(m_window->searchField(), text);
}

void TestErasureDialog::showsWhoseDataAndWhatGoes()
{
    ErasureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("erasureName"))->text(), name);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("erasureReading"))->text(), QStringLiteral("やまだ たろう"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("erasureBirthDate"))->text().contains(QStringLiteral("1980")));
    const QString removed = dialog->findChild<QWidget *>(QStringLiteral("removedList"))->findChild<QLabel *>()->text();
    for (const char *what : { "Identity", "Contact", "Health", "Family", "Employment status", "free text", "Drafts",
             "history of corrections" })
        QVERIFY2(removed.contains(QLatin1String(what)), what);
    const QString kept = dialog->findChild<QWidget *>(QStringLiteral("keptList"))->findChild<QLabel *>()->text();
    for (const char *what : { "statistics", "given to third parties", "retention", "Backups", "rotate out" })
        QVERIFY2(kept.contains(QLatin1String(what)), what);
    QCOMPARE(dialog->confirmationText(), QStringLiteral("山田太郎"));
    dialog->reject();
}

void TestErasureDialog::eraseWaitsForReasonAndName()
{
    ErasureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QPushButton *erase = dialog->eraseButton();
    QVERIFY(!erase->isEnabled());
    QCOMPARE(test::focused(), static_cast<QWidget *>(dialog->reasonEdit()));

    // The right name without a reason: still disabled.
    QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier); // &Type the name
    QCOMPARE(test::focused(), static_cast<QWidget *>(dialog->confirmEdit()));
    typeText(dialog->confirmEdit(), QStringLiteral("山田太郎"));
    QVERIFY(!erase->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmHint"))->text().contains(QStringLiteral("reason")));

    // A reason and a wrong name: disabled.
    QTest::keyClick(dialog, Qt::Key_R, Qt::AltModifier); // &Reason
    typeText(dialog->reasonEdit(), reason);
    dialog->confirmEdit()->clear();
    typeText(dialog->confirmEdit(), QStringLiteral("山田 次郎"));
    QVERIFY(!erase->isEnabled());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmHint"))->text().contains(QStringLiteral("not match")));
    // Part of the name is not the name.
    dialog->confirmEdit()->clear();
    typeText(dialog->confirmEdit(), QStringLiteral("山田"));
    QVERIFY(!erase->isEnabled());

    // The name with an ideographic space: spaces do not count.
    dialog->confirmEdit()->clear();
    typeText(dialog->confirmEdit(), QStringLiteral("山田　太郎"));
    QVERIFY(erase->isEnabled());
    // Spaces are not a reason.
    dialog->reasonEdit()->setText(QStringLiteral("   "));
    QVERIFY(!erase->isEnabled());
    dialog->accept(); // even asked directly, it refuses
    QVERIFY(dialog->isVisible());
    QVERIFY(!isErased());

    // Enter in the field never erases, even when everything is ready.
    dialog->reasonEdit()->clear();
    typeText(dialog->reasonEdit(), reason);
    QVERIFY(erase->isEnabled());
    QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(!isErased());
    QCOMPARE(erasureAudits(), 0);
    dialog->reject();
}

void TestErasureDialog::escapeAndCancelChangeNothing()
{
    for (const bool escape : { true, false }) {
        ErasureDialog *dialog = openDialog();
        QVERIFY(dialog);
        typeText(dialog->reasonEdit(), reason);
        typeText(dialog->confirmEdit(), name);
        QVERIFY(dialog->eraseButton()->isEnabled());
        if (escape) {
            QTest::keyClick(dialog, Qt::Key_Escape);
        } else {
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        }
        QTRY_VERIFY(!m_window->findChild<ErasureDialog *>());
        QVERIFY(!isErased());
        QCOMPARE(ClientRepository(m_db->session()).get(m_screen.client)->name, name);
        QCOMPARE(erasureAudits(), 0);
        QVERIFY(!m_window->clientPage()->rightsMenu()->scrubProgress());
        QCOMPARE(m_window->clientPage()->header()->nameLabel()->text(), name);
    }
}

void TestErasureDialog::erasureTakesThePersonOutOfEveryList()
{
    // Before: in the client list, the notes search and Today.
    search(QStringLiteral("やまだ"));
    QTRY_VERIFY(listedClients().contains(m_screen.client));
    m_window->showSection(ui::Section::Today);
    QTRY_VERIFY(todayClients().contains(m_screen.client));
    search(noteWord); // left in the field while the person is erased
    QTRY_VERIFY(noteHitClients().contains(m_screen.client));
    const qint64 disclosures = test::count(
        m_db->db(), QStringLiteral("SELECT count(*) FROM disclosures WHERE client_id = ?"), { m_screen.client });
    QCOMPARE(disclosures, 1);

    ErasureDialog *dialog = openDialog();
    QVERIFY(dialog);
    typeText(dialog->reasonEdit(), reason);
    QTest::keyClick(dialog, Qt::Key_Tab);
    QCOMPARE(test::focused(), static_cast<QWidget *>(dialog->confirmEdit()));
    typeText(test::focused(), QStringLiteral("山田太郎"));
    ui::RightsMenu *rights = m_window->clientPage()->rightsMenu();
    QSignalSpy finished(rights, &ui::RightsMenu::scrubFinished);
    QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier); // &Erase
    QTRY_VERIFY(isErased());
    QTRY_VERIFY(!m_window->findChild<ErasureDialog *>());
    QCOMPARE(erasureAudits(), 1);

    // The client screen shows the erased state at once, its actions off.
    ui::ClientHeader *header = m_window->clientPage()->header();
    QVERIFY(header->findChild<QWidget *>(QStringLiteral("erasedFlag")));
    QVERIFY(!header->nameLabel()->text().contains(QStringLiteral("山田")));
    QVERIFY(!m_window->clientPage()->button(QStringLiteral("moreButton"))->isEnabled());
    QVERIFY(!m_window->clientPage()->button(QStringLiteral("editButton"))->isEnabled());
    // The notes search still in the field was run again.
    QVERIFY(!noteHitClients().contains(m_screen.client));

    // The rewrite of the file runs on a worker thread and finishes.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!rights->isScrubbing());
    QTRY_VERIFY(!rights->scrubProgress());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("rewritten")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // Not in the list, the notes search or Today any more; the other person is.
    search(QStringLiteral("やまだ"));
    QTRY_VERIFY(!m_window->clientListPage()->view()->model()->rowCount()
        || !listedClients().contains(m_screen.client));
    QVERIFY(!listedClients().contains(m_screen.client));
    search(QString());
    QTRY_VERIFY(listedClients().contains(m_tanaka));
    QVERIFY(!listedClients().contains(m_screen.client));
    search(noteWord);
    QTest::qWait(50);
    QVERIFY(!noteHitClients().contains(m_screen.client));
    m_window->showSection(ui::Section::Today);
    QVERIFY(!todayClients().contains(m_screen.client));
    // The disclosure record stays (rule 4).
    QCOMPARE(test::count(m_db->db(), QStringLiteral("SELECT count(*) FROM disclosures WHERE client_id = ?"),
                 { m_screen.client }),
        disclosures);

    // Nothing of the notes is left in the file or its log.
    m_window.reset();
    const QString path = m_db->path();
    m_db->close();
    QVERIFY(!test::fileHolds(path, test::ClientScreen::latestNotesFirstLine()));
    QVERIFY(!test::fileHolds(path, QStringLiteral("主治医の意見書を受け取ったら連絡をもらう")));
    m_db->reopen();
}

void TestErasureDialog::cancelledRewriteLeavesTheErasureDone()
{
    // A file large enough that the rewrite asks whether to go on.
    {
        QSqlQuery q(m_db->db().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE test_padding (id INTEGER PRIMARY KEY, filler TEXT)")));
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
                                      "INSERT INTO test_padding SELECT i, printf('%08d', i) FROM n")));
    }
    ErasureDialog *dialog = openDialog();
    QVERIFY(dialog);
    typeText(dialog->reasonEdit(), reason);
    typeText(dialog->confirmEdit(), name);
    ui::RightsMenu *rights = m_window->clientPage()->rightsMenu();
    QSignalSpy finished(rights, &ui::RightsMenu::scrubFinished);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(dialog->eraseButton(), Qt::LeftButton);
    QVERIFY(isErased());
    // Cancel, as its button does, before the worker has even begun.
    QProgressDialog *progress = rights->scrubProgress();
    QVERIFY(progress);
    QVERIFY(progress->labelText().contains(QStringLiteral("minutes")));
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), QStringLiteral("Cancel"));
    cancel->click();

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("only the rewrite of the file was stopped")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("secure delete")));
    // The erasure stays done.
    QVERIFY(isErased());
    QVERIFY(m_window->clientPage()->header()->findChild<QWidget *>(QStringLiteral("erasedFlag")));
    search(QString());
    QTRY_VERIFY(listedClients().contains(m_tanaka));
    QVERIFY(!listedClients().contains(m_screen.client));

    // What the message says: the erased notes are already zeroed in the file.
    m_window.reset();
    const QString path = m_db->path();
    m_db->close();
    QVERIFY(!test::fileHolds(path, test::ClientScreen::latestNotesFirstLine()));
    QVERIFY(!test::fileHolds(path, QStringLiteral("主治医の意見書を受け取ったら連絡をもらう")));
    m_db->reopen();
}

QTEST_MAIN(TestErasureDialog)
#include "tst_erasure_dialog.moc"
