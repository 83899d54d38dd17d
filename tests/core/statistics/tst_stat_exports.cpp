// SPDX-License-Identifier: GPL-3.0-or-later
// Exports: CSV for Japanese Excel, JSON, XLSX; atomic writes with an audit
// entry; and no personal data in any output (leakage).
#include "PersonalData.h"
#include "StatsFixture.h"
#include "ZipEntries.h"

#include "audit/AuditLog.h"
#include "statistics/Anonymizer.h"
#include "statistics/CsvExport.h"
#include "statistics/ReportExporter.h"
#include "statistics/Statistics.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

Report anonymized(const test::TempDatabase &t, const QString &period, int k = 3)
{
    auto raw = Statistics(t.session()).compute(*Period::parse(period));
    if (!raw)
        qFatal("statistics failed: %s", qPrintable(raw.error().message));
    return Anonymizer::create(k)->apply(*raw);
}

// Splits CSV text (RFC 4180 quoting) into rows of cells.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

qint64 auditCount(test::TempDatabase &t, const char *action)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    q.addBindValue(QLatin1String(action));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A few people, a few figures: enough for every table to have something.
void smallFixture(test::StatsFixture &f)
{
    const qint64 agency = f.agency(QStringLiteral("ハローワーク"), QStringLiteral("hello_work"));
    for (int i = 0; i < 12; ++i) {
        test::StatsFixture::ClientRow row;
        row.sex = i % 2 ? QStringLiteral("female") : QStringLiteral("male");
        row.band = 20 + 10 * (i % 3);
        row.created = jstAt(2026, 7, 1 + i, 10);
        const qint64 c = f.client(row);
        f.consultation(c, jstAt(2026, 7, 2 + i, 10), QStringLiteral("in_person"), QStringLiteral("one_off"),
                       {QStringLiteral("job_search")});
        f.referral(c, agency, {{QStringLiteral("proposed"), jstAt(2026, 7, 2 + i, 11)}});
    }
}

} // namespace

class TestStatExports : public QObject
{
    Q_OBJECT

private slots:
    void csvHasBomAndNeutralisesFormulas();
    void csvOfARealReport();
    void jsonIsCompleteAndMachineReadable();
    void xlsxHasAMetadataSheetAndOneSheetPerTable();
    void writesAtomicallyAndAudits();
    void failedWriteLeavesNothing();
    void refusesRawReportsAndPdf();
    void leaksNothingPersonal();
};

void TestStatExports::csvHasBomAndNeutralisesFormulas()
{
    QCOMPARE(CsvExport::neutralise(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    for (const char *bad : {"=HYPERLINK(\"http://x\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"}) {
        const QString text = QString::fromLatin1(bad);
        QVERIFY(CsvExport::neutralise(text).startsWith(QLatin1Char('\'')));
    }
    QCOMPARE(CsvExport::neutralise(QStringLiteral("就労")), QStringLiteral("就労"));
    QCOMPARE(CsvExport::cell(QStringLiteral("a,\"b\"")), QStringLiteral("\"a,\"\"b\"\"\""));

    // A table whose labels a spreadsheet would run as formulas.
    Report raw;
    Table t(QStringLiteral("topics"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@Topic"),
            {{QStringLiteral("a"), QStringLiteral("=SUM(A1:A9)")},
             {QStringLiteral("b"), QStringLiteral("+81 topic")},
             {QStringLiteral("c"), QStringLiteral("-minus, with comma")},
             {QStringLiteral("d"), QStringLiteral("普通の話題")}},
            {{QStringLiteral("count"), QStringLiteral("@count")}});
    t.setValue(0, 0, 10);
    t.setValue(1, 0, 2);
    t.setValue(2, 0, 7);
    t.setValue(3, 0, 0);
    t.setTotals(false, true);
    t.setDefinition(QStringLiteral("-definition"));
    raw.tables = {t};
    const Report published = Anonymizer::create(5)->apply(raw);
    auto bytes = ReportExporter::render(published, ExportFormat::Csv);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith(bom));
    const QString text = QString::fromUtf8(bytes->mid(bom.size()));
    QVERIFY(text.contains(QStringLiteral("'=SUM(A1:A9)")));
    QVERIFY(text.contains(QStringLiteral("\"'-minus, with comma\"")));
    QVERIFY(text.contains(QStringLiteral("普通の話題")));
    // No cell anywhere starts with a formula character.
    const auto rows = parseCsv(text);
    QVERIFY(rows.size() > 5);
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.front()), qPrintable(cell));
        }
    }
    QVERIFY(text.contains(QStringLiteral("\r\n")));
}

void TestStatExports::csvOfARealReport()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    const Report r = anonymized(t, QStringLiteral("2026Q3"), 5);
    auto bytes = ReportExporter::render(r, ExportFormat::Csv);
    QVERIFY(bytes);
    QVERIFY(bytes->startsWith(bom));
    const QString text = QString::fromUtf8(bytes->mid(3));
    const auto rows = parseCsv(text);
    QCOMPARE(rows.first().first(), QStringLiteral("Tsunagu: anonymized statistics"));
    // The metadata a third party needs to re-check the figures.
    for (const char *expected : {"2026Q3", "2026-07-01", "2026-09-30", "k = 5", "Tsunagu " TSUNAGU_VERSION,
                                 "Population", "Disclosure control", "Legend", "Generated at",
                                 "Database schema version", "2026-11-20T10:00+09:00"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(text.contains(QStringLiteral("Consultations by channel")));
    // 12 consultations in person; 12 people, 6 of each sex.
    bool foundInPerson = false;
    for (const QStringList &row : rows) {
        if (row.size() == 2 && row.at(0) == QStringLiteral("In person")) {
            QCOMPARE(row.at(1), QStringLiteral("12"));
            foundInPerson = true;
        }
    }
    QVERIFY(foundInPerson);
    QVERIFY(text.contains(QStringLiteral("Female,6")));
}

void TestStatExports::jsonIsCompleteAndMachineReadable()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    const Report r = anonymized(t, QStringLiteral("2026-07"), 5);
    auto bytes = ReportExporter::render(r, ExportFormat::Json);
    QVERIFY(bytes);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject root = doc.object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("tsunagu-statistics"));
    const QJsonObject meta = root.value(QStringLiteral("metadata")).toObject();
    QCOMPARE(meta.value(QStringLiteral("period")).toString(), QStringLiteral("2026-07"));
    QCOMPARE(meta.value(QStringLiteral("periodKind")).toString(), QStringLiteral("month"));
    QCOMPARE(meta.value(QStringLiteral("k")).toInt(), 5);
    QCOMPARE(meta.value(QStringLiteral("schemaVersion")).toInt(), t.db().schemaVersion());
    QCOMPARE(meta.value(QStringLiteral("applicationVersion")).toString(), QStringLiteral(TSUNAGU_VERSION));
    QVERIFY(!meta.value(QStringLiteral("suppressionRule")).toString().isEmpty());
    const QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), qsizetype(r.tables.size()));
    // Suppressed counts are null; published ones are numbers.
    bool sawNull = false;
    for (const QJsonValue &tv : tables) {
        const QJsonObject table = tv.toObject();
        QVERIFY(!table.value(QStringLiteral("definition")).toString().isEmpty());
        for (const QJsonValue &rv : table.value(QStringLiteral("rows")).toArray()) {
            for (const QJsonValue &cv : rv.toObject().value(QStringLiteral("cells")).toArray()) {
                QVERIFY(cv.isNull() || cv.isDouble());
                sawNull = sawNull || cv.isNull();
                QVERIFY(cv.isNull() || cv.toInt() == 0 || cv.toInt() >= 5);
            }
        }
    }
    QVERIFY(sawNull);
    QCOMPARE(root.value(QStringLiteral("measures")).toArray().size(), qsizetype(6));
}

void TestStatExports::xlsxHasAMetadataSheetAndOneSheetPerTable()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    const Report r = anonymized(t, QStringLiteral("2026"), 5);
    auto bytes = ReportExporter::render(r, ExportFormat::Xlsx);
    QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.error().message));
    QVERIFY(bytes->startsWith("PK\x03\x04"));
    const auto files = test::zipEntries(*bytes);
    QVERIFY(files.contains(QStringLiteral("xl/workbook.xml")));
    int sheets = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        sheets += it.key().startsWith(QLatin1String("xl/worksheets/sheet")) ? 1 : 0;
    QCOMPARE(sheets, int(r.tables.size()) + 2); // metadata, tables, medians and rates
    const QString workbook = QString::fromUtf8(files.value(QStringLiteral("xl/workbook.xml")));
    QVERIFY(workbook.contains(QStringLiteral("About this report")));
    QVERIFY(workbook.contains(QStringLiteral("Consultations by channel")));
    const QString strings = QString::fromUtf8(files.value(QStringLiteral("xl/sharedStrings.xml")));
    QVERIFY(strings.contains(QStringLiteral("Population")));
    QVERIFY(strings.contains(QStringLiteral("2026: Calendar year 2026")));
}

void TestStatExports::writesAtomicallyAndAudits()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    const Report r = anonymized(t, QStringLiteral("2026Q3"), 5);
    const QString path = QDir(t.dirPath()).filePath(QStringLiteral("q3.csv"));
    test::writeFile(path, QByteArray("old content that must be replaced entirely"));
    const qint64 before = auditCount(t, "statistics.export");
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx}) {
        Status s = ReportExporter(t.session()).write(r, format, path);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(test::readFile(path).left(4), ReportExporter::render(r, format)->left(4));
    }
    QCOMPARE(auditCount(t, "statistics.export"), before + 3);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, at, detail FROM audit_log WHERE action = 'statistics.export' "
                                  "ORDER BY id DESC LIMIT 1"))
            && q.next());
    QCOMPARE(q.value(0).toLongLong(), t.staffId());
    QCOMPARE(q.value(1).toLongLong(), t.clock().nowMs());
    const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    QCOMPARE(detail.value(QStringLiteral("period")).toString(), QStringLiteral("2026Q3"));
    QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
    QCOMPARE(detail.value(QStringLiteral("k")).toInt(), 5);
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), QStringLiteral("q3.csv"));
    QCOMPARE(detail.value(QStringLiteral("sha256")).toString().size(), 64);
    auto chain = audit::AuditLog::verify(t.db());
    QVERIFY(chain && chain->intact());
    // No temporary file is left beside the export.
    QCOMPARE(QDir(t.dirPath()).entryList({QStringLiteral("q3.csv*")}, QDir::Files).size(), 1);
}

void TestStatExports::failedWriteLeavesNothing()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    const Report r = anonymized(t, QStringLiteral("2026Q3"));
    const QString path = QDir(t.dirPath()).filePath(QStringLiteral("no/such/folder/q3.csv"));
    const qint64 before = auditCount(t, "statistics.export");
    Status s = ReportExporter(t.session()).write(r, ExportFormat::Csv, path);
    QVERIFY(!s);
    QCOMPARE(s.error().code, ErrorCode::Io);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditCount(t, "statistics.export"), before);
}

void TestStatExports::refusesRawReportsAndPdf()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    smallFixture(f);
    auto raw = Statistics(t.session()).compute(*Period::parse(QStringLiteral("2026Q3")));
    QVERIFY(raw);
    const QString path = QDir(t.dirPath()).filePath(QStringLiteral("raw.csv"));
    for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx}) {
        Status s = ReportExporter(t.session()).write(*raw, format, path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Refused);
    }
    QVERIFY(!QFile::exists(path));
    QCOMPARE(auditCount(t, "statistics.export"), 0);

    auto pdf = ReportExporter::render(Anonymizer::create()->apply(*raw), ExportFormat::Pdf);
    QVERIFY(!pdf);
    QVERIFY(pdf.error().message.contains(QStringLiteral("desktop application")));
    QVERIFY(!pdf.error().message.contains(QLatin1Char('\n')));
}

void TestStatExports::leaksNothingPersonal()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    const test::PersonalData personal = test::PersonalData::write(f);
    // Everything forbidden really is in the database (else the test proves nothing).
    {
        QVERIFY(t.db().checkpoint());
        const QByteArray file = test::readFile(t.path());
        QVERIFY(file.contains(personal.forbidden.last().toUtf8()));
        QVERIFY(file.contains(personal.lastNote.toUtf8()));
    }
    QVERIFY(personal.noteFragments.size() > 50);

    int exports = 0;
    int publishedFigures = 0;
    for (const char *period : {"2026-02", "2025Q3", "2026Q1", "2025", "FY2025", "FY2026"}) {
        const Report r = anonymized(t, QLatin1String(period), 3);
        for (const Table &table : r.tables) {
            for (int row = 0; row < table.rowCount(); ++row)
                publishedFigures += table.value(row, 0).value_or(0) >= 3 ? 1 : 0;
        }
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Json, ExportFormat::Xlsx}) {
            const QString path = QDir(t.dirPath())
                                     .filePath(QStringLiteral("out-%1.%2")
                                                   .arg(QLatin1String(period), exportFormatName(format)));
            Status s = ReportExporter(t.session()).write(r, format, path);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QByteArray bytes = test::readFile(path);
            QVERIFY(!bytes.isEmpty());
            if (format == ExportFormat::Xlsx) {
                const auto files = test::zipEntries(bytes);
                QVERIFY(files.size() > 5);
                bytes.clear();
                for (const QByteArray &content : files)
                    bytes += content + '\n';
            }
            const QStringList leaks = personal.leaksIn(QString::fromUtf8(bytes), path);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 5).join(QLatin1Char('\n'))));
            ++exports;
        }
    }
    QCOMPARE(exports, 18);
    QVERIFY2(publishedFigures > 100, qPrintable(QString::number(publishedFigures))); // not vacuous
}

QTEST_GUILESS_MAIN(TestStatExports)
#include "tst_stat_exports.moc"
