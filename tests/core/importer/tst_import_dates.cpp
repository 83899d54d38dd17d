// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer/JapaneseDate.h"

#include <QTest>

using namespace tsunagu;
using namespace tsunagu::importer;

class TestImportDates : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void refused_data();
    void refused();
    void dateTimes_data();
    void dateTimes();
};

void TestImportDates::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const auto row = [](const char *text, QDate date) { QTest::newRow(text) << QString::fromUtf8(text) << date; };
    row("1980-04-01", QDate(1980, 4, 1));
    row("1980/4/1", QDate(1980, 4, 1));
    row("1980/04/01", QDate(1980, 4, 1));
    row("1980.4.1", QDate(1980, 4, 1));
    row("19800401", QDate(1980, 4, 1));
    row("1980年4月1日", QDate(1980, 4, 1));
    row("１９８０／４／１", QDate(1980, 4, 1));
    row("1980/4/1 0:00", QDate(1980, 4, 1));
    row("昭和55年4月1日", QDate(1980, 4, 1));
    row("昭和 55年 4月 1日", QDate(1980, 4, 1));
    row("昭55.4.1", QDate(1980, 4, 1));
    row("S55.4.1", QDate(1980, 4, 1));
    row("s55/4/1", QDate(1980, 4, 1));
    row("Ｓ５５．４．１", QDate(1980, 4, 1));
    row("S550401", QDate(1980, 4, 1));
    row("㍼55年4月1日", QDate(1980, 4, 1));
    row("H2.1.8", QDate(1990, 1, 8));
    row("平成元年1月8日", QDate(1989, 1, 8));
    row("平成31年4月30日", QDate(2019, 4, 30));
    row("R7.4.1", QDate(2025, 4, 1));
    row("令和元年5月1日", QDate(2019, 5, 1));
    row("令和7年4月1日", QDate(2025, 4, 1));
    row("昭和64年1月7日", QDate(1989, 1, 7));
    row("昭和元年12月25日", QDate(1926, 12, 25));
    row("大正15年12月24日", QDate(1926, 12, 24));
    row("T1.7.30", QDate(1912, 7, 30));
    row("明治45年7月29日", QDate(1912, 7, 29));
    row("M40.1.1", QDate(1907, 1, 1));
}

void TestImportDates::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    auto date = JapaneseDate::parseDate(text);
    QVERIFY2(date, qPrintable(date ? QString() : date.error().message));
    QCOMPARE(*date, expected);
}

void TestImportDates::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    const auto row = [](const char *text, const char *mentions) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromUtf8(mentions);
    };
    row("平成32年1月1日", "2019-04-30"); // 平成 ended in 2019
    row("H31.5.1", "2019-04-30");
    row("令和元年4月30日", "2019-05-01"); // before 令和 began
    row("昭和64年1月8日", "1989-01-07");
    row("平成元年1月7日", "1989-01-08");
    row("大正15年12月25日", "1926-12-24");
    row("明治5年1月1日", "lunisolar");
    row("平成0年1月1日", "元年");
    row("1980/2/30", "exists");
    row("S55.13.1", "exists");
    row("80/4/1", "four digits");
    row("29312", "serial");
    row("昭和五十五年", "not a date");
    row("1980/4/1 10:30", "without a time");
    row("tomorrow", "not a date");
}

void TestImportDates::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    auto date = JapaneseDate::parseDate(text);
    QVERIFY2(!date, qPrintable(text));
    QVERIFY2(date.error().message.contains(mentions), qPrintable(date.error().message));
}

void TestImportDates::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    const auto row = [](const char *text, QDate date, QTime time) {
        QTest::newRow(text) << QString::fromUtf8(text) << date << time;
    };
    row("2026/4/1 10:30", QDate(2026, 4, 1), QTime(10, 30));
    row("2026-04-01T10:30:00", QDate(2026, 4, 1), QTime(10, 30));
    row("令和8年4月1日 14時30分", QDate(2026, 4, 1), QTime(14, 30));
    row("令和8年4月1日14時", QDate(2026, 4, 1), QTime(14, 0));
    row("2026/4/1 午後2時", QDate(2026, 4, 1), QTime(14, 0));
    row("2026/4/1 2:05 pm", QDate(2026, 4, 1), QTime(14, 5));
    row("R8.4.1", QDate(2026, 4, 1), QTime());
}

void TestImportDates::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    auto value = JapaneseDate::parseDateTime(text);
    QVERIFY2(value, qPrintable(value ? QString() : value.error().message));
    QCOMPARE(value->date, date);
    QCOMPARE(value->time.value_or(QTime()), time);
}

QTEST_GUILESS_MAIN(TestImportDates)
#include "tst_import_dates.moc"
