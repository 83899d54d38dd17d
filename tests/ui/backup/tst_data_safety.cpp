// SPDX-License-Identifier: GPL-3.0-or-later
// Backups, restore, read-only and damaged files, through the windows a person
// uses: the main window's File menu, its banners and status bar, and the
// start-up path of app/gui/main.cpp (DatabaseOpener).
#include "ClientFixtures.h"
#include "TestSupport.h"

#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "ui/backup/BackupJob.h"
#include "ui/backup/BackupListModel.h"
#include "ui/backup/BackupSettings.h"
#include "ui/backup/BackupSettingsPage.h"
#include "ui/backup/BackupStatus.h"
#include "ui/backup/DataSafety.h"
#include "ui/backup/DatabaseBanner.h"
#include "ui/backup/DatabaseOpener.h"
#include "ui/backup/OpenFileChooser.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tsunagu;
using tsunagu::ui::BackupSettings;
using tsunagu::ui::DatabaseBanner;
using tsunagu::ui::DataSafety;
using tsunagu::ui::MainWindow;
using tsunagu::ui::MessageBoxes;
using tsunagu::ui::RestoreDialog;

namespace {

constexpr qint64 day = 24LL * 60 * 60 * 1000;

QStringList names(const ui::ClientListModel *model)
{
    QStringList all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << model->index(row, ui::ClientListModel::NameColumn).data().toString();
    return all;
}

// Runs `act` on the first visible top-level T once it is shown (a dialog the
// code under test opens with exec()).
template <typename T> void whenShown(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(w); found && found->isVisible()) {
                timer->stop();
                timer->deleteLater();
                act(found);
                return;
            }
        }
    });
    timer->start();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.db") }, QDir::Files, QDir::Name);
}

void setBackupSettings(bool enabled, int keep, const QString &folder)
{
    BackupSettings s;
    s.enabled = enabled;
    s.keep = keep;
    s.folder = folder;
    s.save();
}

// Makes the file fail PRAGMA integrity_check while passing the quick check:
// two indexes of the clients table swap their pages.
void damageIndexes(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'clients_kana_norm'")));
        QVERIFY(q.next());
        const int kana = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'clients_name_norm'")));
        QVERIFY(q.next());
        const int name = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
        QVERIFY(q.exec(QStringLiteral("UPDATE sqlite_schema SET rootpage = CASE name WHEN 'clients_kana_norm' THEN %1 "
                                      "ELSE %2 END WHERE name IN ('clients_kana_norm', 'clients_name_norm')")
                           .arg(name)
                           .arg(kana)));
        QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
}

int countClients(const storage::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int countAudit(const storage::Database &db, const QString &action)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(action);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void automaticBackupsRotateWithTheClock();
    void automaticBackupCanBeTurnedOff();
    void backupNowWritesIntoTheFolder();
    void jobCancels();
    void restoreBringsBackAnErasedClient();
    void backupListIsNewestFirst();
    void settingsPageEditsTheThreeKeys();
    void settingsDialogHasTheBackupsPage();
    void readOnlyShowsBannerAndDisablesWrites();
    void readOnlyIsAskedAtStartUp();
    void damagedFileAtStartUpOffersTheBackups();
    void damagedFileAtStartUpCanQuitOrOpenAnother();
    void backgroundCheckFindsDamageAndOffersRestore();
    void quittingCancelsTheBackgroundWork();
};

void TestDataSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-backup-tests"));
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestDataSafety::init()
{
    QSettings().clear(); // what an earlier test chose must not change this one
}

void TestDataSafety::cleanup()
{
    QSettings().clear();
}

void TestDataSafety::automaticBackupsRotateWithTheClock()
{
    test::TempDatabase t;
    test::addClient(t.session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    const QString folder = t.dirPath() + QStringLiteral("/auto");
    setBackupSettings(true, 3, folder);

    MainWindow window(t.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DataSafety *safety = window.dataSafety();
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        QSignalSpy finished(safety, &DataSafety::automaticBackupFinished);
        window.startBackgroundWork(); // the check, then the backup: as at start-up
        QVERIFY(finished.wait(20000));
        QVERIFY2(!safety->status()->isFailure(), qPrintable(safety->status()->text()));
        made << QStringLiteral("tsunagu-%1.db").arg(t.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QCOMPARE(filesIn(folder).constLast(), made.constLast());

        // Started again the same day: none is due.
        QSignalSpy again(safety, &DataSafety::automaticBackupFinished);
        safety->startAutomaticBackup();
        QVERIFY(again.wait(20000));
        QCOMPARE(filesIn(folder).constLast(), made.constLast());
        t.clock().advance(day);
    }
    QCOMPARE(filesIn(folder), made.mid(2)); // the newest 3 kept
    QVERIFY(safety->status()->text().startsWith(QLatin1String("Last backup: ")));
    QCOMPARE(countAudit(t.db(), QStringLiteral("database.backup")), 5);
    // A backup is a whole, sound database.
    storage::Database::Options ro;
    ro.readOnly = true;
    auto copy = storage::Database::open(QDir(folder).filePath(made.constLast()), ro);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(countClients(**copy), 1);
}

void TestDataSafety::automaticBackupCanBeTurnedOff()
{
    test::TempDatabase t;
    setBackupSettings(false, 7, {});
    MainWindow window(t.session());
    QSignalSpy checked(window.dataSafety(), &DataSafety::integrityCheckFinished);
    window.startBackgroundWork();
    QVERIFY(checked.wait(20000));
    QTRY_COMPARE(window.dataSafety()->status()->text(), QStringLiteral("Automatic backups are off"));
    QVERIFY(!QFileInfo::exists(BackupSettings::defaultFolder(t.path())));
}

void TestDataSafety::backupNowWritesIntoTheFolder()
{
    test::TempDatabase t;
    test::addClient(t.session(), QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"));
    MainWindow window(t.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("backupNowAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    // The default folder: "backups" beside the database file.
    const QString folder = BackupSettings::defaultFolder(t.path());
    QTRY_COMPARE(filesIn(folder).size(), 1);
    QTRY_VERIFY(window.dataSafety()->status()->text().startsWith(QLatin1String("Backup written to ")));
    QVERIFY(!window.dataSafety()->isBusy());
    QCOMPARE(filesIn(folder).constFirst(),
        QStringLiteral("tsunagu-%1.db").arg(t.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QCOMPARE(countAudit(t.db(), QStringLiteral("database.backup")), 1);
}

void TestDataSafety::jobCancels()
{
    std::atomic<int> steps { 0 };
    ui::BackupJob job(nullptr, [&steps](const ui::BackupJob::Progress &progress) -> Result<QString> {
        for (qint64 i = 0;; ++i) {
            ++steps;
            if (!progress(i, 1'000'000'000))
                return fail(ErrorCode::Cancelled, QStringLiteral("stopped"));
            QThread::msleep(1);
        }
    });
    QSignalSpy progress(&job, &ui::BackupJob::progress);
    QSignalSpy finished(&job, &ui::BackupJob::finished);
    job.start();
    QVERIFY(job.isRunning());
    QTRY_VERIFY(progress.count() > 2);
    job.cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY(!job.isRunning());
    QVERIFY(!job.result());
    QCOMPARE(job.result().error().code, ErrorCode::Cancelled);
}

void TestDataSafety::restoreBringsBackAnErasedClient()
{
    test::TempDatabase t;
    const qint64 yamada
        = test::addClient(t.session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    test::addClient(t.session(), QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"), QDate(1975, 9, 12));
    MainWindow window(t.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::ClientListModel *list = window.clientListPage()->model();
    QTRY_VERIFY(names(list).contains(QStringLiteral("山田 太郎")));

    window.findChild<QAction *>(QStringLiteral("backupNowAction"))->trigger();
    const QString folder = BackupSettings::defaultFolder(t.path());
    QTRY_COMPARE(filesIn(folder).size(), 1);
    QTRY_VERIFY(!window.dataSafety()->isBusy());

    // The client is erased (the closest thing to a deletion), and gone from the list.
    QVERIFY(privacy::Erasure(t.session()).erase(yamada, QStringLiteral("本人の申し出")));
    window.reloadData();
    QTRY_VERIFY(!names(list).contains(QStringLiteral("山田 太郎")));

    bool listed = false;
    whenShown<RestoreDialog>([&listed](RestoreDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("restoreDialog"));
        listed = dialog->model()->rowCount() == 1;
        dialog->view()->selectRow(0);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreSelected")), Qt::LeftButton);
    });
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // "Restore the backup of …?"
    auto *restore = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(restore && restore->isEnabled());
    restore->trigger();
    QVERIFY(listed);
    QVERIFY(MessageBoxes::lastText().startsWith(QLatin1String("Restore the backup of ")));
    QTRY_VERIFY_WITH_TIMEOUT(names(list).contains(QStringLiteral("山田 太郎")), 20000);
    QCOMPARE(countClients(t.db()), 2);
    QCOMPARE(window.currentSection(), ui::Section::Today);

    // Where the replaced data went, said in a band that stays until closed.
    auto *notice = window.findChild<DatabaseBanner *>(QStringLiteral("noticeBanner"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    const QString text = notice->text();
    QVERIFY2(text.contains(QLatin1String(".before-restore-")), qPrintable(text));
    const QString kept = text.mid(text.indexOf(QDir::toNativeSeparators(t.path())));
    QVERIFY(QFileInfo::exists(kept.left(kept.size() - 1))); // without the final full stop
    QCOMPARE(countAudit(t.db(), QStringLiteral("database.restore")), 1);
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<DatabaseBanner *>(QStringLiteral("noticeBanner")));
}

void TestDataSafety::backupListIsNewestFirst()
{
    test::TempDatabase t;
    const QString folder = t.dirPath() + QStringLiteral("/list");
    qint64 now = t.clock().nowMs();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(storage::Backup::rotate(t.db(), folder, 7, day, now));
        now += day;
    }
    test::writeFile(folder + QStringLiteral("/not-a-backup.txt"), "x");
    ui::BackupListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFolder(folder);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.entries().at(0).taken > model.entries().at(1).taken);
    QVERIFY(model.entries().at(1).taken > model.entries().at(2).taken);
    // 2026-11-22 01:00 UTC is 10:00 in Japan.
    QCOMPARE(model.index(0, ui::BackupListModel::TakenColumn).data().toString(),
        ui::BackupFolder::timeText(QDateTime(QDate(2026, 11, 22), QTime(1, 0), Qt::UTC)));
    QVERIFY(model.index(0, ui::BackupListModel::TakenColumn).data().toString().endsWith(QLatin1String(" 10:00")));
    QVERIFY(!model.index(0, ui::BackupListModel::SizeColumn).data().toString().isEmpty());
    QVERIFY(model.index(2, 0)
                .data(ui::BackupListModel::PathRole)
                .toString()
                .endsWith(QLatin1String("tsunagu-20261120-010000.db")));
    model.setFolder(t.dirPath() + QStringLiteral("/none"));
    QCOMPARE(model.rowCount(), 0);
}

void TestDataSafety::settingsPageEditsTheThreeKeys()
{
    ui::BackupSettingsPage page(QStringLiteral("/data/office/tsunagu.db"));
    QVERIFY(page.enabledBox()->isChecked()); // the defaults
    QCOMPARE(page.keepBox()->value(), 7);
    QVERIFY(page.folderEdit()->text().isEmpty());
    QVERIFY(page.folderEdit()->placeholderText().contains(
        QDir::toNativeSeparators(QStringLiteral("/data/office/backups"))));

    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.keepBox()->selectAll();
    QTest::keyClicks(page.keepBox(), QStringLiteral("12"));
    QTest::keyClicks(page.folderEdit(), QStringLiteral("/mnt/usb/backups"));
    QTest::mouseClick(page.enabledBox(), Qt::LeftButton, {}, QPoint(8, page.enabledBox()->height() / 2));
    QVERIFY(!page.enabledBox()->isChecked());
    QVERIFY(!page.keepBox()->isEnabled()); // kept backups only matter when made automatically
    QVERIFY(page.folderEdit()->isEnabled()); // Back up now and Restore use the folder too
    // Nothing is stored before the dialog's OK.
    QVERIFY(!QSettings().contains(BackupSettings::keepKey));
    page.save();
    const QSettings settings;
    QCOMPARE(settings.value(BackupSettings::enabledKey).toBool(), false);
    QCOMPARE(settings.value(BackupSettings::keepKey).toInt(), 12);
    QCOMPARE(settings.value(BackupSettings::folderKey).toString(), QStringLiteral("/mnt/usb/backups"));
    const BackupSettings loaded = BackupSettings::load();
    QCOMPARE(loaded.folderFor(QStringLiteral("/x/y.db")), QStringLiteral("/mnt/usb/backups"));

    page.folderEdit()->clear(); // back to the default
    page.save();
    QVERIFY(!QSettings().contains(BackupSettings::folderKey));
    QCOMPARE(BackupSettings::load().folderFor(QStringLiteral("/x/y.db")), QStringLiteral("/x/backups"));
}

void TestDataSafety::settingsDialogHasTheBackupsPage()
{
    test::TempDatabase t;
    MainWindow window(t.session());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showSettings();
    ui::SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ui::SettingsDialog *>()) && dialog->isVisible());
    auto *page = dialog->findChild<ui::BackupSettingsPage *>();
    QVERIFY(page);
    const int tab = dialog->tabs()->indexOf(page);
    QVERIFY(tab >= 0);
    QCOMPARE(dialog->tabs()->tabText(tab), QStringLiteral("&Backups"));
    QVERIFY(page->folderEdit()->placeholderText().contains(
        QDir::toNativeSeparators(BackupSettings::defaultFolder(t.path()))));
    dialog->tabs()->setCurrentIndex(tab);
    page->keepBox()->setValue(3);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("settingsOk")), Qt::LeftButton);
    QCOMPARE(BackupSettings::load().keep, 3);
}

void TestDataSafety::readOnlyShowsBannerAndDisablesWrites()
{
    test::TempDatabase t;
    test::addClient(t.session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    const qint64 staff = t.staffId();
    const QString path = t.path();
    t.close();
    storage::Database::Options ro;
    ro.readOnly = true;
    ro.integrity = storage::Database::IntegrityCheck::Quick;
    auto db = storage::Database::open(path, ro);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    const Session session(**db, staff, t.clock());

    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<DatabaseBanner *>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->text(), QStringLiteral("Opened read-only — changes cannot be saved."));
    // Across the top: above the search field.
    QVERIFY(banner->mapTo(&window, QPoint(0, 0)).y() < window.searchField()->mapTo(&window, QPoint(0, 0)).y());
    for (const char *name : { "newClientAction", "logConsultationAction", "importAction", "restoreAction" }) {
        auto *action = window.findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
    }
    QVERIFY(window.findChild<QAction *>(QStringLiteral("backupNowAction"))->isEnabled()); // reading is fine
    QTRY_COMPARE(window.clientListPage()->model()->rowCount(), 1); // everything can be looked at
    const qint64 clientId
        = window.clientListPage()->model()->index(0, 0).data(ui::ClientListModel::IdRole).toLongLong();
    QVERIFY(clientId > 0);
    window.openClient(clientId); // the client screen reads only
    QCOMPARE(window.clientPage()->clientId(), clientId);
    QVERIFY(window.clientPage()->isVisible());

    // The client screen's own buttons reach the same slots: refused with a clear word.
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    window.logConsultation(1);
    QVERIFY(MessageBoxes::lastText().startsWith(QLatin1String("The file is open read-only.")));
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    window.registerClient();
    QVERIFY(MessageBoxes::lastText().startsWith(QLatin1String("The file is open read-only.")));

    // And a write that gets through anyway is refused by SQLite with a message, not a crash.
    Client c;
    c.name = QStringLiteral("新しい人");
    auto created = ClientRepository(session).create(c);
    QVERIFY(!created);
    QCOMPARE(created.error().code, ErrorCode::ReadOnly);
    QVERIFY(created.error().message.contains(QLatin1String("cannot be written")));

    // The background check runs; no automatic backup is attempted.
    QSignalSpy checked(window.dataSafety(), &DataSafety::integrityCheckFinished);
    window.startBackgroundWork();
    QVERIFY(checked.wait(20000));
    QTRY_COMPARE(window.dataSafety()->status()->text(), QStringLiteral("Read-only: no automatic backup"));
    QVERIFY(!window.findChild<DatabaseBanner *>(QStringLiteral("damagedBanner")));
}

void TestDataSafety::readOnlyIsAskedAtStartUp()
{
    test::TempDatabase t;
    const QString path = t.path();
    t.close();
    // The test runs as any user (even root, who may write anywhere): the file
    // system's answer is played by the open function.
    ui::DatabaseOpener opener;
    QList<bool> asked;
    opener.setOpenFunction(
        [&asked](const QString &file,
            const storage::Database::Options &options) -> Result<std::unique_ptr<storage::Database>> {
            asked << options.readOnly;
            if (!options.readOnly)
                return fail(ErrorCode::ReadOnly, QStringLiteral("%1 or its folder is read-only.").arg(file));
            return storage::Database::open(file, options);
        });
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    auto db = opener.open(path);
    QVERIFY(db);
    QVERIFY(db->isReadOnly());
    QCOMPARE(asked, (QList<bool> { false, true }));
    QVERIFY(MessageBoxes::lastText().contains(QLatin1String("Open it read-only?")));

    db.reset();
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QVERIFY(!opener.open(path));

    // Refused even read-only (a write-ahead file in a folder that cannot be written): said, and what to do.
    opener.setOpenFunction(
        [](const QString &, const storage::Database::Options &) -> Result<std::unique_ptr<storage::Database>> {
            return fail(ErrorCode::ReadOnly, QStringLiteral("The database file cannot be written."));
        });
    QString shown;
    whenShown<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text() + u'\n' + box->informativeText();
        box->accept();
    });
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QVERIFY(!opener.open(path));
    QVERIFY2(shown.contains(QLatin1String("not even read-only")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("Copy the file to a folder you can write to")), qPrintable(shown));
}

void TestDataSafety::damagedFileAtStartUpOffersTheBackups()
{
    test::TempDatabase t;
    for (int i = 0; i < 40; ++i)
        test::addClient(t.session(), QStringLiteral("相談者 %1").arg(i), QStringLiteral("そうだんしゃ"));
    // Two automatic backups, a day apart, in the default folder.
    const QString folder = BackupSettings::defaultFolder(t.path());
    QVERIFY(storage::Backup::rotate(t.db(), folder, 7, day, t.clock().nowMs()));
    QVERIFY(storage::Backup::rotate(t.db(), folder, 7, day, t.clock().nowMs() + day));
    const QString path = t.path();
    t.close();
    // Cut off, as by a full disk or an interrupted copy.
    QByteArray bytes = test::readFile(path);
    bytes.truncate(bytes.size() / 2);
    test::writeFile(path, bytes);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));

    int listed = -1;
    bool newestFirst = false;
    QString problem;
    whenShown<RestoreDialog>([&](RestoreDialog *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("recoveryDialog"));
        listed = dialog->model()->rowCount();
        newestFirst = listed == 2 && dialog->model()->entries().at(0).taken > dialog->model()->entries().at(1).taken;
        problem = dialog->findChild<QLabel *>(QStringLiteral("recoveryProblem"))->text();
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openOtherDatabase")));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("quitButton")));
        QCOMPARE(dialog->view()->currentIndex().row(), 0); // the newest is chosen already
        QTest::keyClick(dialog->view(), Qt::Key_Return); // Enter on the list restores it
    });
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // "Put the backup of … in place of …?"
    ui::DatabaseOpener opener;
    auto db = opener.open(path);
    QCOMPARE(listed, 2);
    QVERIFY(newestFirst);
    QVERIFY2(
        problem.contains(QLatin1String("damaged")) || problem.contains(QLatin1String("not a")), qPrintable(problem));
    QVERIFY(MessageBoxes::lastText().startsWith(QLatin1String("Put the backup of ")));
    QVERIFY(db);
    QCOMPARE(countClients(*db), 40);
    // The damaged file: kept, renamed, byte for byte.
    const QString notice = opener.takeNotice();
    QVERIFY2(notice.contains(QLatin1String("The damaged file was kept as ")), qPrintable(notice));
    const QStringList damaged = QDir(QFileInfo(path).absolutePath())
                                    .entryList({ QFileInfo(path).fileName() + QStringLiteral(".damaged-*.db") });
    QCOMPARE(damaged.size(), 1);
    QCOMPARE(test::readFile(QFileInfo(path).absoluteDir().filePath(damaged.constFirst())), bytes);
    QVERIFY(opener.takeNotice().isEmpty()); // told once
}

void TestDataSafety::damagedFileAtStartUpCanQuitOrOpenAnother()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.db"));
    const QByteArray garbage(8192, 'x');
    test::writeFile(path, garbage);

    // Quit: nothing opened, nothing changed.
    whenShown<RestoreDialog>([](RestoreDialog *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noBackups"))->isVisible());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreSelected"))->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("quitButton")), Qt::LeftButton);
    });
    ui::DatabaseOpener opener;
    QVERIFY(!opener.open(path));
    QCOMPARE(test::readFile(path), garbage);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("office.db") });

    // Open another file instead.
    test::TempDatabase other;
    test::addClient(other.session(), QStringLiteral("別の人"), QStringLiteral("べつのひと"));
    const QString otherPath = other.path();
    other.close();
    ui::OpenFileChooser::setNextFileName(otherPath);
    whenShown<RestoreDialog>([](RestoreDialog *dialog) {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openOtherDatabase")), Qt::LeftButton);
    });
    auto db = opener.open(path);
    QVERIFY(db);
    QCOMPARE(db->path(), QFileInfo(otherPath).absoluteFilePath());
    QCOMPARE(countClients(*db), 1);
    QCOMPARE(test::readFile(path), garbage);
}

void TestDataSafety::backgroundCheckFindsDamageAndOffersRestore()
{
    test::TempDatabase t;
    for (int i = 0; i < 30; ++i)
        test::addClient(t.session(), QStringLiteral("相談者 %1").arg(i), QStringLiteral("そうだんしゃ"));
    const QString folder = t.dirPath() + QStringLiteral("/auto");
    setBackupSettings(true, 7, folder);
    QVERIFY(storage::Backup::rotate(t.db(), folder, 7, day, t.clock().nowMs() - day));
    const QString path = t.path();
    const qint64 staff = t.staffId();
    t.close();
    damageIndexes(path);

    // Opens: the quick check at start-up does not read every page.
    ui::DatabaseOpener opener;
    std::unique_ptr<storage::Database> db = opener.open(path);
    QVERIFY(db);
    QString chosen;
    {
        const Session session(*db, staff, t.clock());
        MainWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.findChild<DatabaseBanner *>(QStringLiteral("damagedBanner")));
        QSignalSpy checked(window.dataSafety(), &DataSafety::integrityCheckFinished);
        window.startBackgroundWork();
        QVERIFY(checked.wait(20000));
        auto *banner = window.findChild<DatabaseBanner *>(QStringLiteral("damagedBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("This file is damaged."));
        QVERIFY(!window.dataSafety()->problems().isEmpty());
        // A copy of the damaged file must not push the sound backup out of the rotation.
        QCOMPARE(filesIn(folder).size(), 1);
        QVERIFY(window.dataSafety()->status()->isFailure());

        QSignalSpy recovery(&window, &MainWindow::recoveryRequested);
        whenShown<RestoreDialog>([](RestoreDialog *dialog) {
            QCOMPARE(dialog->model()->rowCount(), 1);
            dialog->view()->selectRow(0);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreSelected")), Qt::LeftButton);
        });
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(banner->actionButton(), Qt::LeftButton);
        QCOMPARE(recovery.count(), 1);
        chosen = recovery.constFirst().constFirst().toString();
        QCOMPARE(chosen, QDir(folder).filePath(filesIn(folder).constFirst()));
    }
    // What main() does then: close, restore over the file, open again.
    db.reset();
    db = opener.restoreAndOpen(chosen, path);
    QVERIFY(db);
    QCOMPARE(countClients(*db), 30);
    auto problems = db->integrityCheck();
    QVERIFY(problems && problems->isEmpty());
    QVERIFY(opener.takeNotice().contains(QLatin1String(".damaged-")));
}

void TestDataSafety::quittingCancelsTheBackgroundWork()
{
    test::TempDatabase t;
    setBackupSettings(true, 7, t.dirPath() + QStringLiteral("/auto"));
    for (int i = 0; i < 20; ++i)
        test::addClient(t.session(), QStringLiteral("相談者 %1").arg(i), QStringLiteral("そうだんしゃ"));
    QElapsedTimer timer;
    timer.start();
    {
        MainWindow window(t.session());
        window.show();
        window.startBackgroundWork();
        QVERIFY(window.dataSafety()->isBusy());
    } // closed at once: the check is stopped and waited for, the database still open
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(t.db().integrityCheck());
}

QTEST_MAIN(TestDataSafety)
#include "tst_data_safety.moc"
