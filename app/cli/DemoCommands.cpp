// SPDX-License-Identifier: GPL-3.0-or-later
// demo, reindex: a synthetic database to look around in (or to measure), and
// rebuilding the full-text index of notes.
#include "Command.h"

#include "common/Session.h"
#include "demo/DemoGenerator.h"
#include "search/NoteIndex.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tsunagu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

volatile std::sig_atomic_t s_interrupted = 0;

void onInterrupt(int)
{
    s_interrupted = 1;
}

// Ctrl+C asks the long work to stop; it then rolls back and the command exits.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted = 0;
        m_previous = std::signal(SIGINT, onInterrupt);
    }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;
    static bool interrupted() { return s_interrupted != 0; }

private:
    void (*m_previous)(int) = nullptr;
};

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

int runDemo(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        printError(tr("Name the database to create with --db FILE (demo data never goes into the default database)."));
        return Exit::Usage;
    }
    auto options = demo::DemoOptions::forSize(parser.value(QStringLiteral("size")));
    if (!options) {
        printError(options.error().message);
        return Exit::Usage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options->seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            printError(tr("The seed is a whole number, e.g. --seed 42."));
            return Exit::Usage;
        }
    }
    if (parser.isSet(QStringLiteral("until"))) {
        options->until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!options->until.isValid()) {
            printError(tr("--until takes a date as YYYY-MM-DD."));
            return Exit::Usage;
        }
    }

    const QString path = parser.value(QStringLiteral("db"));
    const bool existed = QFileInfo::exists(path);
    Result<demo::DemoReport> report;
    {
        auto db = openDatabase(parser, false);
        if (!db)
            return reportFailure(db.error());
        auto staff = actingStaff(**db, parser);
        if (!staff)
            return reportFailure(staff.error());

        const bool terminal = isatty(STDERR_FILENO);
        InterruptGuard guard;
        QString lastStep;
        const demo::DemoGenerator::Progress progress = [&](const QString &step, int percent) {
            if (terminal) {
                const QByteArray line = QString(QStringLiteral("\r%1% ").arg(percent, 3) + step).toUtf8();
                std::fprintf(stderr, "%s\x1b[K", line.constData());
                std::fflush(stderr);
            }
            return !InterruptGuard::interrupted();
        };
        report = demo::DemoGenerator(Session(**db, *staff), *options).generate(progress);
        if (terminal)
            std::fputs("\r\x1b[K", stderr);
        if (report) {
            // Ready to use at once: the write-ahead log is folded into the file.
            (void)(*db)->checkpoint();
        }
    }
    if (!report) {
        // A file this command created holds nothing useful: leave no trace of it.
        if (!existed)
            removeDatabaseFiles(path);
        return reportFailure(report.error());
    }
    print(tr("Demo data written to %1 in %2 s (seed %3):\n"
             "  %4 clients, %5 consultations, %6 referrals, %7 consents,\n"
             "  %8 disclosures released through the disclosure gate, %9 agencies.\n")
              .arg(path)
              .arg(static_cast<double>(report->elapsedMs) / 1000.0, 0, 'f', 1)
              .arg(options->seed)
              .arg(report->clients)
              .arg(report->consultations)
              .arg(report->referrals)
              .arg(report->consents)
              .arg(report->disclosures)
              .arg(report->agencies));
    return Exit::Ok;
}

int runReindex(const QCommandLineParser &parser)
{
    auto db = openDatabase(parser, false);
    if (!db)
        return reportFailure(db.error());
    const bool terminal = isatty(STDERR_FILENO);
    InterruptGuard guard;
    const search::NoteIndex::Progress progress = [&](qint64 done, qint64 total) {
        if (terminal)
            std::fprintf(stderr, "\r%3lld%%", total > 0 ? static_cast<long long>(done * 100 / total) : 100LL);
        return !InterruptGuard::interrupted();
    };
    const Status s = search::NoteIndex(**db).rebuild(progress);
    if (terminal)
        std::fputs("\r\x1b[K", stderr);
    if (!s)
        return reportFailure(s.error());
    print(tr("The note index of %1 was rebuilt.\n").arg((*db)->path()));
    return Exit::Ok;
}

} // namespace

std::vector<Command> demoCommands()
{
    return {
        { QStringLiteral("demo"),
            tr("Fill a new database with a realistic synthetic case load (Japanese names, notes, agencies)."),
            QStringLiteral("tsunagu-cli demo --db demo.db --size office --seed 1"),
            [](QCommandLineParser &p) {
                p.addOption(
                    { QStringLiteral("size"), tr("office (20,000 clients), stress (100,000) or a number of clients."),
                        QStringLiteral("SIZE"), QStringLiteral("office") });
                p.addOption({ QStringLiteral("seed"),
                    tr("The random seed; the same seed gives the same data (default 1)."), QStringLiteral("S") });
                p.addOption({ QStringLiteral("until"), tr("The last day of the ten years of history (default: today)."),
                    QStringLiteral("YYYY-MM-DD") });
            },
            runDemo },
        { QStringLiteral("reindex"), tr("Rebuild the full-text index of consultation notes."),
            QStringLiteral("tsunagu-cli reindex --db office.db"), {}, runReindex },
    };
}

} // namespace tsunagu::cli
