// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "repo/ClientRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using storage::Backup;
using storage::Database;

namespace {
qint64 addClient(test::TempDatabase &t, const QString &name)
{
    Client c;
    c.name = name;
    auto id = ClientRepository(t.session()).create(c);
    if (!id)
        qFatal("cannot add a client: %s", qPrintable(id.error().message));
    return *id;
}

int countClients(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM clients")) || !q.next())
        return -1;
    return q.value(0).toInt();
}
} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void backupIsCompleteAndSelfContained();
    void cancelledBackupLeavesNoFile();
    void restoreChecksAndKeepsReplaced();
    void restoreRefusesGarbage();
    void rotationKeepsNewest();
    void diskFullLosesNothing();
    void cliBackupAndRestore();
};

void TestBackup::backupIsCompleteAndSelfContained()
{
    test::TempDatabase t;
    for (int i = 0; i < 30; ++i)
        addClient(t, QStringLiteral("相談者%1").arg(i));
    const QString target = t.dirPath() + QStringLiteral("/backups/copy.db");
    qint64 lastDone = -1;
    QVERIFY(Backup::create(t.db(), target, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    }));
    QVERIFY(lastDone > 0);
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(target + QStringLiteral("-wal")));
    QCOMPARE(QDir(t.dirPath() + QStringLiteral("/backups")).entryList(QDir::Files).size(), 1);
    Database::Options ro;
    ro.readOnly = true;
    auto copy = Database::open(target, ro);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QCOMPARE(countClients(**copy), 30);
}

void TestBackup::cancelledBackupLeavesNoFile()
{
    test::TempDatabase t;
    addClient(t, QStringLiteral("山田"));
    const QString target = t.dirPath() + QStringLiteral("/out/cancel.db");
    auto result = Backup::create(t.db(), target, [](qint64, qint64) { return false; });
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QVERIFY(QDir(t.dirPath() + QStringLiteral("/out")).entryList(QDir::Files).isEmpty());
}

void TestBackup::restoreChecksAndKeepsReplaced()
{
    test::TempDatabase t;
    addClient(t, QStringLiteral("バックアップ前"));
    const QString backup = t.dirPath() + QStringLiteral("/b.db");
    QVERIFY(Backup::create(t.db(), backup));
    addClient(t, QStringLiteral("バックアップ後"));
    QCOMPARE(countClients(t.db()), 2);

    auto kept = Backup::restore(t.db(), backup);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(countClients(t.db()), 1);
    Database::Options ro;
    ro.readOnly = true;
    auto replaced = Database::open(*kept, ro);
    QVERIFY(replaced);
    QCOMPARE(countClients(**replaced), 2);
}

void TestBackup::restoreRefusesGarbage()
{
    test::TempDatabase t;
    addClient(t, QStringLiteral("残る人"));
    const QString garbage = t.dirPath() + QStringLiteral("/garbage.db");
    test::writeFile(garbage, QByteArray(8192, 'x'));
    auto result = Backup::restore(t.db(), garbage);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotADatabase);
    QCOMPARE(countClients(t.db()), 1);
    QCOMPARE(test::readFile(garbage), QByteArray(8192, 'x'));
}

void TestBackup::rotationKeepsNewest()
{
    test::TempDatabase t;
    const QString folder = t.dirPath() + QStringLiteral("/auto");
    const qint64 day = 24LL * 3600 * 1000;
    qint64 now = t.clock().nowMs();
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto made1 = Backup::rotate(t.db(), folder, 3, day, now);
        QVERIFY(made1);
        QVERIFY(!made1->isEmpty());
        made << *made1;
        auto notDue = Backup::rotate(t.db(), folder, 3, day, now + day / 2);
        QVERIFY(notDue);
        QVERIFY(notDue->isEmpty());
        now += day;
    }
    const QStringList left = QDir(folder).entryList(QDir::Files, QDir::Name);
    QCOMPARE(left.size(), 3);
    QCOMPARE(QDir(folder).filePath(left.last()), made.last());
}

void TestBackup::diskFullLosesNothing()
{
    test::TempDatabase t;
    addClient(t, QStringLiteral("先にいる人"));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    // Simulate a full disk: the file may not grow any more.
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    Client big;
    big.name = QStringLiteral("大きな記録");
    big.address = QString(300, QChar(u'長'));
    Error last;
    bool refused = false;
    for (int i = 0; i < 200 && !refused; ++i) {
        auto id = ClientRepository(t.session()).create(big);
        if (!id) {
            refused = true;
            last = id.error();
        }
    }
    QVERIFY(refused);
    QCOMPARE(last.code, ErrorCode::DiskFull);
    QVERIFY(last.message.contains(QLatin1String("full")));
    // What was there is intact and the file is sound; nothing half-written.
    auto problems = t.db().integrityCheck();
    QVERIFY(problems && problems->isEmpty());
    QSqlQuery check(t.db().connection());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM clients WHERE name = '先にいる人'")) && check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM clients c WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                      "WHERE a.action = 'client.create' AND a.entity_id = c.id)")) && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

void TestBackup::cliBackupAndRestore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("office.db"));
    QCOMPARE(test::runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    const QString out = dir.filePath(QStringLiteral("copy.db"));
    auto backup = test::runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY(QFile::exists(out));
    auto restore = test::runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, out});
    QCOMPARE(restore.exitCode, 0);
    QVERIFY(restore.out.contains(QLatin1String("before-restore")));
    const QString bad = dir.filePath(QStringLiteral("bad.db"));
    test::writeFile(bad, "not a database at all, sorry");
    auto refused = test::runCli({QStringLiteral("restore"), QStringLiteral("--db"), db, bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!refused.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
