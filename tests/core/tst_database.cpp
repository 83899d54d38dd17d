// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Database.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace tsunagu;
using storage::Database;

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAtLatestSchema();
    void appliesPragmas();
    void reopensWithoutMigrating();
    void refusesNewerSchemaUntouched();
    void refusesGarbageUntouched_data();
    void refusesGarbageUntouched();
    void refusesForeignDatabase();
    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void refusesTruncatedFile_data();
    void refusesTruncatedFile();
    void quickOpenLeavesDeepDamageToFullCheck();
    void integrityCheckCanBeStopped();
    void migratesOlderFileAfterCopy();
    void schema5RemovesHealthDataOfErasedClients();
    void readOnlyOpenDoesNotCreate();
    void readOnlyFolderOpensReadOnly();
    void cliInfoReportsAndRefuses();
};

void TestDatabase::createsAtLatestSchema()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("sub/new.db")));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const char *t : {"clients", "consultations", "referrals", "consents", "disclosures", "audit_log",
                          "revisions", "staff", "agencies", "support_cases", "case_milestones",
                          "client_conditions", "contact_persons", "referral_events"})
        QVERIFY2(tables.contains(QLatin1String(t)), t);
}

void TestDatabase::appliesPragmas()
{
    test::TempDatabase t;
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
    QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::applicationId);
    // Foreign keys are enforced: a consultation for a client that does not exist fails.
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO consultations (client_id, started_at, channel, kind, staff_id, "
                                   "created_at, created_by, updated_at, updated_by) VALUES (999, 0, 'phone', "
                                   "'one_off', 1, 0, 1, 0, 1)")));
}

void TestDatabase::reopensWithoutMigrating()
{
    test::TempDatabase t;
    t.close();
    t.reopen();
    QCOMPARE(t.db().schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(t.db().preMigrationCopy().isEmpty());
}

void TestDatabase::refusesNewerSchemaUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
        QVERIFY((*db)->checkpoint());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = test::readFile(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NewerSchema);
    QVERIFY2(db.error().message.contains(QLatin1String("newer")), qPrintable(db.error().message));
    QCOMPARE(test::readFile(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesGarbageUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("name,phone\n山田,090\n");
    QTest::newRow("binary") << QByteArray(4096, '\xA5');
    QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10", 18);
    QByteArray fakeHeader("SQLite format 3", 16);
    fakeHeader.append(QByteArray(4080, '\x01'));
    QTest::newRow("header then garbage") << fakeHeader;
}

void TestDatabase::refusesGarbageUntouched()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.db"));
    test::writeFile(path, content);
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.error().code == ErrorCode::NotADatabase || db.error().code == ErrorCode::Corrupt,
             qPrintable(errorCodeName(db.error().code)));
    QVERIFY(db.error().message.contains(QLatin1String("unchanged")));
    QCOMPARE(test::readFile(path), content);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("garbage.db")});
}

void TestDatabase::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::readFile(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::ForeignDatabase);
    QCOMPARE(test::readFile(path), before);
}

namespace {

// A closed database file holding `blobBytes` of data in one settings row, in
// rollback-journal mode so that the whole database is in the one file.
QString makeFileWithBlob(const QTemporaryDir &dir, const QString &name, int blobBytes)
{
    const QString path = dir.filePath(name);
    auto db = Database::open(path);
    if (!db)
        return {};
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("INSERT INTO settings VALUES ('a', zeroblob(%1))").arg(blobBytes))
        || !(*db)->checkpoint() || !q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
        return {};
    return path;
}

} // namespace

void TestDatabase::refusesDamagedFile_data()
{
    QTest::addColumn<Database::IntegrityCheck>("integrity");
    QTest::newRow("full check") << Database::IntegrityCheck::Full;
    QTest::newRow("quick check") << Database::IntegrityCheck::Quick;
}

void TestDatabase::refusesDamagedFile()
{
    QFETCH(Database::IntegrityCheck, integrity);
    QTemporaryDir dir;
    const QString path = makeFileWithBlob(dir, QStringLiteral("damaged.db"), 20000);
    QVERIFY(!path.isEmpty());
    QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.size() > 8192);
    // Overwrite the middle of the file (b-tree pages) with garbage; keep the header.
    for (qsizetype i = 4096; i < bytes.size() - 100; i += 7)
        bytes[i] = static_cast<char>(0xEE);
    test::writeFile(path, bytes);
    Database::Options options;
    options.integrity = integrity;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QVERIFY2(db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotADatabase,
             qPrintable(db.error().message));
    QVERIFY2(db.error().message.contains(QStringLiteral("damaged.db")), qPrintable(db.error().message));
    QCOMPARE(test::readFile(path), bytes);
}

void TestDatabase::refusesTruncatedFile_data()
{
    refusesDamagedFile_data();
}

void TestDatabase::refusesTruncatedFile()
{
    // A copy cut off by a full disk or an interrupted transfer: every page that
    // is left is sound, only the end is missing.
    QFETCH(Database::IntegrityCheck, integrity);
    QTemporaryDir dir;
    const QString path = makeFileWithBlob(dir, QStringLiteral("cut.db"), 400000);
    QVERIFY(!path.isEmpty());
    const QByteArray whole = test::readFile(path);
    const QByteArray cut = whole.left(whole.size() - 3 * 4096);
    test::writeFile(path, cut);
    Database::Options options;
    options.integrity = integrity;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Corrupt);
    QVERIFY2(db.error().message.contains(QStringLiteral("cut.db")), qPrintable(db.error().message));
    QCOMPARE(test::readFile(path), cut);
}

void TestDatabase::quickOpenLeavesDeepDamageToFullCheck()
{
    // Damage inside the overflow chain of a large value (about a hundred pages
    // written after the schema's, before the few pages ANALYZE adds on closing)
    // is beyond what the quick check reads: the file opens, and the full check,
    // which the application runs in the background, reports it.
    QTemporaryDir dir;
    const QString path = makeFileWithBlob(dir, QStringLiteral("deep.db"), 400000);
    QVERIFY(!path.isEmpty());
    QByteArray bytes = test::readFile(path);
    for (qsizetype i = bytes.size() - 60 * 4096; i < bytes.size() - 52 * 4096; i += 4096)
        for (qsizetype j = 0; j < 4; ++j)
            bytes[i + j] = static_cast<char>(0xEE); // each page's "next overflow page" number
    test::writeFile(path, bytes);

    auto full = Database::open(path);
    QVERIFY(!full);
    QCOMPARE(full.error().code, ErrorCode::Corrupt);
    QCOMPARE(test::readFile(path), bytes);

    Database::Options options;
    options.integrity = Database::IntegrityCheck::Quick;
    options.readOnly = true; // as the background check must never write either
    auto db = Database::open(path, options);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    auto problems = (*db)->integrityCheck();
    QVERIFY(problems);
    QVERIFY(!problems->isEmpty());
}

void TestDatabase::integrityCheckCanBeStopped()
{
    test::TempDatabase t;
    {
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                      "INSERT INTO settings SELECT 'k' || i, i FROM n")));
    }
    int asked = 0;
    auto stopped = t.db().integrityCheck([&asked] { return ++asked < 2; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QCOMPARE(asked, 2);

    auto completed = t.db().integrityCheck([] { return true; });
    QVERIFY2(completed, qPrintable(completed ? QString() : completed.error().message));
    QVERIFY(completed->isEmpty());
}

void TestDatabase::schema5RemovesHealthDataOfErasedClients()
{
    // A file of schema 4 where an erasure of that version kept a disease
    // group and an employment status: upgrading removes both, and only those.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.db"));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        for (const char *sql :
             {"INSERT INTO staff (id, name, role, created_at, updated_at) VALUES (1, '中村', 'coordinator', 1, 1)",
              "INSERT INTO clients (id, name, name_kana, employment_status, erased_at, created_at, created_by, "
              "updated_at, updated_by) VALUES (1, '', '', 'sick_leave', 1700000000000, 1, 1, 1, 1)",
              "INSERT INTO clients (id, name, name_kana, employment_status, created_at, created_by, updated_at, "
              "updated_by) VALUES (2, '山田 花子', 'やまだ はなこ', 'unemployed', 1, 1, 1, 1)",
              "INSERT INTO client_conditions (client_id, disease_group, created_at, created_by, updated_at, updated_by) "
              "VALUES (1, 'immune', 1, 1, 1, 1)",
              "INSERT INTO client_conditions (client_id, disease_group, created_at, created_by, updated_at, updated_by) "
              "VALUES (2, 'cancer', 1, 1, 1, 1)",
              "DROP INDEX consents_expiry", "DROP INDEX referrals_status", "PRAGMA user_version = 4"})
            QVERIFY2(q.exec(QString::fromUtf8(sql)), qPrintable(QString::fromUtf8(sql) + q.lastError().text()));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(!(*db)->preMigrationCopy().isEmpty());
    QSqlQuery q((*db)->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT client_id FROM client_conditions ORDER BY client_id")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    QVERIFY(!q.next());
    QVERIFY(q.exec(QStringLiteral("SELECT id, employment_status FROM clients ORDER BY id")));
    QVERIFY(q.next());
    QVERIFY(q.value(1).isNull());
    QVERIFY(q.next());
    QCOMPARE(q.value(1).toString(), QStringLiteral("unemployed"));
}

void TestDatabase::migratesOlderFileAfterCopy()
{
    // A file at schema 0 with our application id stands for an older release:
    // opening it migrates in a transaction after taking a copy.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        old.setDatabaseName(path);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId)));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE legacy_note (x TEXT)")));
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    auto db = Database::open(path);
    // Schema 0 with tables is not something any release wrote: migration 1 must
    // still apply cleanly on top of unrelated tables.
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::readOnlyFolderOpensReadOnly()
{
    // A database on a share the user may only read: in WAL mode SQLite would
    // need to create the -shm file beside it even to read; it opens read-only
    // (as immutable), and nothing is created in the folder.
    QTemporaryDir parent;
    QVERIFY(QFile::setPermissions(parent.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                                     | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
                                                     | QFile::ExeOther));
    const QString folder = parent.filePath(QStringLiteral("share"));
    const QString path = folder + QStringLiteral("/office.db");
    QVERIFY(QDir().mkpath(folder));
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings VALUES ('greeting', 'こんにちは')")));
    }
    const QStringList before = QDir(folder).entryList(QDir::Files);
    const QFile::Permissions readOnly = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, readOnly));
    QVERIFY(QFile::setPermissions(folder, readOnly | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(folder, readOnly | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(path, readOnly | QFile::WriteOwner);
    });

    if (::geteuid() == 0) {
        // Root may write anywhere: ask an unprivileged user, through the CLI's
        // read-only `info`.
        const QString runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (runuser.isEmpty() || qEnvironmentVariableIsEmpty("TSUNAGU_CLI"))
            QSKIP("running as root without runuser or TSUNAGU_CLI: no unprivileged user to try with");
        // (The build may sit where that user cannot reach: then nothing to try.)
        if (QProcess::execute(runuser, {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                                        QStringLiteral("test"), QStringLiteral("-x"), qEnvironmentVariable("TSUNAGU_CLI")})
            != 0)
            QSKIP("the user nobody cannot run the CLI from this build folder");
        QProcess cli;
        cli.start(runuser, {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                            qEnvironmentVariable("TSUNAGU_CLI"), QStringLiteral("info"), QStringLiteral("--db"), path});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY(cli.readAllStandardOutput().contains("Integrity: ok"));
    } else {
        Database::Options options;
        options.readOnly = true;
        auto db = Database::open(path, options);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'greeting'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("こんにちは"));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings VALUES ('x', 'y')")));
        auto writable = Database::open(path);
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, ErrorCode::ReadOnly);
    }
    QCOMPARE(QDir(folder).entryList(QDir::Files), before);
}

void TestDatabase::readOnlyOpenDoesNotCreate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::NotFound);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::cliInfoReportsAndRefuses()
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.db"));
    auto init = test::runCli({QStringLiteral("init"), QStringLiteral("--db"), good});
    QCOMPARE(init.exitCode, 0);
    auto info = test::runCli({QStringLiteral("info"), QStringLiteral("--db"), good});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QLatin1String("Integrity: ok")), qPrintable(info.out));
    QVERIFY(info.out.contains(QLatin1String("clients")));

    const QString bad = dir.filePath(QStringLiteral("bad.db"));
    test::writeFile(bad, "this is a spreadsheet, not a database\n");
    auto refused = test::runCli({QStringLiteral("info"), QStringLiteral("--db"), bad});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0); // one line
    QVERIFY(refused.err.contains(QLatin1String("not a Tsunagu database")));

    auto help = test::runCli({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--db")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
