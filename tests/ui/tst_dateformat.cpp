// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/DateFormat.h"

#include <QTest>

using tsunagu::ui::DateFormat;

class TestDateFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { DateFormat::setStyle(DateFormat::Style::Japanese); }
    void japanese_data();
    void japanese();
    void era_data();
    void era();
    void eraYear();
    void displayFollowsStyle();
};

void TestDateFormat::japanese_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no padding") << QDate(2019, 5, 1) << QStringLiteral("2019年5月1日");
    QTest::newRow("two digits") << QDate(1980, 12, 31) << QStringLiteral("1980年12月31日");
    QTest::newRow("invalid") << QDate() << QString();
}

void TestDateFormat::japanese()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateFormat::japanese(date), expected);
}

void TestDateFormat::era_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first day of Reiwa") << QDate(2019, 5, 1) << QStringLiteral("令和元年5月1日");
    QTest::newRow("last day of Heisei") << QDate(2019, 4, 30) << QStringLiteral("平成31年4月30日");
    QTest::newRow("Reiwa 2") << QDate(2020, 1, 1) << QStringLiteral("令和2年1月1日");
    QTest::newRow("Reiwa 8") << QDate(2026, 11, 20) << QStringLiteral("令和8年11月20日");
    QTest::newRow("first day of Heisei") << QDate(1989, 1, 8) << QStringLiteral("平成元年1月8日");
    QTest::newRow("last day of Showa") << QDate(1989, 1, 7) << QStringLiteral("昭和64年1月7日");
    QTest::newRow("Showa 55") << QDate(1980, 4, 1) << QStringLiteral("昭和55年4月1日");
    QTest::newRow("first day of Showa") << QDate(1926, 12, 25) << QStringLiteral("昭和元年12月25日");
    QTest::newRow("last day of Taisho") << QDate(1926, 12, 24) << QStringLiteral("大正15年12月24日");
    QTest::newRow("first day of Taisho") << QDate(1912, 7, 30) << QStringLiteral("大正元年7月30日");
    QTest::newRow("last day of Meiji") << QDate(1912, 7, 29) << QStringLiteral("明治45年7月29日");
    QTest::newRow("Gregorian calendar adopted") << QDate(1873, 1, 1) << QStringLiteral("明治6年1月1日");
    QTest::newRow("before the Gregorian calendar") << QDate(1872, 12, 31) << QStringLiteral("1872年12月31日");
    QTest::newRow("invalid") << QDate() << QString();
}

void TestDateFormat::era()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(DateFormat::era(date), expected);
}

void TestDateFormat::eraYear()
{
    QCOMPARE(DateFormat::eraYear(QDate(2019, 5, 1)), QStringLiteral("令和元年"));
    QCOMPARE(DateFormat::eraYear(QDate(2019, 4, 30)), QStringLiteral("平成31年"));
    QCOMPARE(DateFormat::eraYear(QDate(1850, 1, 1)), QStringLiteral("1850年"));
}

void TestDateFormat::displayFollowsStyle()
{
    const QDate date(1980, 4, 1);
    QCOMPARE(DateFormat::style(), DateFormat::Style::Japanese);
    QCOMPARE(DateFormat::display(date), QStringLiteral("1980年4月1日"));
    DateFormat::setStyle(DateFormat::Style::Era);
    QCOMPARE(DateFormat::display(date), QStringLiteral("昭和55年4月1日"));
    DateFormat::setStyle(DateFormat::Style::Iso);
    QCOMPARE(DateFormat::display(date), QStringLiteral("1980-04-01"));
    QCOMPARE(DateFormat::display(QDate()), QString());
}

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
