// SPDX-License-Identifier: GPL-3.0-or-later
// tsunagu-cli stats: the supervisor's scheduled report.
#include "StatsFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using test::jstAt;

class TestStatCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesEveryFormat();
    void badPeriodIsAUsageError();
    void pdfPointsToTheDesktopApp();
    void refusesKBelowThreeAndUnknownFormats();
    void missingDatabaseIsNotCreated();

private:
    QString file(const QString &name) const { return QDir(m_t->dirPath()).filePath(name); }
    test::CliResult stats(const QStringList &extra)
    {
        return test::runCli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), m_dbPath,
                                        QStringLiteral("--staff"), QStringLiteral("supervisor")}
                            + extra);
    }

    std::unique_ptr<test::TempDatabase> m_t;
    QString m_dbPath;
};

void TestStatCli::initTestCase()
{
    m_t = std::make_unique<test::TempDatabase>();
    test::StatsFixture f(*m_t);
    for (int i = 0; i < 20; ++i) {
        test::StatsFixture::ClientRow row;
        row.sex = i % 2 ? QStringLiteral("female") : QStringLiteral("male");
        row.created = jstAt(2026, 7, 1 + i, 10);
        const qint64 c = f.client(row);
        f.consultation(c, jstAt(2026, 8, 1 + i, 10), QStringLiteral("phone"), QStringLiteral("one_off"),
                       {QStringLiteral("job_search")});
    }
    m_dbPath = m_t->path();
    m_t->close(); // the CLI opens the file on its own
}

void TestStatCli::writesEveryFormat()
{
    for (const char *format : {"csv", "xlsx", "json"}) {
        const QString out = file(QStringLiteral("q3.%1").arg(QLatin1String(format)));
        // The format follows the extension when --format is absent.
        const auto r = stats({QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        QVERIFY(r.out.contains(QStringLiteral("2026Q3")));
        QVERIFY(QFile::exists(out));
    }
    QVERIFY(test::readFile(file(QStringLiteral("q3.csv"))).startsWith("\xEF\xBB\xBF"));
    QVERIFY(test::readFile(file(QStringLiteral("q3.xlsx"))).startsWith("PK"));
    const QJsonObject json = QJsonDocument::fromJson(test::readFile(file(QStringLiteral("q3.json")))).object();
    QCOMPARE(json.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("k")).toInt(), 5);

    const QString k7 = file(QStringLiteral("fy.json"));
    auto r = stats({QStringLiteral("--period"), QStringLiteral("FY2026"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--out"), k7, QStringLiteral("--k"), QStringLiteral("7")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject fy = QJsonDocument::fromJson(test::readFile(k7)).object();
    QCOMPARE(fy.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("k")).toInt(), 7);
    QCOMPARE(fy.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("firstDay")).toString(),
             QStringLiteral("2026-04-01"));

    // Each export left an audit entry.
    m_t->reopen();
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'statistics.export'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 4);
    m_t->close();
}

void TestStatCli::badPeriodIsAUsageError()
{
    for (const char *bad : {"2026Q5", "2026-13", "FY", "last quarter"}) {
        const QString out = file(QStringLiteral("bad.csv"));
        const auto r = stats({QStringLiteral("--period"), QString::fromUtf8(bad), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QVERIFY(r.err.contains(QString::fromUtf8(bad)));
        QVERIFY(!QFile::exists(out));
    }
    const auto missing = stats({QStringLiteral("--out"), file(QStringLiteral("x.csv"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestStatCli::pdfPointsToTheDesktopApp()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                                QStringLiteral("--out"), file(QStringLiteral("r.pdf"))},
                                    QStringList{QStringLiteral("--out"), file(QStringLiteral("r.pdf"))}}) {
        const auto r = stats(QStringList{QStringLiteral("--period"), QStringLiteral("2026Q3")} + args);
#ifdef TSUNAGU_CLI_PDF
        // Built with the desktop front end: the CLI draws the PDF itself
        // (checked in depth by tests/ui/statistics/tst_stat_cli_pdf).
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("(pdf, k = 5)")));
        QVERIFY(test::readFile(file(QStringLiteral("r.pdf"))).startsWith("%PDF-"));
        QVERIFY(QFile::remove(file(QStringLiteral("r.pdf"))));
#else
        // QtCore only: a clear refusal that points to the desktop application.
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY(r.err.contains(QStringLiteral("PDF")));
        QVERIFY(r.err.contains(QStringLiteral("desktop application")));
        QVERIFY(!QFile::exists(file(QStringLiteral("r.pdf"))));
#endif
    }
}

void TestStatCli::refusesKBelowThreeAndUnknownFormats()
{
    const QString out = file(QStringLiteral("k.csv"));
    for (const char *k : {"2", "0", "-1", "five"}) {
        const auto r = stats({QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--out"), out,
                              QStringLiteral("--k"), QString::fromLatin1(k)});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
    const auto r = stats({QStringLiteral("--period"), QStringLiteral("2026Q3"), QStringLiteral("--out"),
                          file(QStringLiteral("r.txt"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(out));
}

void TestStatCli::missingDatabaseIsNotCreated()
{
    const QString db = file(QStringLiteral("nothing-here.db"));
    const auto r = test::runCli({QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                 QStringLiteral("2026Q3"), QStringLiteral("--out"), file(QStringLiteral("n.csv"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY(!QFile::exists(db));
    QVERIFY(!QFile::exists(file(QStringLiteral("n.csv"))));
    // And the command is listed.
    QVERIFY(test::runCli({QStringLiteral("--help")}).out.contains(QStringLiteral("stats")));
}

QTEST_GUILESS_MAIN(TestStatCli)
#include "tst_stat_cli.moc"
