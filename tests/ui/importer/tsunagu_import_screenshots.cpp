// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: saves pictures of the import
// wizard's pages (a Shift_JIS file with one rejected row), of the main window
// opened read-only, of the damaged-file banner and of the recovery dialog, so
// that a person can look at them (Japanese text cut off, overlapping).
//     tsunagu-import-screenshots OUT_DIR [ja|en]
#include "ImportFixtures.h"
#include "TestSupport.h"

#include "repo/ClientRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "ui/backup/BackupSettings.h"
#include "ui/backup/BackupSettingsPage.h"
#include "ui/backup/DataSafety.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/importer/CheckPage.h"
#include "ui/importer/ImportPage.h"
#include "ui/importer/ImportWizard.h"
#include "ui/importer/SourcePage.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace tsunagu;
using tsunagu::ui::ImportWizard;

namespace {

bool save(QWidget *widget, const QString &file)
{
    QApplication::processEvents();
    const bool saved = widget->grab().save(file, "PNG");
    std::fprintf(stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(file));
    return saved;
}

void next(ImportWizard *wizard)
{
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-import-screenshots"));
    QSettings().clear();
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: tsunagu-import-screenshots OUT_DIR [ja|en]\n", stderr);
        return 2;
    }
    const QDir out(args.at(1));
    const auto language = ui::Translations::fromCode(args.value(2, QStringLiteral("ja")));
    ui::Translations::install(language.value_or(ui::Translations::Language::Japanese));
    ui::Fonts::apply();
    bool ok = true;

    {
        test::TempDatabase t;
        const QString sheet = t.dirPath() + QStringLiteral("/相談者一覧.csv");
        test::writeFile(sheet,
            test::toCp932(QStringLiteral("氏名,ふりがな,生年月日,電話番号,備考\r\n"
                                         "山田 太郎,やまだ たろう,1980/4/1,090-1111-2222,\r\n"
                                         "田中 花子,たなか はなこ,昭和50年9月12日,03-1234-5678,紹介元: ハローワーク\r\n"
                                         "佐藤 次郎,さとう じろう,1985-13-45,,\r\n"
                                         "鈴木 一郎,すずき いちろう,1990/1/20,,\r\n")));
        ui::MainWindow window(t.session());
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.importData();
        auto *wizard = window.findChild<ImportWizard *>();
        if (!wizard || !QTest::qWaitForWindowExposed(wizard))
            return 1;
        wizard->sourcePage()->fileEdit()->setText(sheet);
        (void)QTest::qWaitFor([wizard] { return wizard->button(QWizard::NextButton)->isEnabled(); }, 10000);
        ok &= save(wizard, out.filePath(QStringLiteral("import-1-source.png")));
        next(wizard);
        ok &= save(wizard, out.filePath(QStringLiteral("import-2-mapping.png")));
        next(wizard);
        ok &= save(wizard, out.filePath(QStringLiteral("import-3-preview.png")));
        next(wizard);
        (void)QTest::qWaitFor([wizard] { return !wizard->checkPage()->isRunning(); }, 20000);
        ok &= save(wizard, out.filePath(QStringLiteral("import-4-check.png")));
        // The same file with the row fixed, to show the last page.
        test::writeFile(sheet,
            test::toCp932(QStringLiteral("氏名,ふりがな,生年月日,電話番号,備考\r\n"
                                         "山田 太郎,やまだ たろう,1980/4/1,090-1111-2222,\r\n"
                                         "田中 花子,たなか はなこ,昭和50年9月12日,03-1234-5678,紹介元: ハローワーク\r\n"
                                         "佐藤 次郎,さとう じろう,1985-12-15,,\r\n"
                                         "鈴木 一郎,すずき いちろう,1990/1/20,,\r\n")));
        wizard->checkPage()->start();
        (void)QTest::qWaitFor([wizard] { return !wizard->checkPage()->isRunning(); }, 20000);
        ok &= save(wizard, out.filePath(QStringLiteral("import-4-check-fixed.png")));
        next(wizard);
        (void)QTest::qWaitFor([wizard] { return wizard->importPage()->isComplete(); }, 20000);
        ok &= save(wizard, out.filePath(QStringLiteral("import-5-done.png")));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QApplication::processEvents();
        ok &= save(&window, out.filePath(QStringLiteral("main-after-import.png")));
    }

    {
        // The main window on a file opened read-only.
        test::TempDatabase t;
        const qint64 staff = t.staffId();
        const QString path = t.path();
        t.close();
        storage::Database::Options ro;
        ro.readOnly = true;
        auto db = storage::Database::open(path, ro);
        if (!db)
            return 1;
        ui::MainWindow window(Session(**db, staff, t.clock()));
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        ok &= save(&window, out.filePath(QStringLiteral("main-read-only.png")));
        // The backups' page of the settings dialog.
        window.showSettings();
        if (auto *settings = window.findChild<ui::SettingsDialog *>()) {
            (void)QTest::qWaitForWindowExposed(settings);
            settings->tabs()->setCurrentWidget(settings->findChild<ui::BackupSettingsPage *>());
            ok &= save(settings, out.filePath(QStringLiteral("settings-backups.png")));
            settings->reject();
        }
    }

    {
        // A file the background check finds damaged (two indexes swapped), and the restore it offers.
        test::TempDatabase t;
        for (int i = 0; i < 5; ++i) {
            Client c;
            c.name = QStringLiteral("相談者 %1").arg(i);
            c.nameKana = QStringLiteral("そうだんしゃ");
            (void)ClientRepository(t.session()).create(c);
        }
        const QString folder = ui::BackupSettings::defaultFolder(t.path());
        for (int i = 0; i < 3; ++i)
            (void)storage::Backup::rotate(
                t.db(), folder, 7, 24LL * 3600 * 1000, t.clock().nowMs() - (3 - i) * 24LL * 3600 * 1000);
        const qint64 staff = t.staffId();
        const QString path = t.path();
        t.close();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            raw.setDatabaseName(path);
            raw.open();
            QSqlQuery q(raw);
            q.exec(QStringLiteral("SELECT group_concat(rootpage) FROM (SELECT rootpage FROM sqlite_schema WHERE name "
                                  "IN ('clients_kana_norm', 'clients_name_norm') ORDER BY name)"));
            q.next();
            const QStringList pages = q.value(0).toString().split(u',');
            q.exec(QStringLiteral("PRAGMA writable_schema = ON"));
            q.exec(QStringLiteral("UPDATE sqlite_schema SET rootpage = CASE name WHEN 'clients_kana_norm' THEN %1 ELSE "
                                  "%2 END WHERE name IN ('clients_kana_norm', 'clients_name_norm')")
                       .arg(pages.value(1), pages.value(0)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        storage::Database::Options quick;
        quick.integrity = storage::Database::IntegrityCheck::Quick;
        auto db = storage::Database::open(path, quick);
        if (!db)
            return 1;
        ui::MainWindow window(Session(**db, staff, t.clock()));
        window.show();
        (void)QTest::qWaitForWindowExposed(&window);
        window.startBackgroundWork();
        (void)QTest::qWaitFor([&window] { return !window.dataSafety()->isBusy(); }, 10000);
        ok &= save(&window, out.filePath(QStringLiteral("main-damaged.png")));
        ui::RestoreDialog dialog(ui::RestoreDialog::Mode::Recovery, path, folder);
        dialog.setProblem(window.dataSafety()->problems().value(0));
        dialog.show();
        (void)QTest::qWaitForWindowExposed(&dialog);
        ok &= save(&dialog, out.filePath(QStringLiteral("recovery-dialog.png")));
    }
    return ok ? 0 : 1;
}
