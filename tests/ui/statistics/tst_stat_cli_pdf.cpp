// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu-cli stats --format pdf, in a build with the desktop front end: the
// CLI draws the statistics screen's PDF on the offscreen platform (no display
// needed), writes it like every other format (temporary file and rename, an
// audit entry with who, when and the parameters), and no personal data is in it.
//
// Leakage: Qt's PDF writer compresses its page streams (FlateDecode) and writes
// text as glyph ids of embedded font subsets, so a search of the PDF's bytes
// alone proves little. The test searches the bytes, the inflated streams, the
// text pdftotext extracts when it is installed, and — the check that does not
// depend on tools — every string PdfReport draws into the same report.
#include "PersonalData.h"
#include "StatsFixture.h"

#include "statistics/Anonymizer.h"
#include "statistics/KSetting.h"
#include "statistics/ReportLabels.h"
#include "statistics/Statistics.h"
#include "ui/statistics/PdfReport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <optional>

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
                               {QStringLiteral("first_contact"), jstAt(2026, 7, 5 + i % 20, 11)}});
    }
}

// Runs tsunagu-cli in the environment given.
test::CliResult runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    test::CliResult result;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("TSUNAGU_CLI"), arguments);
    if (!p.waitForFinished(120000))
        return result;
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err = QString::fromUtf8(p.readAllStandardError());
    return result;
}

// The environment of a scheduled job on a server: no display, no platform chosen.
QProcessEnvironment headless()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    return env;
}

int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page[^s]"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The streams of a PDF, inflated where they are FlateDecode (counted in
// `compressed`; those that do not inflate in `broken`).
QList<QByteArray> streams(const QByteArray &pdf, int *compressed, int *broken)
{
    QList<QByteArray> out;
    *compressed = 0;
    *broken = 0;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = pdf.indexOf("stream", from);
        if (start < 0)
            break;
        qsizetype begin = start + 6;
        if (start >= 3 && pdf.mid(start - 3, 3) == "end") {
            from = begin;
            continue;
        }
        if (pdf.mid(begin, 2) == "\r\n")
            begin += 2;
        else if (pdf.mid(begin, 1) == "\n")
            begin += 1;
        else {
            from = begin; // a word in a dictionary
            continue;
        }
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            break;
        const QByteArray data = pdf.mid(begin, end - begin);
        const qsizetype dictionaryStart = std::max<qsizetype>(0, pdf.lastIndexOf("<<", start));
        const QByteArray dictionary = pdf.mid(dictionaryStart, start - dictionaryStart);
        if (dictionary.contains("/FlateDecode")) {
            ++*compressed;
            // qUncompress wants the size first; a generous hint, it grows if needed.
            QByteArray framed("\x00\x10\x00\x00", 4);
            const QByteArray inflated = qUncompress(framed + data);
            *broken += inflated.isEmpty() ? 1 : 0;
            out << inflated;
        } else {
            out << data;
        }
        from = end + 9;
    }
    return out;
}

// The text of a PDF as a reader sees it, when poppler's pdftotext is installed.
std::optional<QString> pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return std::nullopt;
    QProcess p;
    p.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every way bytes may hold text: UTF-8 (and Latin-1), UTF-16 either way.
QStringList readings(const QByteArray &bytes)
{
    QStringList texts{QString::fromUtf8(bytes)};
    for (int offset : {0, 1}) {
        const QByteArray b = bytes.mid(offset, (bytes.size() - offset) / 2 * 2);
        QString be(b.size() / 2, Qt::Uninitialized);
        QString le(b.size() / 2, Qt::Uninitialized);
        for (qsizetype i = 0; i + 1 < b.size(); i += 2) {
            be[i / 2] = QChar(uchar(b[i + 1]), uchar(b[i]));
            le[i / 2] = QChar(uchar(b[i]), uchar(b[i + 1]));
        }
        texts << be << le;
    }
    return texts;
}

} // namespace

class TestStatCliPdf : public QObject
{
    Q_OBJECT

private slots:
    void writesAPdfWithItsAuditEntry();
    void needsNoDisplay();
    void leaksNothingPersonal();
};

void TestStatCliPdf::writesAPdfWithItsAuditEntry()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    fixture(f);
    QVERIFY(KSetting::write(t.session(), 4)); // the organisation's k
    const QString db = t.path();
    const QString dir = t.dirPath();
    t.close();

    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    const QString out = QDir(dir).filePath(QStringLiteral("2026Q3.pdf"));
    auto r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--staff"),
                           QStringLiteral("監督者"), QStringLiteral("--period"), QStringLiteral("2026Q3"),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("(pdf, k = 4)")), qPrintable(r.out));
    const QByteArray pdf = test::readFile(out);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY2(pdf.size() > 20000, qPrintable(QString::number(pdf.size())));
    // The metadata page, one page per table, the medians and rates.
    QVERIFY2(pageCount(pdf) >= 12 + 2, qPrintable(QString::number(pageCount(pdf))));
    // Renamed into place: no temporary file beside it.
    QCOMPARE(QDir(dir).entryList({QStringLiteral("2026Q3.pdf*")}, QDir::Files), QStringList{QStringLiteral("2026Q3.pdf")});

    // The audit entry: who, when, and the parameters, as for csv and xlsx.
    t.reopen();
    {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT s.name, a.at, a.detail FROM audit_log a JOIN staff s ON s.id = a.staff_id "
                                      "WHERE a.action = 'statistics.export'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("監督者"));
        QVERIFY(q.value(1).toLongLong() >= startedAt && q.value(1).toLongLong() <= QDateTime::currentMSecsSinceEpoch());
        const QJsonObject detail = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        QCOMPARE(detail.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
        QCOMPARE(detail.value(QStringLiteral("period")).toString(), QStringLiteral("2026Q3"));
        QCOMPARE(detail.value(QStringLiteral("k")).toInt(), 4);
        QCOMPARE(detail.value(QStringLiteral("file")).toString(), QStringLiteral("2026Q3.pdf"));
        QCOMPARE(detail.value(QStringLiteral("bytes")).toInteger(), qint64(pdf.size()));
        QCOMPARE(detail.value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!q.next()); // one export, one entry
    }

    // The text a reader sees, when pdftotext is there to extract it.
    if (const std::optional<QString> text = pdfText(out)) {
        for (const QString &expected :
             {ReportLabels::title(), QStringLiteral("2026Q3"), QStringLiteral("2026-07-01"), QStringLiteral("Population"),
              QStringLiteral("Smallest published count (k)"), QStringLiteral("Consultations by channel")})
            QVERIFY2(text->contains(expected), qPrintable(expected));
    } else {
        qInfo("pdftotext is not installed: the PDF's text is checked through PdfReport's drawn text only");
    }

    // The format also follows the extension of --out; an unwritable place leaves nothing.
    t.close();
    const QString byName = QDir(dir).filePath(QStringLiteral("by-name.pdf"));
    r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                      QStringLiteral("2026-08"), QStringLiteral("--out"), byName});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(test::readFile(byName).startsWith("%PDF-"));
    const QString nowhere = QDir(dir).filePath(QStringLiteral("no/such/folder/x.pdf"));
    r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                      QStringLiteral("2026-08"), QStringLiteral("--out"), nowhere});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(nowhere));
    t.reopen();
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void TestStatCliPdf::needsNoDisplay()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    fixture(f);
    const QString db = t.path();
    const QString dir = t.dirPath();
    t.close();
    // No QT_QPA_PLATFORM, no DISPLAY: the CLI chooses the offscreen platform itself.
    for (const char *name : {"q3.pdf", "q3.csv"}) {
        const QString out = QDir(dir).filePath(QLatin1String(name));
        const auto r = runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                               QStringLiteral("2026Q3"), QStringLiteral("--out"), out},
                              headless());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(QFile::exists(out));
    }
    QVERIFY(test::readFile(QDir(dir).filePath(QStringLiteral("q3.pdf"))).startsWith("%PDF-"));
}

void TestStatCliPdf::leaksNothingPersonal()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    const test::PersonalData personal = test::PersonalData::write(f);
    QVERIFY(t.db().checkpoint());
    QVERIFY(test::readFile(t.path()).contains(personal.lastNote.toUtf8())); // else the test proves nothing
    const QString db = t.path();
    const QString dir = t.dirPath();

    int compressedStreams = 0;
    int publishedFigures = 0;
    for (const char *period : {"2025Q3", "FY2025", "2026"}) {
        // What the CLI writes.
        t.close();
        const QString out = QDir(dir).filePath(QStringLiteral("leak-%1.pdf").arg(QLatin1String(period)));
        const auto r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                     QLatin1String(period), QStringLiteral("--k"), QStringLiteral("3"),
                                     QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray pdf = test::readFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QStringList leaks;
        for (const QString &text : readings(pdf))
            leaks += personal.leaksIn(text, out);
        int compressed = 0;
        int broken = 0;
        for (const QByteArray &stream : streams(pdf, &compressed, &broken)) {
            for (const QString &text : readings(stream))
                leaks += personal.leaksIn(text, out + QStringLiteral(" (inflated stream)"));
        }
        QCOMPARE(broken, 0);
        compressedStreams += compressed;
        if (const std::optional<QString> text = pdfText(out))
            leaks += personal.leaksIn(*text, out + QStringLiteral(" (pdftotext)"));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 5).join(QLatin1Char('\n'))));

        // Every string PdfReport draws, for the same period and k.
        t.reopen();
        auto raw = Statistics(t.session()).compute(*Period::parse(QString::fromLatin1(period)));
        QVERIFY(raw);
        const Report report = Anonymizer::create(3)->apply(*raw);
        QStringList drawn;
        QVERIFY(ui::PdfReport::render(report, &drawn));
        const QString text = drawn.join(QLatin1Char('\n'));
        leaks = personal.leaksIn(text, QStringLiteral("the text drawn for %1").arg(QLatin1String(period)));
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.mid(0, 5).join(QLatin1Char('\n'))));
        // Not vacuous: the metadata, every table and its published counts are drawn.
        QVERIFY(text.contains(report.metadata.population));
        for (const Table &table : report.tables) {
            QVERIFY2(drawn.contains(table.title()), qPrintable(table.title()));
            for (int row = 0; row < table.rowCount(); ++row) {
                if (table.value(row, 0).value_or(0) >= 3) {
                    QVERIFY(drawn.contains(QString::number(*table.value(row, 0))));
                    ++publishedFigures;
                }
            }
        }
    }
    // Qt compresses the page streams: the byte search alone would not do.
    QVERIFY(compressedStreams > 0);
    QVERIFY2(publishedFigures > 50, qPrintable(QString::number(publishedFigures)));
}

QTEST_MAIN(TestStatCliPdf)
#include "tst_stat_cli_pdf.moc"
