// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure must be re-checkable by a third party (issue 4): the statements
// Statistics::sqlFor() hands out, run raw on the file, give the raw counts the
// report was made from.
#include "StatsFixture.h"

#include "statistics/Statistics.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::statistics;
using test::jstAt;

class TestStatRecheck : public QObject
{
    Q_OBJECT

private slots:
    void rawStatementsGiveTheReportsCounts();
};

void TestStatRecheck::rawStatementsGiveTheReportsCounts()
{
    test::TempDatabase t;
    test::StatsFixture f(t);
    test::StatsFixture::ClientRow row;
    row.sex = QStringLiteral("female");
    row.band = 30;
    row.created = jstAt(2026, 7, 5, 10);
    const qint64 inside = f.client(row);
    row.created = jstAt(2026, 6, 30, 23, 59, 59); // the day before the quarter, Japan time
    const qint64 before = f.client(row);
    row.created = jstAt(2026, 8, 1);
    row.exclude = true; // asked to be left out
    const qint64 excluded = f.client(row);
    for (int i = 0; i < 7; ++i)
        f.consultation(inside, jstAt(2026, 7, 1 + i, 9), QStringLiteral("phone"), QStringLiteral("consultation"),
                       {QStringLiteral("employment")});
    f.consultation(before, jstAt(2026, 9, 30, 23, 59), QStringLiteral("visit"), QStringLiteral("consultation"), {});
    f.consultation(before, jstAt(2026, 10, 1, 0, 0), QStringLiteral("visit"), QStringLiteral("consultation"), {});
    f.consultation(excluded, jstAt(2026, 8, 2, 9), QStringLiteral("phone"), QStringLiteral("consultation"), {});

    const Period q3 = Period::quarter(2026, 3);
    auto report = Statistics(t.session()).compute(q3);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));

    const QStringList statements = Statistics::sqlFor(q3);
    QCOMPARE(statements.size(), 9);
    for (const QString &sql : statements) { // the bounds are written in: nothing left to bind
        for (const char *name : {":start", ":end", ":first", ":last"})
            QVERIFY2(!sql.contains(QLatin1String(name)), qPrintable(sql));
    }

    QSqlQuery q(t.db().connection());
    // New clients: one inside the quarter (the excluded one is left out).
    QVERIFY2(q.exec(statements.at(0)) && q.next(), qPrintable(q.lastError().text()));
    const Table *overview = report->table(QStringLiteral("overview"));
    QVERIFY(overview);
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(overview->value(overview->rowOf(QStringLiteral("new_clients")), 0), std::optional<int>(1));

    // Consultations by channel and kind: 7 by phone and 1 visit in the quarter.
    QVERIFY2(q.exec(statements.at(1)), qPrintable(q.lastError().text()));
    QMap<QString, int> byChannel;
    while (q.next())
        byChannel[q.value(0).toString()] += q.value(2).toInt();
    QCOMPARE(byChannel.value(QStringLiteral("phone")), 7);
    QCOMPARE(byChannel.value(QStringLiteral("visit")), 1);
    QCOMPARE(overview->value(overview->rowOf(QStringLiteral("consultations")), 0), std::optional<int>(8));

    // Every statement runs as written.
    for (const QString &sql : statements)
        QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
}

QTEST_GUILESS_MAIN(TestStatRecheck)
#include "tst_stat_recheck.moc"
