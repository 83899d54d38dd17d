// SPDX-License-Identifier: GPL-3.0-or-later
// The access report from the client screen (PRIVACY.md rule 10, scenario 16):
// その他 → the dialog, printed or saved as PDF, HTML and JSON through the real
// buttons; every copy recorded in the audit log, a cancelled one not; withheld
// disclosure records left out; a read-only file offers neither right.
#include "RightsHelpers.h"

#include "privacy/AccessReport.h"
#include "privacy/DisclosureLog.h"
#include "repo/StaffRepository.h"
#include "ui/common/Translations.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/referrals/FileChooser.h"
#include "ui/rights/AccessReportDialog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>

using namespace tsunagu;
using tsunagu::ui::AccessReportDialog;
using tsunagu::ui::DocumentOutput;
using tsunagu::ui::FileChooser;
using tsunagu::ui::MainWindow;

namespace {
const QString name = QStringLiteral("山田 太郎");
} // namespace

class TestAccessReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void savedAsPdfJsonAndHtml();
    void printGoesThroughDocumentOutput();
    void cancelledChoiceMakesNoReport();
    void withheldRecordsAreLeftOutAndSaid();
    void readOnlyFileOffersNeither();

private:
    AccessReportDialog *openDialog();
    qint64 auditCount() const
    {
        return test::count(m_db->db(),
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access_report.generate' AND client_id = ?"),
            { m_screen.client });
    }

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    test::ClientScreen m_screen;
    std::unique_ptr<QTemporaryDir> m_outDir;
    QString outPath() const { return m_outDir->path(); }
};

void TestAccessReportDialog::initTestCase()
{
    test::isolateRightsSettings();
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestAccessReportDialog::init()
{
    m_outDir = std::make_unique<QTemporaryDir>(); // each test its own folder
    QVERIFY(m_outDir->isValid());
    m_db = std::make_unique<test::TempDatabase>();
    const Session s = m_db->session();
    test::addClient(s, QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"), QDate(1975, 9, 12));
    m_screen = test::addClientScreen(s);
    m_window = std::make_unique<MainWindow>(s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openClient(m_screen.client);
}

void TestAccessReportDialog::cleanup()
{
    m_window.reset();
    m_db.reset();
    m_outDir.reset();
}

AccessReportDialog *TestAccessReportDialog::openDialog()
{
    QPushButton *more = m_window->clientPage()->button(QStringLiteral("moreButton"));
    if (!more || !more->isEnabled() || !more->isVisible())
        return nullptr;
    if (!test::chooseFromMoreMenu(*m_window, m_window->clientPage()->rightsMenu()->accessReportAction()))
        return nullptr;
    AccessReportDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_window->findChild<AccessReportDialog *>()) != nullptr; }))
        return nullptr;
    if (!test::activate(dialog))
        return nullptr;
    return dialog;
}

void TestAccessReportDialog::savedAsPdfJsonAndHtml()
{
    AccessReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    // What it is, in a sentence or two, with the person's name.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accessReportHeading"))->text().contains(name));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("accessReportExplanation"))
                ->text()
                .contains(QStringLiteral("Art. 33")));
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("withheldNote")));
    const qint64 before = auditCount();
    QCOMPARE(before, 0);

    // PDF (Alt+D): a real PDF, the person and a consultation note in it.
    const QString pdf = QDir(outPath()).filePath(QStringLiteral("report.pdf"));
    FileChooser::setNextFileName(pdf);
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(pdf));
    QVERIFY(test::readFile(pdf).startsWith("%PDF"));
    QVERIFY(FileChooser::lastCaption().contains(QStringLiteral("PDF")));
    QVERIFY(DocumentOutput::lastText().contains(name));
    QVERIFY(DocumentOutput::lastText().contains(test::ClientScreen::latestNotesFirstLine()));
    QTRY_VERIFY(dialog->resultLabel()->text().contains(QDir::toNativeSeparators(pdf)));
    QCOMPARE(auditCount(), before + 1);

    // JSON (Alt+J), the suffix added: machine-readable, with the stored codes.
    const QString json = QDir(outPath()).filePath(QStringLiteral("report"));
    FileChooser::setNextFileName(json);
    QTest::keyClick(dialog, Qt::Key_J, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(json + QStringLiteral(".json")));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(test::readFile(json + QStringLiteral(".json")), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject report = doc.object();
    QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("tsunagu-access-report/1"));
    QCOMPARE(report.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString(), name);
    bool noteFound = false;
    for (const QJsonValue &c : report.value(QStringLiteral("consultations")).toArray())
        noteFound = noteFound
            || c.toObject()
                   .value(QStringLiteral("notes"))
                   .toString()
                   .contains(test::ClientScreen::latestNotesFirstLine());
    QVERIFY(noteFound);
    // Every disclosure record (none is withheld here).
    QCOMPARE(report.value(QStringLiteral("disclosures")).toArray().size(), 1);
    QCOMPARE(auditCount(), before + 2);

    // HTML (Alt+H): the same document as a web page.
    const QString html = QDir(outPath()).filePath(QStringLiteral("report.htm"));
    FileChooser::setNextFileName(html);
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(html));
    const QString page = QString::fromUtf8(test::readFile(html));
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(name));
    QVERIFY(page.contains(test::ClientScreen::latestNotesFirstLine()));
    QCOMPARE(auditCount(), before + 3);
    // No temporary file was left beside them.
    QCOMPARE(QDir(outPath()).entryList(QDir::Files).size(), 3);

    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<AccessReportDialog *>());
}

void TestAccessReportDialog::printGoesThroughDocumentOutput()
{
    AccessReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString printed = QDir(outPath()).filePath(QStringLiteral("printed.pdf"));
    DocumentOutput::setNextPrinter(printed);
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    QTRY_VERIFY(QFile::exists(printed));
    QVERIFY(DocumentOutput::lastText().contains(name));
    QVERIFY(DocumentOutput::lastText().contains(test::ClientScreen::latestNotesFirstLine()));
    QTRY_VERIFY(dialog->resultLabel()->text().contains(QStringLiteral("printer")));
    QCOMPARE(auditCount(), 1);
    dialog->reject();
}

void TestAccessReportDialog::cancelledChoiceMakesNoReport()
{
    AccessReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    DocumentOutput::setNextPrinter(QString()); // the print dialog cancelled
    QTest::mouseClick(dialog->printButton(), Qt::LeftButton);
    FileChooser::setNextFileName(QString()); // the file dialog cancelled
    QTest::mouseClick(dialog->jsonButton(), Qt::LeftButton);
    QCOMPARE(auditCount(), 0);
    QVERIFY(dialog->resultLabel()->text().isEmpty());
    QCOMPARE(QDir(outPath()).entryList(QDir::Files).size(), 0);
    dialog->reject();
}

void TestAccessReportDialog::withheldRecordsAreLeftOutAndSaid()
{
    const Result<qint64> supervisor
        = StaffRepository(m_db->session()).create(QStringLiteral("主任 木村"), StaffRole::Supervisor);
    QVERIFY(supervisor);
    QVERIFY(privacy::DisclosureLog(m_db->sessionAs(*supervisor))
                .withhold(m_screen.disclosure, QStringLiteral("第三者の安全のため")));

    AccessReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("withheldNote"));
    QVERIFY(note);
    QVERIFY2(note->text().contains(QStringLiteral("1 disclosure record")), qPrintable(note->text()));
    const QString json = QDir(outPath()).filePath(QStringLiteral("withheld.json"));
    FileChooser::setNextFileName(json);
    QTest::mouseClick(dialog->jsonButton(), Qt::LeftButton);
    QTRY_VERIFY(QFile::exists(json));
    const QJsonObject report = QJsonDocument::fromJson(test::readFile(json)).object();
    QCOMPARE(report.value(QStringLiteral("disclosures")).toArray().size(), 0);
    QVERIFY(!test::readFile(json).contains("第三者の安全のため"));
    dialog->reject();
}

void TestAccessReportDialog::readOnlyFileOffersNeither()
{
    m_window.reset();
    storage::Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto readOnly = storage::Database::open(m_db->path(), options);
    QVERIFY2(readOnly, readOnly ? "" : qPrintable(readOnly.error().message));
    const Session session(**readOnly, m_db->staffId(), m_db->clock());

    // Why the report is not offered: core records every report in the audit
    // log first, and a read-only file cannot take the entry.
    QVERIFY(!privacy::AccessReport(session).render(m_screen.client, privacy::AccessReport::Format::Json));

    {
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.openClient(m_screen.client);
        ui::RightsMenu *rights = window.clientPage()->rightsMenu();
        QVERIFY(window.clientPage()->button(QStringLiteral("moreButton"))->isVisible());
        QVERIFY(!rights->accessReportAction()->isEnabled());
        QVERIFY(!rights->erasureAction()->isEnabled());
        QVERIFY(rights->accessReportAction()->toolTip().contains(QStringLiteral("read-only")));
        QVERIFY(rights->erasureAction()->toolTip().contains(QStringLiteral("read-only")));
        rights->showAccessReport(); // asked anyway: nothing opens
        rights->eraseData();
        QVERIFY(!window.findChild<AccessReportDialog *>());
        QVERIFY(!window.findChild<QDialog *>(QStringLiteral("erasureDialog")));
    }
}

QTEST_MAIN(TestAccessReportDialog)
#include "tst_access_report_dialog.moc"
