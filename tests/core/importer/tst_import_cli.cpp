// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;

namespace {

const QString clients = QStringLiteral("管理番号,氏名,フリガナ,生年月日\r\n"
                                       "A1,山田 太郎,ヤマダ タロウ,S55.4.1\r\n"
                                       "A2,佐藤 花子,サトウ ハナコ,1985/12/3\r\n");

int countClients(const QString &dbPath)
{
    auto db = storage::Database::open(dbPath, { false, true, storage::Database::IntegrityCheck::Full });
    if (!db)
        return -1;
    return test::countRows(**db, QStringLiteral("clients"));
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsAndExitsZero();
    void rejectionsExitOneWithSummary();
    void usageErrorsExitTwo();
    void dryRunLeavesTheFileAlone();
    void dryRunWithoutADatabaseCreatesNone();
    void reportWrittenAndReimportable();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestImportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestImportCli::importsAndExitsZero()
{
    const QString db = path(QStringLiteral("ok.db"));
    test::writeFile(path(QStringLiteral("clients-sjis.csv")), test::toCp932(clients));
    auto r = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), path(QStringLiteral("clients-sjis.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Shift_JIS")));
    QVERIFY(r.out.contains(QStringLiteral("Imported 2")));
    QCOMPARE(countClients(db), 2);
    // Again: nothing new, still success.
    auto again = test::runCli(
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("clients"),
            QStringLiteral("--encoding"), QStringLiteral("cp932"), path(QStringLiteral("clients-sjis.csv")) });
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    QVERIFY(again.out.contains(QStringLiteral("2 already present")));
    QCOMPARE(countClients(db), 2);
}

void TestImportCli::rejectionsExitOneWithSummary()
{
    const QString db = path(QStringLiteral("rejected.db"));
    test::writeFile(
        path(QStringLiteral("bad.csv")), (clients + QStringLiteral("A3,未来 人,ミライ,2099/1/1\r\n")).toUtf8());
    auto r = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), path(QStringLiteral("bad.csv")) });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("line 4: ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("nothing was imported")));
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line on stderr
    QCOMPARE(countClients(db), 0);
}

void TestImportCli::usageErrorsExitTwo()
{
    const QString db = path(QStringLiteral("usage.db"));
    test::writeFile(path(QStringLiteral("u.csv")), clients.toUtf8());
    test::writeFile(path(QStringLiteral("bad-mapping.json")), QByteArray(R"({"氏名": "nonsense"})"));
    const QList<QStringList> usages {
        { QStringLiteral("import"), QStringLiteral("--db"), db, path(QStringLiteral("u.csv")) },
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("people"),
            path(QStringLiteral("u.csv")) },
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("clients") },
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("clients"),
            QStringLiteral("--encoding"), QStringLiteral("latin1"), path(QStringLiteral("u.csv")) },
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"), QStringLiteral("clients"),
            QStringLiteral("--mapping"), path(QStringLiteral("bad-mapping.json")), path(QStringLiteral("u.csv")) },
        { QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--no-such-option") },
    };
    for (const QStringList &args : usages) {
        auto r = test::runCli(args);
        QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" → ") + r.err));
        QVERIFY(!r.err.isEmpty());
    }
    QVERIFY(!QFile::exists(db));
}

void TestImportCli::dryRunLeavesTheFileAlone()
{
    const QString db = path(QStringLiteral("dry.db"));
    test::writeFile(path(QStringLiteral("first.csv")), clients.toUtf8());
    QCOMPARE(test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                              QStringLiteral("clients"), path(QStringLiteral("first.csv")) })
                 .exitCode,
        0);
    const QByteArray before = test::readFile(db);
    test::writeFile(
        path(QStringLiteral("more.csv")), (clients + QStringLiteral("A3,鈴木 一,スズキ ハジメ,1990/1/1\r\n")).toUtf8());
    auto r = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), QStringLiteral("--dry-run"), path(QStringLiteral("more.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("Dry run")));
    QVERIFY(r.out.contains(QStringLiteral("1 would be imported")));
    QCOMPARE(test::readFile(db), before);
    QCOMPARE(countClients(db), 2);
}

void TestImportCli::dryRunWithoutADatabaseCreatesNone()
{
    const QString db = path(QStringLiteral("never.db"));
    test::writeFile(path(QStringLiteral("n.csv")), clients.toUtf8());
    auto r = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), QStringLiteral("--dry-run"), path(QStringLiteral("n.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(!QFile::exists(db));
}

void TestImportCli::reportWrittenAndReimportable()
{
    const QString db = path(QStringLiteral("report.db"));
    test::writeFile(path(QStringLiteral("r.csv")),
        (clients + QStringLiteral("A3,\"=HYPERLINK(\"\"http://evil\"\")\",ミライ,2099/1/1\r\n")).toUtf8());
    const QString report = path(QStringLiteral("report.csv"));
    auto r = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), QStringLiteral("--report"), report, path(QStringLiteral("r.csv")) });
    QCOMPARE(r.exitCode, 1);
    QByteArray bytes = test::readFile(report);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"'=HYPERLINK("));
    bytes.replace("2099/1/1", "1999/1/1");
    test::writeFile(report, bytes);
    auto fixed = test::runCli({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
        QStringLiteral("clients"), report });
    QVERIFY2(fixed.exitCode == 0, qPrintable(fixed.out + fixed.err));
    QCOMPARE(countClients(db), 3);
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_import_cli.moc"
