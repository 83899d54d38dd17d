// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu-bench-gui: the two rows of BENCHMARKS.md that need the widgets, on one
// data set, as Markdown rows (packaging/bench.sh appends them to the table):
//   - a keystroke in the search field to the repainted client list;
//   - resident memory with the main window open and the list scrolled.
// Built when both TSUNAGU_GUI and TSUNAGU_BENCHMARKS are on; runs offscreen.
//
//   tsunagu-bench-gui --db bench-data/office.db --data-set office [--runs 21]
#include "BenchTable.h"

#include "common/Session.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/Fonts.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QKeyEvent>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>

using namespace tsunagu;

namespace {

long long statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// One key as a person types it: press and release, with the character as the
// event's text (an input method commits kana the same way).
void type(QWidget *target, QChar c, Qt::Key key = Qt::Key_unknown)
{
    const QString text = key == Qt::Key_Backspace ? QString() : QString(c);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(target, &press);
    QCoreApplication::sendEvent(target, &release);
}

bool append(const QString &path, const QString &text)
{
    if (path.isEmpty())
        return true;
    QFile file(path);
    return file.open(QIODevice::Append | QIODevice::Text) && file.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tsunagu's GUI benchmarks (BENCHMARKS.md) on one data set."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("The data set (a demo database)."), QStringLiteral("FILE")},
        {QStringLiteral("data-set"), QStringLiteral("Its name in the table."), QStringLiteral("NAME")},
        {QStringLiteral("runs"), QStringLiteral("Timed keystrokes (median)."), QStringLiteral("N"),
         QStringLiteral("21")},
        {QStringLiteral("rows"), QStringLiteral("Append the table's rows to FILE."), QStringLiteral("FILE")},
        {QStringLiteral("notes"), QStringLiteral("Append the notes to FILE."), QStringLiteral("FILE")},
    });
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    QString dataSet = parser.value(QStringLiteral("data-set"));
    if (dataSet.isEmpty())
        dataSet = QStringLiteral("?");
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    ui::Fonts::apply();

    // As the application opens: the quick check (the full one runs in the background there).
    storage::Database::Options options;
    options.create = false;
    options.integrity = storage::Database::IntegrityCheck::Quick;
    auto db = storage::Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "tsunagu-bench-gui: %s\n", qPrintable(db.error().message));
        return 1;
    }
    auto staff = StaffRepository(Session(**db, 0)).findOrCreate(QStringLiteral("bench"), StaffRole::Admin);
    if (!staff) {
        std::fprintf(stderr, "tsunagu-bench-gui: %s\n", qPrintable(staff.error().message));
        return 1;
    }
    const Session session(**db, staff->id);

    // Start-up as a person sees it: the window built (the Today page reads its
    // work lists) and painted once.
    QElapsedTimer startup;
    startup.start();
    ui::MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    window.repaint();
    const double startupMs = static_cast<double>(startup.nsecsElapsed()) / 1e6;

    // The list, scrolled down twenty screens (each scroll fetches the next page).
    window.showSection(ui::Section::Clients);
    QTableView *view = window.clientListPage()->view();
    ui::ClientListModel *model = window.clientListPage()->model();
    for (int i = 0; i < 20; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        view->viewport()->repaint();
    }
    const int rowsLoaded = model->rowCount();
    const long long rssKb = statusKb("VmRSS:");

    // Typing さとう, one character at a time, then erasing it: each timed
    // keystroke runs from the key event to the end of the list's repaint.
    QWidget *field = window.searchField();
    field->setFocus();
    const QString word = QStringLiteral("さとう");
    std::vector<double> times;
    int hitsOnLast = 0;
    QElapsedTimer timer;
    while (static_cast<int>(times.size()) < runs) {
        for (QChar c : word) {
            timer.start();
            type(field, c);
            QCoreApplication::processEvents(); // the search timer (zero interval) and the model's reset
            view->viewport()->repaint();
            times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            hitsOnLast = model->rowCount();
        }
        for (int i = 0; i < word.size(); ++i) {
            type(field, QChar(), Qt::Key_Backspace);
            QCoreApplication::processEvents();
        }
    }
    const long long peakKb = statusKb("VmHWM:");

    bench::BenchTable table;
    bench::BenchTable::Row start;
    start.operation = QStringLiteral("main window built and painted, Today page with its work lists (GUI, after the "
                                     "quick open)");
    start.dataSet = dataSet;
    start.medianMs = startupMs;
    start.runs = 1;
    start.target = QStringLiteral("< 300 ms (with the opening)");
    start.met = startupMs < 300;
    start.note = QStringLiteral("One cold run in a new process: fonts, widgets, the Today page's queries, the first "
                                "paint.");
    table.add(start);
    bench::BenchTable::Row keystroke;
    keystroke.operation = QStringLiteral("keystroke in the search field to repainted list (GUI, offscreen)");
    keystroke.dataSet = dataSet;
    keystroke.medianMs = bench::BenchTable::median(times);
    keystroke.runs = static_cast<int>(times.size());
    keystroke.target = QStringLiteral("< 16 ms (one frame)");
    keystroke.met = keystroke.medianMs < 16;
    keystroke.note = QStringLiteral("The real main window (1280×800, Noto Sans CJK JP) under QT_QPA_PLATFORM=offscreen: "
                                    "from the key event in the search field, through the search and the model reset, "
                                    "to the end of a synchronous repaint of the list; typing さとう and erasing it "
                                    "again (%1 rows on screen after さとう). Max of the runs: %2.")
                         .arg(hitsOnLast)
                         .arg(bench::BenchTable::formatMs(*std::max_element(times.begin(), times.end())));
    table.add(keystroke);

    bench::BenchTable::Row memory;
    memory.operation = QStringLiteral("resident memory, main window with the client list open (GUI)");
    memory.dataSet = dataSet;
    memory.valueText = QStringLiteral("%1 MB (peak %2 MB)").arg(rssKb / 1024).arg(peakKb / 1024);
    memory.target = QStringLiteral("< 200 MB");
    memory.met = peakKb / 1024 < 200;
    memory.note = QStringLiteral("The whole application (Qt Widgets, fonts, the Today page's work lists) with the "
                                 "client list scrolled twenty screens down (%1 rows fetched); the peak includes the "
                                 "typing above.")
                      .arg(rowsLoaded);
    table.add(memory);

    const QString rows = table.markdown();
    const QString notes = table.notes();
    std::printf("%s%s\n%s", qPrintable(bench::BenchTable::header()), qPrintable(rows), qPrintable(notes));
    if (!append(parser.value(QStringLiteral("rows")), rows) || !append(parser.value(QStringLiteral("notes")), notes)) {
        std::fprintf(stderr, "tsunagu-bench-gui: cannot write the results\n");
        return 1;
    }
    return 0;
}
