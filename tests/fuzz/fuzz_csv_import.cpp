// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: a buffer as the bytes of a CSV file, through the whole
// importer (decode, CSV, mapping, dates, validation, matching) for each kind,
// as a dry run against a small database, then through the reject report.
// Beyond crashes and sanitizer reports it checks that
//   - a dry run writes nothing,
//   - the reject report is well-formed CSV with one record per row,
//   - no cell of the report can be taken for a formula.
#include "common/Session.h"
#include "importer/CsvReader.h"
#include "importer/Importer.h"
#include "importer/RejectReport.h"
#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "text/SpreadsheetSafety.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <tuple>

using namespace tsunagu;

namespace {

struct World {
    std::unique_ptr<QCoreApplication> app;
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<FixedClock> clock;
    qint64 staff = 0;
};

World *s_world = nullptr;

[[noreturn]] void failed(const char *what)
{
    std::fprintf(stderr, "fuzz_csv_import: %s\n", what);
    std::abort();
}

qint64 totalRows(const storage::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM clients) + (SELECT count(*) FROM agencies) + "
                               "(SELECT count(*) FROM consultations) + (SELECT count(*) FROM audit_log) + "
                               "(SELECT count(*) FROM settings)"))
        || !q.next())
        failed("cannot count rows");
    return q.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    s_world = new World;
    s_world->app = std::make_unique<QCoreApplication>(*argc, *argv);
    s_world->clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 11, 20), QTime(10, 0), jst::zone()));
    auto db = storage::Database::open(s_world->dir.filePath(QStringLiteral("fuzz.db")));
    if (!db)
        failed("cannot open the database");
    s_world->db = std::move(*db);
    auto staff = StaffRepository(Session(*s_world->db, 0, *s_world->clock))
                     .create(QStringLiteral("中村"), StaffRole::Coordinator);
    if (!staff)
        failed("cannot create staff");
    s_world->staff = *staff;
    // A few people to be found by ID, reading and birth date.
    const Session session(*s_world->db, s_world->staff, *s_world->clock);
    for (const auto &[name, kana, y] :
        { std::tuple { u"山田 太郎", u"やまだ たろう", 1980 }, { u"佐藤 花子", u"さとう はなこ", 1985 } }) {
        Client c;
        c.name = QString::fromUtf16(name);
        c.nameKana = QString::fromUtf16(kana);
        c.birthDate = QDate(y, 4, 1);
        if (!ClientRepository(session).create(c))
            failed("cannot create a client");
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Session session(*s_world->db, s_world->staff, *s_world->clock);
    const qint64 before = totalRows(*s_world->db);
    for (importer::ImportKind kind :
        { importer::ImportKind::Clients, importer::ImportKind::Agencies, importer::ImportKind::Consultations }) {
        importer::ImportOptions options;
        options.kind = kind;
        options.dryRun = true;
        auto result = importer::Importer(session).importData(bytes, options);
        if (!result)
            continue; // a file-level refusal (encoding, header, missing column) is a fine outcome
        const QByteArray report = importer::RejectReport::toCsv(*result);
        auto reread = importer::CsvReader::read(QByteArrayView(report).sliced(3));
        if (!reread || !reread->problems.isEmpty())
            failed("the reject report is not well-formed CSV");
        if (reread->records.size() != result->rows.size() + 1)
            failed("the reject report does not hold one record per row");
        for (const importer::CsvRecord &record : reread->records) {
            for (const QString &cell : record.fields) {
                if (text::isFormulaLike(cell))
                    failed("a report cell could be taken for a formula");
            }
        }
    }
    if (totalRows(*s_world->db) != before)
        failed("a dry run wrote to the database");
    return 0;
}
