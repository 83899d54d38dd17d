// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixtures.h"
#include "importer/CsvReader.h"
#include "importer/TextDecoder.h"

#include <QTest>

using namespace tsunagu;
using namespace tsunagu::importer;

class TestImportDecoding : public QObject
{
    Q_OBJECT

private slots:
    void utf8WithoutBom();
    void utf8WithBom();
    void cp932Detected();
    void cp932Forced();
    void undecodableByteNamesItsLine();
    void mixedEncodingsRefused();
    void utf16Refused();
    void bomInTheMiddleIsText();

    void quotedCommasAndLineBreaks();
    void crlfAndTrailingEmptyLine();
    void blankLinesSkippedAndCounted();
    void carriageReturnOnlyLines();
    void brokenQuoteReportedOthersRead();
    void unclosedQuoteReportedOthersRead();
    void nulBytesKept();
    void megabyteField();
};

void TestImportDecoding::utf8WithoutBom()
{
    auto d = TextDecoder::decode(test::utf8("氏名,ふりがな\n山田,やまだ\n"));
    QVERIFY(d);
    QCOMPARE(d->encoding, Encoding::Utf8);
    QVERIFY(!d->hadBom);
    QCOMPARE(QString::fromUtf8(d->utf8), QStringLiteral("氏名,ふりがな\n山田,やまだ\n"));
}

void TestImportDecoding::utf8WithBom()
{
    auto d = TextDecoder::decode(test::withBom(test::utf8("氏名\n山田\n")));
    QVERIFY(d);
    QCOMPARE(d->encoding, Encoding::Utf8);
    QVERIFY(d->hadBom);
    QCOMPARE(QString::fromUtf8(d->utf8), QStringLiteral("氏名\n山田\n"));
}

void TestImportDecoding::cp932Detected()
{
    // NEC and IBM extensions, half-width kana, the wave dash as Windows writes it.
    const QString text = QStringLiteral("氏名,メモ\r\n髙橋 ｶﾀｶﾅ,①㈱～№\r\n");
    auto d = TextDecoder::decode(test::toCp932(text));
    QVERIFY2(d, qPrintable(d ? QString() : d.error().message));
    QCOMPARE(d->encoding, Encoding::Cp932);
    QCOMPARE(QString::fromUtf8(d->utf8), text);
}

void TestImportDecoding::cp932Forced()
{
    const QString text = QStringLiteral("氏名\r\n山田太郎\r\n");
    auto d = TextDecoder::decode(test::toCp932(text), Encoding::Cp932);
    QVERIFY(d);
    QCOMPARE(QString::fromUtf8(d->utf8), text);
    // The same bytes read as UTF-8 by force: refused, naming the first line that fails.
    auto wrong = TextDecoder::decode(test::toCp932(text), Encoding::Utf8);
    QVERIFY(!wrong);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("line 1")), qPrintable(wrong.error().message));
}

void TestImportDecoding::undecodableByteNamesItsLine()
{
    QByteArray bytes = test::toCp932(QStringLiteral("氏名\r\n山田\r\n"));
    bytes += "\xFF\xFF\r\n";
    auto d = TextDecoder::decode(bytes);
    QVERIFY(!d);
    QCOMPARE(d.error().code, ErrorCode::Invalid);
    QVERIFY2(d.error().message.contains(QStringLiteral("line 3")), qPrintable(d.error().message));
    QVERIFY(d.error().message.contains(QStringLiteral("0xff")));
}

void TestImportDecoding::mixedEncodingsRefused()
{
    // A UTF-8 file with one line pasted from a Shift_JIS one: neither reading fits.
    QByteArray bytes = test::utf8("氏名\n山田\n") + test::toCp932(QStringLiteral("佐藤\n")) + test::utf8("鈴木\n");
    auto d = TextDecoder::decode(bytes);
    QVERIFY(!d);
    QVERIFY2(d.error().message.contains(QStringLiteral("mixes")), qPrintable(d.error().message));
    QVERIFY(d.error().message.contains(QStringLiteral("line 3")));
    // A genuine Shift_JIS file is not mistaken for a mixed one.
    QString sjis;
    for (int i = 0; i < 200; ++i)
        sjis += QStringLiteral("髙橋 %1,ｶﾀｶﾅ,東京都新宿区,090-1234-5678,就労移行支援事業所\r\n").arg(i);
    auto plain = TextDecoder::decode(test::toCp932(sjis));
    QVERIFY2(plain, qPrintable(plain ? QString() : plain.error().message));
    QCOMPARE(plain->encoding, Encoding::Cp932);
}

void TestImportDecoding::utf16Refused()
{
    auto d = TextDecoder::decode(QByteArray("\xFF\xFE"
                                            "a\0,\0",
        6));
    QVERIFY(!d);
    QVERIFY(d.error().message.contains(QStringLiteral("UTF-16")));
}

void TestImportDecoding::bomInTheMiddleIsText()
{
    auto d = TextDecoder::decode(test::withBom(test::utf8("a\n\xEF\xBB\xBF"
                                                          "b\n")));
    QVERIFY(d);
    QCOMPARE(QString::fromUtf8(d->utf8), QStringLiteral("a\n\uFEFFb\n"));
}

void TestImportDecoding::quotedCommasAndLineBreaks()
{
    auto doc = CsvReader::read(
        test::utf8("氏名,住所\r\n\"山田, 太郎\",\"東京都\r\n新宿区\"\r\n\"佐藤 \"\"はな\"\"\",大阪\r\n"));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[1].fields, QStringList({ QStringLiteral("山田, 太郎"), QStringLiteral("東京都\r\n新宿区") }));
    QCOMPARE(doc->records[1].line, 2);
    QCOMPARE(doc->records[2].fields.at(0), QStringLiteral("佐藤 \"はな\""));
    QCOMPARE(doc->records[2].line, 4); // the record before it spans lines 2 and 3
    QVERIFY(doc->problems.isEmpty());
}

void TestImportDecoding::crlfAndTrailingEmptyLine()
{
    auto doc = CsvReader::read(test::utf8("a,b\r\n1,2\r\n\r\n"));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(2));
    QCOMPARE(doc->records[1].fields, QStringList({ QStringLiteral("1"), QStringLiteral("2") }));
    auto noFinalBreak = CsvReader::read(test::utf8("a,b\n1,2"));
    QVERIFY(noFinalBreak);
    QCOMPARE(noFinalBreak->records.size(), std::size_t(2));
    QCOMPARE(noFinalBreak->records[1].line, 2);
}

void TestImportDecoding::blankLinesSkippedAndCounted()
{
    auto doc = CsvReader::read(test::utf8("a\n\n\nb\r\n\r\nc\n"));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[1].line, 4);
    QCOMPARE(doc->records[2].line, 6);
}

void TestImportDecoding::carriageReturnOnlyLines()
{
    auto doc = CsvReader::read(test::utf8("a,b\r1,2\r3,4\r"));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[2].line, 3);
}

void TestImportDecoding::brokenQuoteReportedOthersRead()
{
    auto doc = CsvReader::read(test::utf8("a,b\n1,\"x\"y\n2,ok\n3,x\"y\n4,fine\n"));
    QVERIFY(doc);
    QCOMPARE(doc->problems.size(), 2);
    QCOMPARE(doc->problems[0].line, 2);
    QCOMPARE(doc->problems[1].line, 4);
    QVERIFY(doc->problems[0].rawText.contains(QStringLiteral("\"x\"y")));
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[1].line, 3);
    QCOMPARE(doc->records[1].fields.at(1), QStringLiteral("ok"));
    QCOMPARE(doc->records[2].line, 5);
}

void TestImportDecoding::unclosedQuoteReportedOthersRead()
{
    auto doc = CsvReader::read(test::utf8("a,b\n1,\"never closed\n2,ok\n3,fine\n"));
    QVERIFY(doc);
    QCOMPARE(doc->problems.size(), 1);
    QCOMPARE(doc->problems[0].line, 2);
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[1].line, 3);
    QCOMPARE(doc->records[2].fields.at(1), QStringLiteral("fine"));
}

void TestImportDecoding::nulBytesKept()
{
    auto doc = CsvReader::read(QByteArray("a,b\nx\0y,z\n", 10));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(2));
    QCOMPARE(doc->records[1].fields.at(0), QString(QStringLiteral("x") + QChar(0) + QStringLiteral("y")));
}

void TestImportDecoding::megabyteField()
{
    const QByteArray big(1024 * 1024, 'x');
    const QByteArray bytes = QByteArray("a,b\n\"") + big + QByteArray("\",2\n3,4\n");
    auto doc = CsvReader::read(bytes);
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(3));
    QCOMPARE(doc->records[1].fields.at(0).size(), big.size());
    QCOMPARE(doc->records[2].line, 3);
}

QTEST_GUILESS_MAIN(TestImportDecoding)
#include "tst_import_decoding.moc"
