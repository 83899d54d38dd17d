// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu: the desktop application (design/UI.md).
#include "common/Session.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/common/Fonts.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTimer>

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
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the main window and quit (documentation)."), QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ dbOption, langOption, screenshotOption });
    parser.process(app);

    if (parser.isSet(langOption)) {
        const auto language = ui::Translations::fromCode(parser.value(langOption));
        if (!language) {
            printError(QCoreApplication::translate("main", "Unknown language '%1': use ja or en.")
                           .arg(parser.value(langOption)));
            return 2;
        }
        ui::Translations::install(*language);
    }
    ui::Fonts::apply();

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : storage::Database::defaultPath();
    const Result<std::unique_ptr<storage::Database>> db = storage::Database::open(path);
    if (!db) {
        printError(db.error().message);
        ui::MessageBoxes::showError(
            nullptr, QCoreApplication::translate("main", "Tsunagu could not open the database."), db.error());
        return 1;
    }
    const Result<qint64> staffId = actingStaff(**db);
    if (!staffId) {
        printError(staffId.error().message);
        ui::MessageBoxes::showError(nullptr,
            QCoreApplication::translate("main", "Tsunagu could not set up the staff member for this computer."),
            staffId.error());
        return 1;
    }

    const Session session(**db, *staffId);
    ui::MainWindow window(session);
    window.show();
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(&window, QFileInfo(parser.value(screenshotOption)).absoluteFilePath());
    else // typed and not saved last time (a crash, a closed window): offered back
        QTimer::singleShot(0, &window, &ui::MainWindow::offerDrafts);
    return app.exec();
}
