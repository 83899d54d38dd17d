// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu: the desktop application (design/UI.md).
#include "common/Session.h"
#include "demo/DemoGenerator.h"
#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/backup/DataSafety.h"
#include "ui/backup/DatabaseOpener.h"
#include "ui/common/Fonts.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/settings/AppSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <cstdio>

using namespace tsunagu;

namespace {

void printError(const QString &message)
{
    std::fputs(qPrintable(message + QLatin1Char('\n')), stderr);
}

QString osUserName()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QCoreApplication::translate("main", "Staff");
}

// The acting staff member: the first active one, or, on a new database, one
// named after the person logged in to this computer.
Result<qint64> actingStaff(const storage::Database &db)
{
    const StaffRepository staff(Session(db, 0));
    const Result<QList<Staff>> active = staff.list(true);
    if (!active)
        return fail(active.error());
    if (!active->isEmpty())
        return active->constFirst().id;
    if (db.isReadOnly())
        return qint64(0); // nothing can be written, so no one is set up
    const Result<Staff> created = staff.findOrCreate(osUserName());
    if (!created)
        return fail(created.error());
    return created->id;
}

// Hidden, for documentation: saves a picture of the window once it has been
// laid out and painted, then quits.
void scheduleScreenshot(QWidget *window, const QString &file)
{
    QTimer::singleShot(500, window, [window, file] {
        QCoreApplication::processEvents();
        const bool saved = window->grab().save(file, "PNG");
        if (!saved)
            printError(QCoreApplication::translate("main", "Could not write the screenshot %1.").arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}


// Fills an empty demonstration database on a worker thread, with a progress
// dialog that can cancel; a database that already holds clients is left as is.
Status fillDemo(const Session &session)
{
    auto count = ClientRepository(session).count();
    if (!count)
        return fail(count.error());
    if (*count > 0)
        return {};
    QProgressDialog progress(QCoreApplication::translate("main", "Making demonstration data…"),
        QCoreApplication::translate("main", "Cancel"), 0, 100);
    progress.setWindowTitle(QStringLiteral("つなぐ Tsunagu"));
    progress.setMinimumDuration(0);
    std::atomic<bool> cancelled { false };
    Result<demo::DemoReport> report = fail(ErrorCode::Cancelled, QString());
    QThread *worker = QThread::create([&] {
        report = demo::DemoGenerator(session, demo::DemoOptions::scaled(1500))
                     .generate([&](const QString &, int percent) {
                         QMetaObject::invokeMethod(
                             &progress, [&progress, percent] { progress.setValue(percent); }, Qt::QueuedConnection);
                         return !cancelled.load();
                     });
        session.db().releaseThreadConnection();
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    worker->start();
    loop.exec();
    delete worker;
    if (!report)
        return fail(report.error());
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QApplication::setApplicationName(QStringLiteral("tsunagu"));
    QApplication::setApplicationVersion(QStringLiteral(TSUNAGU_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(TSUNAGU_APP_ID));

    // The system's language first, so that --help is translated too.
    ui::Translations::install(ui::Translations::systemLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Case management for employment support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("main", "The database file (default: %1).").arg(storage::Database::defaultPath()),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("main", "The language of the interface: ja or en (default: the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open a demonstration database of invented people (made on first use)."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window and quit (documentation)."), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ dbOption, langOption, demoOption, screenshotOption });
    parser.process(app);

    if (parser.isSet(langOption)) {
        const auto language = ui::Translations::fromCode(parser.value(langOption));
        if (!language) {
            printError(QCoreApplication::translate("main", "Unknown language '%1': use ja or en.")
                           .arg(parser.value(langOption)));
            return 2;
        }
        ui::Translations::install(*language);
    } else if (const auto chosen = ui::AppSettings::language()) { // File → Settings… → General
        ui::Translations::install(*chosen);
    }
    ui::AppSettings::applyDateStyle(); // 和暦 if chosen in the settings
    ui::Fonts::apply();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
        : parser.isSet(demoOption)              ? QFileInfo(storage::Database::defaultPath()).absolutePath()
                + QStringLiteral("/demo.db")
                                                : storage::Database::defaultPath();
    // A read-only file is asked about; a damaged one is never written to, and
    // is offered a restore from its backups (ui/backup/DatabaseOpener).
    ui::DatabaseOpener opener;
    std::unique_ptr<storage::Database> db = opener.open(path);
    if (!db)
        return 1;
    for (;;) {
        const Result<qint64> staffId = actingStaff(*db);
        if (!staffId) {
            printError(staffId.error().message);
            ui::MessageBoxes::showError(nullptr,
                QCoreApplication::translate("main", "Tsunagu could not set up the staff member for this computer."),
                staffId.error());
            return 1;
        }

        const Session session(*db, *staffId);
        if (parser.isSet(demoOption) && !db->isReadOnly()) {
            if (Status filled = fillDemo(session); !filled) {
                printError(filled.error().message);
                ui::MessageBoxes::showError(nullptr,
                    QCoreApplication::translate("main", "The demonstration data could not be made."), filled.error());
                return 1;
            }
        }
        QString recoverFrom; // a backup chosen to replace the file, found damaged in the background
        int exitCode = 0;
        {
            ui::MainWindow window(session);
            QObject::connect(&window, &ui::MainWindow::recoveryRequested, &app, [&recoverFrom](const QString &backup) {
                recoverFrom = backup;
                QCoreApplication::exit(0);
            });
            window.show();
            if (const QString notice = opener.takeNotice(); !notice.isEmpty())
                window.dataSafety()->showNotice(notice);
            if (parser.isSet(screenshotOption)) {
                scheduleScreenshot(&window, QFileInfo(parser.value(screenshotOption)).absoluteFilePath());
            } else {
                // typed and not saved last time (a crash, a closed window): offered back
                QTimer::singleShot(0, &window, &ui::MainWindow::offerDrafts);
                // the full integrity check, then the automatic backup, on worker threads
                QTimer::singleShot(0, &window, &ui::MainWindow::startBackgroundWork);
            }
            exitCode = app.exec();
            if (!recoverFrom.isEmpty())
                window.hide(); // not closed: the application goes on
        }
        if (recoverFrom.isEmpty())
            return exitCode;
        const QString file = db->path();
        db.reset(); // every connection closed before the file is replaced
        db = opener.restoreAndOpen(recoverFrom, file);
        if (!db)
            return 1;
    }
}
