// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "statistics/Period.h"

#include <QTest>

using namespace tsunagu;
using statistics::Period;

class TestStatPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void fiscalYearStartsOnFirstApril();
    void boundsAreJapanTime();
    void shiftsAndContains();
};

void TestStatPeriod::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("kind");
    QTest::newRow("month") << "2026-07" << "2026-07" << QDate(2026, 7, 1) << QDate(2026, 7, 31) << "month";
    QTest::newRow("month, one digit") << "2026-2" << "2026-02" << QDate(2026, 2, 1) << QDate(2026, 2, 28) << "month";
    QTest::newRow("leap February") << "2028-02" << "2028-02" << QDate(2028, 2, 1) << QDate(2028, 2, 29) << "month";
    QTest::newRow("quarter") << "2026Q3" << "2026Q3" << QDate(2026, 7, 1) << QDate(2026, 9, 30) << "quarter";
    QTest::newRow("quarter, lower case") << " 2026q1 " << "2026Q1" << QDate(2026, 1, 1) << QDate(2026, 3, 31)
                                         << "quarter";
    QTest::newRow("quarter 4") << "2026-Q4" << "2026Q4" << QDate(2026, 10, 1) << QDate(2026, 12, 31) << "quarter";
    QTest::newRow("year") << "2026" << "2026" << QDate(2026, 1, 1) << QDate(2026, 12, 31) << "year";
    QTest::newRow("fiscal year") << "FY2025" << "FY2025" << QDate(2025, 4, 1) << QDate(2026, 3, 31)
                                 << "fiscal_year";
    QTest::newRow("fiscal year, lower case") << "fy2026" << "FY2026" << QDate(2026, 4, 1) << QDate(2027, 3, 31)
                                             << "fiscal_year";
    QTest::newRow("年度") << "2025年度" << "FY2025" << QDate(2025, 4, 1) << QDate(2026, 3, 31) << "fiscal_year";
}

void TestStatPeriod::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, kind);
    auto p = Period::parse(text);
    QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
    QCOMPARE(p->code(), code);
    QCOMPARE(p->firstDay(), first);
    QCOMPARE(p->lastDay(), last);
    QCOMPARE(p->kindCode(), kind);
    QVERIFY(!p->label().isEmpty());
    // The canonical code parses back to the same period.
    QCOMPARE(*Period::parse(p->code()), *p);
}

void TestStatPeriod::refuses_data()
{
    QTest::addColumn<QString>("text");
    for (const char *bad : {"", "2026-13", "2026-00", "2026Q5", "2026Q0", "FY", "26", "20260", "2026-07-01",
                            "Q3 2026", "FY20256", "0999", "2026/07", "2026-7-", "abc", "2026 Q3 extra"})
        QTest::newRow(bad) << QString::fromUtf8(bad);
}

void TestStatPeriod::refuses()
{
    QFETCH(QString, text);
    auto p = Period::parse(text);
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::Invalid);
    QVERIFY(!p.error().message.contains(QLatin1Char('\n')));
    QVERIFY(p.error().message.contains(QStringLiteral("FY2025")));
}

void TestStatPeriod::fiscalYearStartsOnFirstApril()
{
    const Period fy = Period::fiscalYear(2025);
    QCOMPARE(fy.firstDay(), QDate(2025, 4, 1));
    QCOMPARE(fy.lastDay(), QDate(2026, 3, 31));
    QCOMPARE(fy.startMs(), test::jstDateTime(2025, 4, 1).toMSecsSinceEpoch());
    QCOMPARE(fy.endMs(), test::jstDateTime(2026, 4, 1).toMSecsSinceEpoch());
    // March belongs to the fiscal year that started the April before.
    QCOMPARE(Period::containing(QDate(2026, 3, 31), Period::Kind::FiscalYear), fy);
    QCOMPARE(Period::containing(QDate(2026, 4, 1), Period::Kind::FiscalYear), Period::fiscalYear(2026));
}

void TestStatPeriod::boundsAreJapanTime()
{
    const Period q = *Period::parse(QStringLiteral("2026Q3"));
    // 2026-07-01 00:00 in Japan is 2026-06-30 15:00 UTC.
    QCOMPARE(q.startMs(), QDateTime(QDate(2026, 6, 30), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(q.endMs(), QDateTime(QDate(2026, 9, 30), QTime(15, 0), QTimeZone::utc()).toMSecsSinceEpoch());
}

void TestStatPeriod::shiftsAndContains()
{
    const Period q = Period::quarter(2026, 1);
    QCOMPARE(q.shifted(-1).code(), QStringLiteral("2025Q4"));
    QCOMPARE(q.shifted(-8).code(), QStringLiteral("2024Q1"));
    QCOMPARE(q.shifted(3).code(), QStringLiteral("2026Q4"));
    QCOMPARE(Period::month(2026, 1).shifted(-1).code(), QStringLiteral("2025-12"));
    QCOMPARE(Period::month(2026, 12).shifted(1).code(), QStringLiteral("2027-01"));
    QCOMPARE(Period::year(2026).shifted(-1).code(), QStringLiteral("2025"));
    QCOMPARE(Period::fiscalYear(2026).shifted(-1).code(), QStringLiteral("FY2025"));
    QCOMPARE(Period::containing(QDate(2026, 8, 15), Period::Kind::Quarter).code(), QStringLiteral("2026Q3"));
    QCOMPARE(Period::containing(QDate(2026, 8, 15), Period::Kind::Month).code(), QStringLiteral("2026-08"));
}

QTEST_GUILESS_MAIN(TestStatPeriod)
#include "tst_stat_period.moc"
