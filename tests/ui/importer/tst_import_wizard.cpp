// SPDX-License-Identifier: GPL-3.0-or-later
// File → Import…, driven as a person would: a Shift_JIS file from Excel, a
// rejected row, the CSV to fix it in, the fixed file imported, and the same
// file again adding nothing.
#include "ImportFixtures.h"
#include "TestSupport.h"

#include "importer/ColumnMapping.h"
#include "importer/FieldCatalog.h"
#include "storage/Database.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/importer/CheckPage.h"
#include "ui/importer/ImportPage.h"
#include "ui/importer/ImportWizard.h"
#include "ui/importer/MappingPage.h"
#include "ui/importer/PreviewModel.h"
#include "ui/importer/PreviewPage.h"
#include "ui/importer/RejectedRowsModel.h"
#include "ui/importer/SourcePage.h"
#include "ui/main/MainWindow.h"
#include "ui/referrals/FileChooser.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;
using importer::Field;
using tsunagu::ui::ImportWizard;
using tsunagu::ui::MainWindow;

namespace {

// As Japanese Excel saves it: CP932, CRLF. Line 4 has a birth date that does not exist.
QString clientsSheet(const QString &thirdBirthDate)
{
    return QStringLiteral("氏名,ふりがな,生年月日,電話番号,備考\r\n"
                          "山田 太郎,やまだ たろう,1980/4/1,090-1111-2222,\r\n"
                          "田中 花子,たなか はなこ,1975/9/12,03-1234-5678,紹介元: ハローワーク\r\n"
                          "佐藤 次郎,さとう じろう,%1,,\r\n"
                          "鈴木 一郎,すずき いちろう,1990/1/20,,\r\n")
        .arg(thirdBirthDate);
}

int count(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int clients(const storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM clients"));
}

int auditEntries(const storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM audit_log"));
}

bool mappingRemembered(const storage::Database &db)
{
    return count(db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'import.mapping.%'")) > 0;
}

QAbstractButton *button(ImportWizard *wizard, QWizard::WizardButton which)
{
    return wizard->button(which);
}

void click(QAbstractButton *b)
{
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(b->text()));
    QTest::mouseClick(b, Qt::LeftButton);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shiftJisFileEndToEnd();
    void dryRunWritesNothing();
    void mappingIsChosenAndRemembered();
    void kindChangesTheFields();
    void unreadableFileIsExplained();
    void stoppingTheCheckWritesNothing();

private:
    // File → Import…; the wizard on its first page.
    ImportWizard *openWizard();
    // Types the path into the file field and waits until it was read.
    void chooseFile(ImportWizard *wizard, const QString &path);
    // From the source page to the check page, the check finished.
    void toCheckPage(ImportWizard *wizard);

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_files;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-import-tests"));
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_db = std::make_unique<test::TempDatabase>();
    m_window = std::make_unique<MainWindow>(m_db->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImportWizard::cleanup()
{
    m_window.reset();
    m_db.reset();
}

ImportWizard *TestImportWizard::openWizard()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("importAction"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    ImportWizard *wizard = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        wizard = m_window->findChild<ImportWizard *>();
        return wizard && wizard->isVisible();
    });
    if (shown) {
        // Every model of the wizard is checked while it is used.
        new QAbstractItemModelTester(
            wizard->previewPage()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, wizard);
        new QAbstractItemModelTester(
            wizard->checkPage()->rejectedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, wizard);
    }
    return shown ? wizard : nullptr;
}

void TestImportWizard::chooseFile(ImportWizard *wizard, const QString &path)
{
    QLineEdit *file = wizard->sourcePage()->fileEdit();
    file->setFocus();
    file->selectAll();
    QTest::keyClick(file, Qt::Key_Delete);
    QTest::keyClicks(file, path); // the temporary paths are ASCII
    QTRY_VERIFY(!wizard->sourcePage()->isReading());
}

void TestImportWizard::toCheckPage(ImportWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->checkPage()->isRunning(), 20000);
}

void TestImportWizard::shiftJisFileEndToEnd()
{
    const QString sheet = m_files.filePath(QStringLiteral("clients-sjis.csv"));
    test::writeFile(sheet, test::toCp932(clientsSheet(QStringLiteral("1985-13-45"))));
    const int auditBefore = auditEntries(m_db->db());

    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->sourcePage()->kindButton(importer::ImportKind::Clients)->isChecked());
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // no file yet

    // 1. The file, typed; the encoding is detected and said.
    chooseFile(wizard, sheet);
    const QString status = wizard->sourcePage()->statusLabel()->text();
    QVERIFY2(status.contains(QLatin1String("Detected encoding: Shift_JIS (CP932)")), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("5 column")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("氏名, ふりがな, 生年月日, 電話番号, 備考")), qPrintable(status));
    // Enter in the file field goes on, as the default button does.
    QTest::keyClick(wizard->sourcePage()->fileEdit(), Qt::Key_Return);
    QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPageId));

    // 2. The mapping, matched from the headers.
    ui::MappingPage *mapping = wizard->mappingPage();
    QCOMPARE(mapping->columnOf(Field::Name), 0);
    QCOMPARE(mapping->columnOf(Field::Reading), 1);
    QCOMPARE(mapping->columnOf(Field::BirthDate), 2);
    QCOMPARE(mapping->columnOf(Field::Phone), 3);
    QCOMPARE(mapping->columnOf(Field::Address), -1);
    QVERIFY(!mapping->problemLabel()->isVisible());
    QCOMPARE(mapping->comboFor(Field::Name)->currentText(), QStringLiteral("Column 1: 氏名"));
    click(button(wizard, QWizard::NextButton));

    // 3. The first rows as they will be read: decoded, under their fields.
    ui::PreviewModel *preview = wizard->previewPage()->model();
    QCOMPARE(preview->rowCount(), 4);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(preview->index(0, 0).data().toString(), QStringLiteral("山田 太郎"));
    QCOMPARE(preview->index(1, 1).data().toString(), QStringLiteral("たなか はなこ"));
    QCOMPARE(preview->headerData(2, Qt::Vertical).toString(), QStringLiteral("Line 4"));
    click(button(wizard, QWizard::NextButton));

    // 4. The dry run: the rejected row, its line and why; nothing written.
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    ui::CheckPage *check = wizard->checkPage();
    QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 20000);
    QVERIFY2(check->result().has_value(), qPrintable(check->statusLabel()->text()));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("acceptedCount"))->text(), QStringLiteral("To import: 3"));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("presentCount"))->text(), QStringLiteral("Already present: 0"));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("rejectedCount"))->text(), QStringLiteral("Rejected: 1"));
    ui::RejectedRowsModel *rejected = check->rejectedModel();
    QCOMPARE(rejected->rowCount(), 1);
    QCOMPARE(rejected->index(0, ui::RejectedRowsModel::LineColumn).data().toInt(), 4);
    const QString reason = rejected->index(0, ui::RejectedRowsModel::ReasonColumn).data().toString();
    QVERIFY2(
        reason.contains(QLatin1String("Birth date")) && !reason.startsWith(QLatin1String("line ")), qPrintable(reason));
    QVERIFY(check->statusLabel()->text().contains(QLatin1String("all or nothing")));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled()); // Import: not while a row is rejected
    QCOMPARE(button(wizard, QWizard::NextButton)->text(), QStringLiteral("&Import"));
    QCOMPARE(clients(m_db->db()), 0);
    QCOMPARE(auditEntries(m_db->db()), auditBefore);

    // The rows to fix, saved as CSV (UTF-8 with a BOM, for Excel).
    const QString toFix = m_files.filePath(QStringLiteral("clients-to-fix.csv"));
    ui::FileChooser::setNextFileName(toFix);
    click(check->saveButton());
    QCOMPARE(ui::FileChooser::lastCaption(), QStringLiteral("Save the rejected rows"));
    QByteArray report = test::readFile(toFix);
    QVERIFY(report.startsWith("\xEF\xBB\xBF"));
    QString text = QString::fromUtf8(report.mid(3));
    QVERIFY2(text.startsWith(
                 QStringLiteral("\"氏名\",\"ふりがな\",\"生年月日\",\"電話番号\",\"備考\",\"Import problem\"\r\n")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("\"佐藤 次郎\",\"さとう じろう\",\"1985-13-45\",\"\",\"\",\"line 4: ")));
    QVERIFY(check->statusLabel()->text().startsWith(QLatin1String("Saved to ")));

    // Fixed in that file, which is then imported.
    test::writeFile(toFix, report.replace("1985-13-45", "1985-12-15"));
    click(button(wizard, QWizard::BackButton));
    click(button(wizard, QWizard::BackButton));
    click(button(wizard, QWizard::BackButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::SourcePageId));
    chooseFile(wizard, toFix);
    QVERIFY(wizard->sourcePage()->statusLabel()->text().contains(QLatin1String("Detected encoding: UTF-8")));
    toCheckPage(wizard);
    QCOMPARE(check->rejectedModel()->rowCount(), 0);
    QCOMPARE(check->result()->accepted, 4);
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("rejectedCount"))->isVisible());
    QCOMPARE(clients(m_db->db()), 0); // still nothing: that was a dry run

    // 5. The import, all at once.
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    ui::ImportPage *run = wizard->importPage();
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 20000);
    QVERIFY2(run->isCommitted(), qPrintable(run->statusLabel()->text()));
    QCOMPARE(run->statusLabel()->text(),
        QStringLiteral("Imported 4 of 4 rows (Clients). 0 were already present and left as they were."));
    QCOMPARE(clients(m_db->db()), 4);
    QVERIFY(mappingRemembered(m_db->db()));
    click(button(wizard, QWizard::FinishButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard *>());

    // The client list was read again.
    QTRY_COMPARE(m_window->clientListPage()->model()->rowCount(), 4);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text().endsWith(QLatin1String("4 clients")));

    // The same file again: everyone is already there, nothing is added.
    wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, toFix);
    toCheckPage(wizard);
    QCOMPARE(wizard->checkPage()->result()->accepted, 0);
    QCOMPARE(wizard->checkPage()->result()->alreadyPresent, 4);
    QCOMPARE(
        wizard->checkPage()->statusLabel()->text(), QStringLiteral("Nothing to import: every row is already present."));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    click(button(wizard, QWizard::CancelButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard *>());
    QCOMPARE(clients(m_db->db()), 4);
}

void TestImportWizard::dryRunWritesNothing()
{
    const QString sheet = m_files.filePath(QStringLiteral("clients-ok.csv"));
    test::writeFile(sheet, test::toCp932(clientsSheet(QStringLiteral("1985/12/15"))));
    const QString path = m_db->path();
    const int auditBefore = auditEntries(m_db->db());
    QVERIFY(m_db->db().checkpoint());
    const QByteArray before = test::readFile(path);
    const qint64 walBefore = QFileInfo(path + QStringLiteral("-wal")).size();

    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, sheet);
    toCheckPage(wizard);
    QCOMPARE(wizard->checkPage()->result()->accepted, 4);
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QVERIFY(wizard->checkPage()->result()->dryRun);
    QVERIFY(!wizard->checkPage()->result()->committed);

    // Not a record, not an audit entry, not the mapping: nothing at all.
    QCOMPARE(clients(m_db->db()), 0);
    QCOMPARE(auditEntries(m_db->db()), auditBefore);
    QVERIFY(!mappingRemembered(m_db->db()));
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), walBefore);
    QCOMPARE(test::readFile(path), before);

    click(button(wizard, QWizard::CancelButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard *>());
    QCOMPARE(clients(m_db->db()), 0);
}

void TestImportWizard::mappingIsChosenAndRemembered()
{
    // A header no alias knows: the person says which column holds the name.
    const QString sheet = m_files.filePath(QStringLiteral("own-headers.csv"));
    test::writeFile(sheet, QStringLiteral("お客様のお名前,カナ,メモ欄\n中村 一郎,なかむら いちろう,x\n").toUtf8());
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, sheet);
    click(button(wizard, QWizard::NextButton));
    ui::MappingPage *mapping = wizard->mappingPage();
    QCOMPARE(mapping->columnOf(Field::Name), -1);
    QCOMPARE(mapping->columnOf(Field::Reading), 1);
    QVERIFY(mapping->problemLabel()->isVisible());
    QCOMPARE(mapping->problemLabel()->text(), QStringLiteral("Choose the column that holds \"Name\"."));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());

    // By keyboard: the name's combo, one step down to the first column.
    QComboBox *name = mapping->comboFor(Field::Name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Down);
    QCOMPARE(mapping->columnOf(Field::Name), 0);
    QVERIFY(!mapping->problemLabel()->isVisible());
    // The same column for two fields is refused with a reason.
    QComboBox *reading = mapping->comboFor(Field::Reading);
    reading->setCurrentIndex(reading->findData(0));
    QVERIFY(mapping->problemLabel()->isVisible());
    QVERIFY(mapping->problemLabel()->text().contains(QLatin1String("Column 1 is chosen for both")));
    reading->setCurrentIndex(reading->findData(1));
    QVERIFY(!mapping->problemLabel()->isVisible());

    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->previewPage()->model()->index(0, 0).data().toString(), QStringLiteral("中村 一郎"));
    click(button(wizard, QWizard::NextButton));
    QTRY_VERIFY(!wizard->checkPage()->isRunning());
    QCOMPARE(wizard->checkPage()->result()->accepted, 1);
    click(button(wizard, QWizard::NextButton));
    QTRY_VERIFY(wizard->importPage()->isComplete());
    QVERIFY(wizard->importPage()->isCommitted());
    click(button(wizard, QWizard::FinishButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard *>());

    // Next time, the same headers are matched as chosen.
    const QString next = m_files.filePath(QStringLiteral("own-headers-2.csv"));
    test::writeFile(next, QStringLiteral("カナ,お客様のお名前\nおがわ みき,小川 美紀\n").toUtf8());
    wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, next);
    click(button(wizard, QWizard::NextButton));
    QCOMPARE(wizard->mappingPage()->columnOf(Field::Name), 1);
    QCOMPARE(wizard->mappingPage()->columnOf(Field::Reading), 0);
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    click(button(wizard, QWizard::CancelButton));
}

void TestImportWizard::kindChangesTheFields()
{
    const QString sheet = m_files.filePath(QStringLiteral("agencies.csv"));
    test::writeFile(
        sheet, QStringLiteral("機関名,種別,電話番号\nハローワーク新宿,ハローワーク,03-0000-0000\n").toUtf8());
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    // Alt+A: the agencies.
    wizard->activateWindow();
    QTRY_COMPARE(QApplication::activeWindow(), wizard);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(wizard->sourcePage()->kindButton(importer::ImportKind::Agencies)->isChecked()); // an animated click
    chooseFile(wizard, sheet);
    click(button(wizard, QWizard::NextButton));
    QVERIFY(wizard->mappingPage()->comboFor(Field::AgencyKind));
    QVERIFY(!wizard->mappingPage()->comboFor(Field::BirthDate));
    QCOMPARE(wizard->mappingPage()->columnOf(Field::Name), 0);
    QCOMPARE(wizard->mappingPage()->columnOf(Field::AgencyKind), 1);
    click(button(wizard, QWizard::CancelButton));
}

void TestImportWizard::unreadableFileIsExplained()
{
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, m_files.filePath(QStringLiteral("missing.csv")));
    QVERIFY(wizard->sourcePage()->statusLabel()->text().startsWith(QLatin1String("This file cannot be imported: ")));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    // Bytes that are neither UTF-8 nor CP932, read as UTF-8 because the person said so.
    const QString sjis = m_files.filePath(QStringLiteral("sjis.csv"));
    test::writeFile(sjis, test::toCp932(clientsSheet(QStringLiteral("1985/1/1"))));
    chooseFile(wizard, sjis);
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    QComboBox *encoding = wizard->sourcePage()->encodingBox();
    encoding->setCurrentIndex(encoding->findData(int(importer::Encoding::Utf8)));
    QTRY_VERIFY(!wizard->sourcePage()->isReading());
    QVERIFY(wizard->sourcePage()->statusLabel()->text().startsWith(QLatin1String("This file cannot be imported: ")));
    QVERIFY(!button(wizard, QWizard::NextButton)->isEnabled());
    encoding->setCurrentIndex(encoding->findData(int(importer::Encoding::Cp932)));
    QTRY_VERIFY(!wizard->sourcePage()->isReading());
    QVERIFY(wizard->sourcePage()->statusLabel()->text().startsWith(
        QLatin1String("Read as Shift_JIS (CP932) (your choice)")));
    QVERIFY(button(wizard, QWizard::NextButton)->isEnabled());
    click(button(wizard, QWizard::CancelButton));
}

void TestImportWizard::stoppingTheCheckWritesNothing()
{
    // Large enough that the check is still running when Stop is pressed.
    QByteArray big = "氏名,ふりがな,生年月日\n";
    for (int i = 0; i < 40000; ++i)
        big += QStringLiteral("相談者 %1,そうだんしゃ,1980/1/1\n").arg(i).toUtf8();
    const QString sheet = m_files.filePath(QStringLiteral("big.csv"));
    test::writeFile(sheet, big);
    const int auditBefore = auditEntries(m_db->db());
    ImportWizard *wizard = openWizard();
    QVERIFY(wizard);
    chooseFile(wizard, sheet);
    click(button(wizard, QWizard::NextButton));
    click(button(wizard, QWizard::NextButton));
    click(button(wizard, QWizard::NextButton));
    ui::CheckPage *check = wizard->checkPage();
    if (check->isRunning()) {
        QVERIFY(check->cancelButton()->isVisible());
        QTest::mouseClick(check->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 20000);
        if (!check->result())
            QVERIFY(check->statusLabel()->text().startsWith(QLatin1String("The check was stopped.")));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!check->isRunning(), 20000);
    // Closing the wizard while it runs stops it too.
    click(check->checkAgainButton());
    click(button(wizard, QWizard::CancelButton));
    QTRY_VERIFY(!m_window->findChild<ImportWizard *>());
    QCOMPARE(clients(m_db->db()), 0);
    QCOMPARE(auditEntries(m_db->db()), auditBefore);
}

QTEST_MAIN(TestImportWizard)
#include "tst_import_wizard.moc"
