// SPDX-License-Identifier: GPL-3.0-or-later
// Backup::restoreFile: a backup put in place of a file that cannot be opened,
// without ever opening or deleting that file.
#include "TestSupport.h"

#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Backup.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace tsunagu;
using storage::Backup;
using storage::Database;

namespace {

int countClients(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM clients")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A database with `clients` clients, closed, and a backup of it.
struct Damaged {
    QTemporaryDir dir;
    QString path;
    QString backup;
};

void makeDatabaseAndBackup(Damaged &d, int clients)
{
    d.path = d.dir.filePath(QStringLiteral("office.db"));
    d.backup = d.dir.filePath(QStringLiteral("backups/tsunagu-20261120-010000.db"));
    auto db = Database::open(d.path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    auto staff = StaffRepository(Session(**db, 0)).create(QStringLiteral("中村"), StaffRole::Coordinator);
    QVERIFY(staff);
    for (int i = 0; i < clients; ++i) {
        Client c;
        c.name = QStringLiteral("相談者%1").arg(i);
        auto id = ClientRepository(Session(**db, *staff)).create(c);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    }
    QVERIFY(Backup::create(**db, d.backup));
}

} // namespace

class TestBackupRecovery : public QObject
{
    Q_OBJECT

private slots:
    void replacesATruncatedFileAndKeepsIt();
    void replacesGarbageAndItsWal();
    void badBackupChangesNothing();
    void missingTargetIsCreated();
    void sameFileIsRefused();
};

void TestBackupRecovery::replacesATruncatedFileAndKeepsIt()
{
    Damaged d;
    makeDatabaseAndBackup(d, 40);
    // Cut the file off, as a full disk or an interrupted copy would.
    QByteArray bytes = test::readFile(d.path);
    QVERIFY(bytes.size() > 8192);
    bytes.truncate(bytes.size() / 2);
    test::writeFile(d.path, bytes);
    auto refused = Database::open(d.path);
    QVERIFY(!refused);
    QVERIFY(refused.error().code == ErrorCode::Corrupt || refused.error().code == ErrorCode::NotADatabase);
    QCOMPARE(test::readFile(d.path), bytes); // open never writes to a refused file

    qint64 lastDone = -1;
    auto kept = Backup::restoreFile(d.backup, d.path, [&](qint64 done, qint64) {
        lastDone = done;
        return true;
    });
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QVERIFY(lastDone > 0);
    QVERIFY(kept->contains(QLatin1String(".damaged-")));
    QCOMPARE(test::readFile(*kept), bytes); // the damaged file, byte for byte, beside the new one
    auto db = Database::open(d.path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE(countClients(**db), 40);
    // No staged copy is left behind.
    const QStringList left = QDir(d.dir.path()).entryList({ QStringLiteral("*.restoring-*") }, QDir::Files);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
}

void TestBackupRecovery::replacesGarbageAndItsWal()
{
    Damaged d;
    makeDatabaseAndBackup(d, 3);
    const QByteArray garbage(4096, 'x');
    test::writeFile(d.path, garbage);
    test::writeFile(d.path + QStringLiteral("-wal"), "stray log");
    auto kept = Backup::restoreFile(d.backup, d.path);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QCOMPARE(test::readFile(*kept), garbage);
    QCOMPARE(test::readFile(*kept + QStringLiteral("-wal")), QByteArray("stray log"));
    QVERIFY(!QFile::exists(d.path + QStringLiteral("-wal"))
        || test::readFile(d.path + QStringLiteral("-wal")) != "stray log");
    auto db = Database::open(d.path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    QCOMPARE(countClients(**db), 3);
}

void TestBackupRecovery::badBackupChangesNothing()
{
    Damaged d;
    makeDatabaseAndBackup(d, 2);
    const QByteArray damaged(4096, 'y');
    test::writeFile(d.path, damaged);
    const QString bad = d.dir.filePath(QStringLiteral("bad.db"));
    test::writeFile(bad, QByteArray(8192, 'z'));
    auto result = Backup::restoreFile(bad, d.path);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::NotADatabase);
    QCOMPARE(test::readFile(d.path), damaged);
    QCOMPARE(test::readFile(bad), QByteArray(8192, 'z'));
    const QStringList files = QDir(d.dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList { QStringLiteral("bad.db"), QStringLiteral("office.db") }));
}

void TestBackupRecovery::missingTargetIsCreated()
{
    Damaged d;
    makeDatabaseAndBackup(d, 5);
    QVERIFY(QFile::remove(d.path));
    QFile::remove(d.path + QStringLiteral("-wal"));
    QFile::remove(d.path + QStringLiteral("-shm"));
    auto kept = Backup::restoreFile(d.backup, d.path);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().message));
    QVERIFY(kept->isEmpty());
    auto db = Database::open(d.path);
    QVERIFY(db);
    QCOMPARE(countClients(**db), 5);
}

void TestBackupRecovery::sameFileIsRefused()
{
    Damaged d;
    makeDatabaseAndBackup(d, 1);
    auto result = Backup::restoreFile(d.backup, d.backup);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY(QFile::exists(d.backup));
}

QTEST_GUILESS_MAIN(TestBackupRecovery)
#include "tst_backup_recovery.moc"
