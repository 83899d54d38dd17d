// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: opens a client in the real
// main window the way a coordinator does (the reading typed in the search
// field, Enter) and saves a picture of the window, for packaging/screenshots.sh.
//     tsunagu-client-screenshot --db FILE --lang ja|en --reading READING --out FILE.png
//         [--dialog new|edit|history --dialog-out FILE.png]
#include "common/Session.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>

using namespace tsunagu;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ja or en"), QStringLiteral("LANG"));
    const QCommandLineOption reading(
        QStringLiteral("reading"), QStringLiteral("what to type in the search field"), QStringLiteral("TEXT"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("the PNG to write"), QStringLiteral("FILE"));
    const QCommandLineOption dialog(
        QStringLiteral("dialog"), QStringLiteral("also a picture of: new, edit or history"), QStringLiteral("WHICH"));
    const QCommandLineOption dialogOut(
        QStringLiteral("dialog-out"), QStringLiteral("the PNG of the dialog"), QStringLiteral("FILE"));
    parser.addOptions({ db, lang, reading, out, dialog, dialogOut });
    parser.process(app);
    if (!parser.isSet(db) || !parser.isSet(reading) || !parser.isSet(out)) {
        std::fputs("usage: tsunagu-client-screenshot --db FILE --lang ja|en --reading TEXT --out FILE.png\n", stderr);
        return 2;
    }
    ui::Translations::install(
        ui::Translations::fromCode(parser.value(lang)).value_or(ui::Translations::systemLanguage()));
    ui::Fonts::apply();

    auto database = storage::Database::open(parser.value(db));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error().message));
        return 1;
    }
    const Result<QList<Staff>> staff = StaffRepository(Session(**database, 0)).list(true);
    if (!staff || staff->isEmpty()) {
        std::fputs("no staff member in the database\n", stderr);
        return 1;
    }
    const Session session(**database, staff->constFirst().id);
    ui::MainWindow window(session);
    window.resize(1280, 960);
    window.show();

    // Type the reading as keys, then Enter: the top hit opens.
    QTimer::singleShot(200, &window, [&] {
        ui::SearchField *field = window.searchField();
        field->setFocus();
        for (const QChar c : parser.value(reading)) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(field, &press);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(field, &enter);
    });
    QTimer::singleShot(900, &window, [&] {
        QCoreApplication::processEvents();
        if (window.clientPage()->clientId() <= 0) {
            std::fputs("the client screen did not open\n", stderr);
            QCoreApplication::exit(1);
            return;
        }
        bool saved = window.grab().save(parser.value(out), "PNG");
        if (!saved)
            std::fprintf(stderr, "could not write %s\n", qPrintable(parser.value(out)));
        if (saved && parser.isSet(dialog)) {
            const QString which = parser.value(dialog);
            if (which == QLatin1String("new"))
                window.registerClient();
            else if (which == QLatin1String("edit"))
                window.clientPage()->editClient();
            else
                window.clientPage()->showHistory();
            QWidget *shown = nullptr;
            for (int turns = 0; turns < 50 && !shown; ++turns) {
                QCoreApplication::processEvents();
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    if (top != &window && top->isVisible() && qobject_cast<QDialog *>(top))
                        shown = top;
                }
            }
            saved = shown && shown->grab().save(parser.value(dialogOut), "PNG");
        }
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return app.exec();
}
