// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report with charts: only anonymized reports, every table on its own
// page, written atomically with an audit entry like the other formats.
#include "StatsFixture.h"

#include "statistics/Anonymizer.h"
#include "statistics/ReportExporter.h"
#include "statistics/Statistics.h"
#include "ui/statistics/PdfReport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;

namespace {

void fixture(test::StatsFixture &f)
{
    const qint64 agency = f.agency(QStringLiteral("ハローワーク"), QStringLiteral("hello_work"));
    for (int i = 0; i < 30; ++i) {
        test::StatsFixture::ClientRow row;
        row.sex = i % 3 ? QStringLiteral("female") : QStringLiteral("male");
        row.band = 20 + 10 * (i % 4);
        row.created = jstAt(2026, 7, 1 + i % 28, 10);
        const qint64 c = f.client(row);
        f.consultation(c, jstAt(2026, 8, 1 + i % 28, 10), i % 2 ? QStringLiteral("phone") : QStringLiteral("online"),
                       QStringLiteral("one_off"), {QStringLiteral("job_search")});
        f.referral(c, agency, {{QStringLiteral("proposed"), jstAt(2026, 7, 2, 11)},
                               {QStringLiteral("sent"), jstAt(2026, 7, 3, 11)},
                               {QStringLiteral("first_contact"), jstAt(2026, 7, 5 + i % 20, 11)}});
    }
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestStatPdf : public QObject
{
    Q_OBJECT

private slots:
    void rendersEveryTable();
    void refusesRawReports();
    void writesAtomicallyAndAudits();
};

void TestStatPdf::rendersEveryTable()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    fixture(f);
    auto raw = Statistics(t.session()).compute(*Period::parse(QStringLiteral("2026Q3")));
    QVERIFY(raw);
    const Report report = Anonymizer::create(5)->apply(*raw);
    auto pdf = ui::PdfReport::render(report);
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
    QVERIFY(pdf->startsWith("%PDF-"));
    // The metadata page, one page per table, the medians and rates.
    QVERIFY2(pageCount(*pdf) >= int(report.tables.size()) + 2, qPrintable(QString::number(pageCount(*pdf))));
}

void TestStatPdf::refusesRawReports()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    fixture(f);
    auto raw = Statistics(t.session()).compute(*Period::parse(QStringLiteral("2026Q3")));
    QVERIFY(raw);
    auto pdf = ui::PdfReport::render(*raw);
    QVERIFY(!pdf);
    QCOMPARE(pdf.error().code, ErrorCode::Refused);
}

void TestStatPdf::writesAtomicallyAndAudits()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    fixture(f);
    auto raw = Statistics(t.session()).compute(*Period::parse(QStringLiteral("2026-07")));
    QVERIFY(raw);
    const Report report = Anonymizer::create(3)->apply(*raw);
    auto pdf = ui::PdfReport::render(report);
    QVERIFY(pdf);
    const QString path = QDir(t.dirPath()).filePath(QStringLiteral("2026-07.pdf"));
    Status s = ReportExporter(t.session()).writeRendered(report, ExportFormat::Pdf, *pdf, path);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE(test::readFile(path), *pdf);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export' "
                                  "AND json_extract(detail, '$.format') = 'pdf'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // A raw report is refused here too, and nothing is written.
    const QString rawPath = QDir(t.dirPath()).filePath(QStringLiteral("raw.pdf"));
    QVERIFY(!ReportExporter(t.session()).writeRendered(*raw, ExportFormat::Pdf, *pdf, rawPath));
    QVERIFY(!QFile::exists(rawPath));
}

QTEST_MAIN(TestStatPdf)
#include "tst_stat_pdf.moc"
