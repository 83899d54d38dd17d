// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/Normalizer.h"

#include <QTest>

using namespace tsunagu;

class TestNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void sameKey_data();
    void sameKey();
    void differentKey_data();
    void differentKey();
    void phoneKey();
    void kanaReading();
};

void TestNormalizer::sameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    const auto row = [](const char *name, const char *a, const char *b) {
        QTest::newRow(name) << QString::fromUtf8(a) << QString::fromUtf8(b);
    };
    row("katakana/hiragana", "カタカナ", "かたかな");
    row("half-width/hiragana", "ｶﾀｶﾅ", "かたかな");
    row("half-width/katakana", "ｶﾀｶﾅ", "カタカナ");
    row("voiced half-width", "ﾔﾏﾀﾞ ﾀﾛｳ", "やまだたろう");
    row("semi-voiced half-width", "ﾎﾟﾝﾀﾞ", "ぽんだ");
    row("ascii space in kanji", "山田 太郎", "山田太郎");
    row("ideographic space", "山田　太郎", "山田太郎");
    row("several spaces", " 山田  太郎 ", "山田太郎");
    row("full-width latin", "ＹＡＭＡＤＡ", "yamada");
    row("case", "Yamada Taro", "yamadataro");
    row("full-width digits", "０９０", "090");
    row("middle dot", "ジョン・スミス", "じょんすみす");
    row("long vowel", "ルーシー", "るーしー");
    row("small kana", "ァィゥェォ", "ぁぃぅぇぉ");
    row("vu", "ヴィクトル", "ゔぃくとる");
    row("half-width middle dot", "ｼﾞｮﾝ･ｽﾐｽ", "じょんすみす");
    row("tab", "山田\t太郎", "山田太郎");
    row("combining dakuten", "カ\u3099", "が");
}

void TestNormalizer::sameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(text::searchKey(a), text::searchKey(b));
}

void TestNormalizer::differentKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("voiced differs") << QStringLiteral("かた") << QStringLiteral("がた");
    QTest::newRow("kanji differs") << QStringLiteral("山田") << QStringLiteral("山本");
    QTest::newRow("small vs large") << QStringLiteral("やゆよ") << QStringLiteral("ゃゅょ");
}

void TestNormalizer::differentKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(text::searchKey(a) != text::searchKey(b));
}

void TestNormalizer::phoneKey()
{
    QCOMPARE(text::phoneKey(QStringLiteral("０９０－１２３４－５６７８")), QStringLiteral("09012345678"));
    QCOMPARE(text::phoneKey(QStringLiteral("(090) 1234 5678")), QStringLiteral("09012345678"));
    QCOMPARE(text::phoneKey(QStringLiteral("+81-90-1234-5678")), QStringLiteral("+819012345678"));
}

void TestNormalizer::kanaReading()
{
    QVERIFY(text::isKanaReading(QStringLiteral("やまだ たろう")));
    QVERIFY(text::isKanaReading(QStringLiteral("ヤマダ　タロウ")));
    QVERIFY(text::isKanaReading(QStringLiteral("ﾔﾏﾀﾞ")));
    QVERIFY(!text::isKanaReading(QStringLiteral("山田")));
    QVERIFY(!text::isKanaReading(QStringLiteral("yamada")));
}

QTEST_GUILESS_MAIN(TestNormalizer)
#include "tst_normalizer.moc"
