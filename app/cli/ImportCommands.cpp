// SPDX-License-Identifier: GPL-3.0-or-later
// import: clients, agencies and consultations from CSV as Japanese Excel writes it.
#include "Command.h"

#include "common/Session.h"
#include "importer/ColumnMapping.h"
#include "importer/Importer.h"
#include "importer/RejectReport.h"
#include "importer/TextDecoder.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace tsunagu::cli {

namespace {

using namespace importer;

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::cli", text);
}

volatile std::sig_atomic_t s_interrupted = 0;

void onInterrupt(int)
{
    s_interrupted = 1;
}

// Ctrl+C asks the import to stop; it rolls back and nothing is written.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        s_interrupted = 0;
        struct sigaction action = {};
        action.sa_handler = onInterrupt;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previous);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~InterruptGuard()
    {
        sigaction(SIGINT, &m_previous, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_previous = {};
    struct sigaction m_previousTerm = {};
};

ImportProgress progress()
{
    const bool terminal = isatty(STDERR_FILENO);
    return [terminal](qint64 done, qint64 total) {
        if (terminal) {
            std::fprintf(stderr, "\r%lld / %lld", static_cast<long long>(done), static_cast<long long>(total));
            if (done >= total)
                std::fputc('\n', stderr);
        }
        return s_interrupted == 0;
    };
}

QString number(qint64 n)
{
    return QLocale::system().toString(n);
}

QString sourceName(ColumnInfo::Source source)
{
    switch (source) {
    case ColumnInfo::Source::Header:
        return {};
    case ColumnInfo::Source::MappingFile:
        return tr(" (mapping file)");
    case ColumnInfo::Source::Remembered:
        return tr(" (remembered mapping)");
    case ColumnInfo::Source::Unknown:
        return {};
    }
    return {};
}

QString describe(const ImportResult &r)
{
    QString out = tr("Encoding: %1\n").arg(TextDecoder::displayName(r.encoding));
    QStringList columns;
    for (const ColumnInfo &c : r.columns) {
        if (c.header.isEmpty() && !c.field)
            continue;
        const QString target = c.field ? FieldCatalog::label(r.kind, *c.field) : tr("(not imported)");
        columns << QStringLiteral("%1 → %2%3")
                       .arg(c.header.isEmpty() ? tr("column %1").arg(c.index + 1) : c.header, target,
                           sourceName(c.source));
    }
    out += tr("Columns: %1\n").arg(columns.join(QStringLiteral("; ")));
    for (const QString &notice : r.notices)
        out += tr("Note: %1\n").arg(notice);
    for (const RowIssue &issue : r.rejected)
        out += issue.reason + u'\n';
    constexpr int shownPresent = 20;
    for (qsizetype i = 0; i < r.present.size() && i < shownPresent; ++i)
        out += tr("line %1: %2\n").arg(r.present.at(i).line).arg(r.present.at(i).reason);
    if (r.present.size() > shownPresent)
        out += tr("… and %1 more rows already present.\n").arg(number(r.present.size() - shownPresent));
    return out;
}

QString summary(const ImportResult &r)
{
    const QString what = kindCode(r.kind);
    const QString blank = r.blankRows > 0 ? tr(", %1 blank rows skipped").arg(number(r.blankRows)) : QString();
    if (r.dryRun)
        return tr("Dry run: of %1 rows, %2 would be imported, %3 are already present and %4 would be rejected%5. "
                  "Nothing was written.")
            .arg(number(r.dataRows), number(r.accepted), number(r.alreadyPresent), number(r.rejected.size()), blank);
    if (r.hasRejections())
        return tr("%1 of %2 rows were rejected, so nothing was imported (an import is all or nothing). Fix those rows "
                  "(--report FILE writes them with their reasons) and import the file again.")
            .arg(number(r.rejected.size()), number(r.dataRows));
    return tr("Imported %1 %2 from %3 rows; %4 already present%5.")
        .arg(number(r.accepted), what, number(r.dataRows), number(r.alreadyPresent), blank);
}

int runImport(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        printError(tr("Name one CSV file: tsunagu-cli import --db FILE --kind clients|agencies|consultations "
                      "FILE.csv"));
        return Exit::Usage;
    }
    const auto kind = kindFromCode(parser.value(QStringLiteral("kind")));
    if (!kind) {
        printError(tr("Say what the file holds with --kind clients, --kind agencies or --kind consultations."));
        return Exit::Usage;
    }
    ImportOptions options;
    options.kind = *kind;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (parser.isSet(QStringLiteral("encoding"))) {
        const auto encoding = TextDecoder::fromName(parser.value(QStringLiteral("encoding")));
        if (!encoding) {
            printError(tr("Unknown encoding '%1': use utf-8 or cp932 (Shift_JIS).")
                           .arg(parser.value(QStringLiteral("encoding"))));
            return Exit::Usage;
        }
        options.encoding = *encoding;
    }
    if (parser.isSet(QStringLiteral("mapping"))) {
        auto rules = ColumnMapping::loadRules(*kind, parser.value(QStringLiteral("mapping")));
        if (!rules) {
            printError(rules.error().message);
            return Exit::Usage;
        }
        options.mapping = *rules;
    }
    const QString file = files.first();
    if (!QFileInfo(file).isFile()) {
        printError(tr("The file %1 does not exist.").arg(file));
        return Exit::Failed;
    }

    // A dry run writes nothing: the database is opened read-only, and a database
    // that does not exist yet is stood in for by an empty temporary one.
    QTemporaryDir scratch;
    std::unique_ptr<storage::Database> db;
    const QString dbPath
        = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : storage::Database::defaultPath();
    if (options.dryRun && !QFileInfo::exists(dbPath)) {
        auto opened = storage::Database::open(scratch.filePath(QStringLiteral("empty.db")));
        if (!opened)
            return reportFailure(opened.error());
        db = std::move(*opened);
        print(tr("The database %1 does not exist yet: the rows are checked against an empty one.\n").arg(dbPath));
    } else {
        auto opened = openDatabase(parser, options.dryRun);
        if (!opened) {
            if (options.dryRun && opened.error().code == ErrorCode::ReadOnly)
                return reportFailure({ ErrorCode::ReadOnly,
                    opened.error().message + u' '
                        + tr("Upgrade it first with 'tsunagu-cli init --db FILE', then run the dry "
                             "run again."),
                    {} });
            return reportFailure(opened.error());
        }
        db = std::move(*opened);
    }

    qint64 staffId = 0;
    if (options.dryRun) {
        QString name = parser.value(QStringLiteral("staff"));
        if (name.isEmpty())
            name = qEnvironmentVariable("TSUNAGU_STAFF");
        if (name.isEmpty())
            name = QStringLiteral("cli");
        auto staff = StaffRepository(Session(*db, 0)).findByName(name);
        if (!staff)
            return reportFailure(staff.error());
        if (*staff)
            staffId = (*staff)->id;
        else if (*kind == ImportKind::Consultations)
            return reportFailure({ ErrorCode::NotFound,
                tr("The staff member '%1' is not in this database yet, so consultations cannot be "
                   "checked as theirs. Name a registered one with --staff, or run "
                   "'tsunagu-cli init --db FILE --staff %1' first.")
                    .arg(name),
                {} });
    } else {
        auto staff = actingStaff(*db, parser);
        if (!staff)
            return reportFailure(staff.error());
        staffId = *staff;
    }

    InterruptGuard interrupts;
    options.progress = progress();
    const Session session(*db, staffId);
    auto result = Importer(session).importFile(file, options);
    if (!result)
        return reportFailure(result.error());

    print(describe(*result));
    if (parser.isSet(QStringLiteral("report"))) {
        const QString report = parser.value(QStringLiteral("report"));
        if (Status s = RejectReport::write(*result, report); !s)
            return reportFailure(s.error());
        print(tr("Report written to %1 (every row; rejected rows say why in the last column).\n").arg(report));
    }
    if (result->hasRejections()) {
        print(summary(*result) + u'\n');
        printError(tr("%1 rows rejected; nothing was imported.").arg(number(result->rejected.size())));
        return Exit::Failed;
    }
    print(summary(*result) + u'\n');
    return Exit::Ok;
}

} // namespace

std::vector<Command> importCommands()
{
    return {
        { QStringLiteral("import"),
            tr("Import clients, agencies or consultations from a CSV file (UTF-8 or Shift_JIS), all or nothing."),
            QStringLiteral(
                "tsunagu-cli import --db office.db --kind clients --dry-run --report problems.csv 相談者一覧.csv"),
            [](QCommandLineParser &p) {
                p.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to import."));
                p.addOption({ QStringLiteral("kind"), tr("What the file holds: clients, agencies or consultations."),
                    QStringLiteral("KIND") });
                p.addOption({ QStringLiteral("mapping"),
                    tr("A JSON file mapping column headers to fields, e.g. {\"連絡先\": \"phone\", \"備考\": "
                       "\"ignore\"}. The mapping of the last import of the same kind is remembered."),
                    QStringLiteral("FILE") });
                p.addOption({ QStringLiteral("dry-run"), tr("Check every row and report; write nothing at all.") });
                p.addOption({ QStringLiteral("encoding"), tr("utf-8 or cp932 (Shift_JIS); detected when not given."),
                    QStringLiteral("E") });
                p.addOption({ QStringLiteral("report"),
                    tr("Write every row with the reason it was rejected to this CSV file, to fix and import "
                       "again."),
                    QStringLiteral("FILE") });
            },
            runImport },
    };
}

} // namespace tsunagu::cli
