// SPDX-License-Identifier: GPL-3.0-or-later
// A writer killed at random moments, and two writers on one file: the file
// always opens, passes its integrity check and holds every acknowledged commit.
#include "TestSupport.h"

#include "storage/Database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace tsunagu;

namespace {
const QString writer = QStringLiteral(TSUNAGU_TEST_WRITER);

QSet<QString> namesIn(const storage::Database &db)
{
    QSet<QString> names;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM clients")))
        while (q.next())
            names.insert(q.value(0).toString());
    return names;
}
} // namespace

class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNoAcknowledgedCommit();
    void twoWritersOnOneFile();
};

void TestResilience::killedWriterLosesNoAcknowledgedCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kill.db"));
    QRandomGenerator random(20261121);
    const int trials = qEnvironmentVariableIntValue("TSUNAGU_KILL_TRIALS") > 0
        ? qEnvironmentVariableIntValue("TSUNAGU_KILL_TRIALS")
        : 40;
    int killedMidway = 0;
    for (int trial = 0; trial < trials; ++trial) {
        const QString prefix = QStringLiteral("t%1-").arg(trial);
        QProcess p;
        p.start(writer, {path, prefix, QStringLiteral("100000")});
        QVERIFY(p.waitForStarted());
        // Let it run for a random while, then kill it without warning.
        QTest::qWait(static_cast<int>(random.bounded(30, 250)));
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        if (p.exitStatus() == QProcess::CrashExit)
            ++killedMidway;
        QStringList acknowledged;
        for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
            if (!line.isEmpty())
                acknowledged << prefix + QString::fromLatin1(line);

        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        auto problems = (*db)->integrityCheck();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u';')));
        const QSet<QString> stored = namesIn(**db);
        for (const QString &name : std::as_const(acknowledged))
            QVERIFY2(stored.contains(name), qPrintable(QStringLiteral("trial %1 lost %2").arg(trial).arg(name)));
    }
    QVERIFY(killedMidway > trials / 2);
    qInfo("kill trials: %d, killed while writing: %d, all acknowledged commits present", trials, killedMidway);
}

void TestResilience::twoWritersOnOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.db"));
    {
        auto db = storage::Database::open(path);
        QVERIFY(db);
    }
    QProcess a;
    QProcess b;
    a.start(writer, {path, QStringLiteral("a-"), QStringLiteral("150")});
    b.start(writer, {path, QStringLiteral("b-"), QStringLiteral("150")});
    QVERIFY(a.waitForFinished(120000));
    QVERIFY(b.waitForFinished(120000));
    QCOMPARE(a.exitCode(), 0);
    QCOMPARE(b.exitCode(), 0);
    auto db = storage::Database::open(path);
    QVERIFY(db);
    const QSet<QString> stored = namesIn(**db);
    QCOMPARE(stored.size(), 300);
    for (int i = 0; i < 150; ++i) {
        QVERIFY(stored.contains(QStringLiteral("a-%1").arg(i)));
        QVERIFY(stored.contains(QStringLiteral("b-%1").arg(i)));
    }
    auto problems = (*db)->integrityCheck();
    QVERIFY(problems && problems->isEmpty());
}

QTEST_GUILESS_MAIN(TestResilience)
#include "tst_resilience.moc"
