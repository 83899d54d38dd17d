// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/SpreadsheetSafety.h"

#include <QTest>

using namespace tsunagu;

class TestImportFormulaSafety : public QObject
{
    Q_OBJECT

private slots:
    void neutralized_data();
    void neutralized();
    void roundTrip_data() { neutralized_data(); }
    void roundTrip();
};

void TestImportFormulaSafety::neutralized_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    const auto row
        = [](const char *name, const QString &cell, const QString &written) { QTest::newRow(name) << cell << written; };
    row("dde", QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("'=cmd|' /C calc'!A0"));
    row("hyperlink", QStringLiteral("=HYPERLINK(\"http://x\",\"a\")"),
        QStringLiteral("'=HYPERLINK(\"http://x\",\"a\")"));
    row("plus", QStringLiteral("+1+1"), QStringLiteral("'+1+1"));
    row("minus", QStringLiteral("-2+3"), QStringLiteral("'-2+3"));
    row("at", QStringLiteral("@SUM(A1:A9)"), QStringLiteral("'@SUM(A1:A9)"));
    row("tab", QStringLiteral("\t=1"), QStringLiteral("'\t=1"));
    row("carriage return", QStringLiteral("\r=1"), QStringLiteral("'\r=1"));
    row("plain", QStringLiteral("山田 太郎"), QStringLiteral("山田 太郎"));
    row("inner equals", QStringLiteral("a=b"), QStringLiteral("a=b"));
    row("empty", QString(), QString());
    row("apostrophe", QStringLiteral("'quoted"), QStringLiteral("'quoted"));
    row("full-width equals", QStringLiteral("＝1"), QStringLiteral("＝1"));
}

void TestImportFormulaSafety::neutralized()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(text::neutralizeCell(cell), written);
    QCOMPARE(text::isFormulaLike(cell), written != cell);
}

void TestImportFormulaSafety::roundTrip()
{
    QFETCH(QString, cell);
    QCOMPARE(text::restoreNeutralizedCell(text::neutralizeCell(cell)), cell);
}

QTEST_GUILESS_MAIN(TestImportFormulaSafety)
#include "tst_import_formula_safety.moc"
