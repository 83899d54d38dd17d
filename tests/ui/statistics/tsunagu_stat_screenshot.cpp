// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: saves a picture of the main
// window on the statistics section (統計) once its figures are computed, for
// packaging/screenshots.sh. The database should be large enough that most
// counts are published (tsunagu-cli demo --size 2000).
//     tsunagu-stat-screenshot DB OUT.png [ja|en]
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SectionList.h"
#include "ui/statistics/StatisticsPage.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QThread>

#include <cstdio>

using namespace tsunagu;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QApplication::setApplicationName(QStringLiteral("tsunagu"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3 || args.size() > 4) {
        std::fputs("usage: tsunagu-stat-screenshot DB OUT.png [ja|en]\n", stderr);
        return 2;
    }
    const auto language = ui::Translations::fromCode(args.value(3, QStringLiteral("ja")));
    if (!language) {
        std::fputs("tsunagu-stat-screenshot: the language is ja or en\n", stderr);
        return 2;
    }
    ui::Translations::install(*language);
    ui::Fonts::apply();

    auto db = storage::Database::open(args.at(1), storage::Database::Options{false, false, storage::Database::IntegrityCheck::Full});
    if (!db) {
        std::fprintf(stderr, "tsunagu-stat-screenshot: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const Result<QList<Staff>> staff = StaffRepository(Session(**db, 0)).list(true);
    if (!staff || staff->isEmpty()) {
        std::fputs("tsunagu-stat-screenshot: the database has no staff\n", stderr);
        return 1;
    }
    // A supervisor reads the statistics; any staff member when there is none.
    qint64 staffId = staff->constFirst().id;
    for (const Staff &s : *staff) {
        if (s.role == StaffRole::Supervisor) {
            staffId = s.id;
            break;
        }
    }
    const Session session(**db, staffId);
    int status = 1;
    {
        ui::MainWindow window(session);
        window.resize(1360, 1320); // tall enough for the first tables and their rule
        window.show();
        window.showSection(ui::Section::Statistics);
        auto *page = window.findChild<ui::StatisticsPage *>();
        if (!page) {
            std::fputs("tsunagu-stat-screenshot: no statistics page\n", stderr);
            return 1;
        }
        const QDeadlineTimer deadline(180000);
        while ((page->isComputing() || !page->report()) && !deadline.hasExpired()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(20);
        }
        if (!page->report()) {
            std::fprintf(stderr, "tsunagu-stat-screenshot: no figures: %s\n",
                         qPrintable(page->statusLabel()->text()));
            return 1;
        }
        // Laid out and painted first.
        const QDeadlineTimer settle(500);
        while (!settle.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (window.grab().save(args.at(2), "PNG"))
            status = 0;
        else
            std::fprintf(stderr, "tsunagu-stat-screenshot: could not write %s\n", qPrintable(args.at(2)));
    }
    return status;
}
