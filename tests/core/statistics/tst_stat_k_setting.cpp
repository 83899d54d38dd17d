// SPDX-License-Identifier: GPL-3.0-or-later
// The organisation's k (PRIVACY.md rule 13: default 5, never below 3), kept in
// the settings table: read and written by statistics::KSetting, audited, and
// used by tsunagu-cli stats when --k is not given (--k still wins for a run).
#include "StatsFixture.h"

#include "statistics/Anonymizer.h"
#include "statistics/KSetting.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;

namespace {

QStringList auditDetails(test::TempDatabase &t)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(QStringLiteral("SELECT staff_id, at, entity, detail FROM audit_log WHERE action = 'statistics.set_k' "
                               "ORDER BY id")))
        qFatal("audit_log");
    QStringList rows;
    while (q.next()) {
        const QJsonObject d = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
        rows << QStringLiteral("%1 %2 %3 %4: %5 -> %6")
                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         d.value(QStringLiteral("key")).toString(),
                         d.value(QStringLiteral("from")).isNull() ? QStringLiteral("none")
                                                                  : d.value(QStringLiteral("from")).toString(),
                         d.value(QStringLiteral("to")).toString());
    }
    return rows;
}

int storedK(test::TempDatabase &t)
{
    const Result<int> k = KSetting::read(t.db());
    if (!k)
        qFatal("read: %s", qPrintable(k.error().message));
    return *k;
}

void store(test::TempDatabase &t, const QString &value)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('statistics/k', ?)"));
    q.addBindValue(value);
    if (!q.exec())
        qFatal("settings");
}

} // namespace

class TestStatKSetting : public QObject
{
    Q_OBJECT

private slots:
    void defaultWhenNothingIsStored();
    void writeThenReadIsAudited();
    void refusesKBelowThree();
    void storedValueIsValidated_data();
    void storedValueIsValidated();
    void aBadStoredValueCanBeReplaced();
    void cliUsesTheOrganisationsK();
};

void TestStatKSetting::defaultWhenNothingIsStored()
{
    test::TempDatabase t;
    QCOMPARE(KSetting::key(), QStringLiteral("statistics/k"));
    QCOMPARE(storedK(t), Anonymizer::defaultK);
}

void TestStatKSetting::writeThenReadIsAudited()
{
    test::TempDatabase t;
    QVERIFY(KSetting::write(t.session(), 7));
    QCOMPARE(storedK(t), 7);
    const QString who = QStringLiteral("%1 %2 settings statistics/k").arg(t.staffId()).arg(t.clock().nowMs());
    QCOMPARE(auditDetails(t), QStringList{who + QStringLiteral(": none -> 7")});
    // The same value again: nothing changes, nothing is recorded.
    QVERIFY(KSetting::write(t.session(), 7));
    QCOMPARE(auditDetails(t).size(), 1);
    // Back to 5: recorded with the value it replaced.
    QVERIFY(KSetting::write(t.session(), 5));
    QCOMPARE(storedK(t), 5);
    QCOMPARE(auditDetails(t).constLast(), who + QStringLiteral(": 7 -> 5"));
}

void TestStatKSetting::refusesKBelowThree()
{
    test::TempDatabase t;
    for (int k : {2, 0, -1}) {
        const Status s = KSetting::write(t.session(), k);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Invalid);
    }
    QCOMPARE(storedK(t), Anonymizer::defaultK);
    QVERIFY(auditDetails(t).isEmpty());
}

void TestStatKSetting::storedValueIsValidated_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<int>("k"); // 0: refused
    QTest::newRow("3") << QStringLiteral("3") << 3;
    QTest::newRow("12") << QStringLiteral("12") << 12;
    QTest::newRow("2") << QStringLiteral("2") << 0;
    QTest::newRow("0") << QStringLiteral("0") << 0;
    QTest::newRow("-5") << QStringLiteral("-5") << 0;
    QTest::newRow("+5") << QStringLiteral("+5") << 0;
    QTest::newRow("5.0") << QStringLiteral("5.0") << 0;
    QTest::newRow("five") << QStringLiteral("five") << 0;
    QTest::newRow("empty") << QString(QStringLiteral("")) << 0;
    QTest::newRow("full-width 5") << QStringLiteral("５") << 0;
    QTest::newRow("huge") << QStringLiteral("99999999999") << 0;
}

void TestStatKSetting::storedValueIsValidated()
{
    QFETCH(QString, stored);
    QFETCH(int, k);
    test::TempDatabase t;
    store(t, stored);
    const Result<int> read = KSetting::read(t.db());
    if (k > 0) {
        QVERIFY(read);
        QCOMPARE(*read, k);
        return;
    }
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Invalid);
    // Says which setting, what it holds and what it must be, on one line.
    QVERIFY2(read.error().message.contains(QStringLiteral("statistics/k")), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(QLatin1Char('"') + stored + QLatin1Char('"')));
    QVERIFY(read.error().message.contains(QStringLiteral("at least 3")));
    QVERIFY(!read.error().message.contains(QLatin1Char('\n')));
}

void TestStatKSetting::aBadStoredValueCanBeReplaced()
{
    test::TempDatabase t;
    store(t, QStringLiteral("two"));
    QVERIFY(!KSetting::read(t.db()));
    QVERIFY(KSetting::write(t.session(), 4));
    QCOMPARE(storedK(t), 4);
    QVERIFY(auditDetails(t).constLast().endsWith(QStringLiteral(": two -> 4")));
}

void TestStatKSetting::cliUsesTheOrganisationsK()
{
    test::TempDatabase t;
    {
        test::StatsFixture f(t);
        for (int i = 0; i < 12; ++i) {
            test::StatsFixture::ClientRow row;
            row.created = jstAt(2026, 7, 1 + i, 10);
            f.consultation(f.client(row), jstAt(2026, 8, 1 + i, 10), QStringLiteral("phone"),
                           QStringLiteral("one_off"), {});
        }
    }
    QVERIFY(KSetting::write(t.session(), 7));
    const QString db = t.path();
    t.close();
    const auto run = [&](const QString &out, const QStringList &extra) {
        return test::runCli(QStringList{QStringLiteral("stats"), QStringLiteral("--db"), db, QStringLiteral("--period"),
                                        QStringLiteral("2026Q3"), QStringLiteral("--out"), out}
                            + extra);
    };
    const auto kOf = [](const QString &path) {
        return QJsonDocument::fromJson(test::readFile(path))
            .object()
            .value(QStringLiteral("metadata"))
            .toObject()
            .value(QStringLiteral("k"))
            .toInt();
    };
    const QString dir = t.dirPath();
    // Without --k: the organisation's k.
    auto r = run(dir + QStringLiteral("/org.json"), {});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("k = 7")));
    QCOMPARE(kOf(dir + QStringLiteral("/org.json")), 7);
    // --k wins for the run, and is not stored.
    r = run(dir + QStringLiteral("/run.json"), {QStringLiteral("--k"), QStringLiteral("4")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(kOf(dir + QStringLiteral("/run.json")), 4);
    t.reopen();
    QCOMPARE(storedK(t), 7);

    // A stored k that is not valid: a clear one-line error, no file; --k still works.
    store(t, QStringLiteral("2"));
    t.close();
    r = run(dir + QStringLiteral("/bad.json"), {});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("statistics/k")) && r.err.contains(QStringLiteral("--k")), qPrintable(r.err));
    QVERIFY(!QFile::exists(dir + QStringLiteral("/bad.json")));
    r = run(dir + QStringLiteral("/given.json"), {QStringLiteral("--k"), QStringLiteral("5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(kOf(dir + QStringLiteral("/given.json")), 5);
}

QTEST_GUILESS_MAIN(TestStatKSetting)
#include "tst_stat_k_setting.moc"
