// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameBank.h"

#include "demo/DemoRandom.h"

namespace tsunagu::demo {

namespace {

// kanji|reading[,other reading]|romaji — roughly in order of frequency.
const char *const families = R"(佐藤|サトウ|sato
鈴木|スズキ|suzuki
高橋|タカハシ|takahashi
田中|タナカ|tanaka
伊藤|イトウ|ito
渡辺|ワタナベ|watanabe
山本|ヤマモト|yamamoto
中村|ナカムラ|nakamura
小林|コバヤシ|kobayashi
加藤|カトウ|kato
吉田|ヨシダ|yoshida
山田|ヤマダ|yamada
佐々木|ササキ|sasaki
山口|ヤマグチ|yamaguchi
松本|マツモト|matsumoto
井上|イノウエ|inoue
木村|キムラ|kimura
林|ハヤシ|hayashi
斎藤|サイトウ|saito
清水|シミズ|shimizu
山崎|ヤマザキ,ヤマサキ|yamazaki
森|モリ|mori
池田|イケダ|ikeda
橋本|ハシモト|hashimoto
阿部|アベ|abe
石川|イシカワ|ishikawa
山下|ヤマシタ|yamashita
中島|ナカジマ,ナカシマ|nakajima
石井|イシイ|ishii
小川|オガワ|ogawa
前田|マエダ|maeda
岡田|オカダ|okada
長谷川|ハセガワ|hasegawa
藤田|フジタ|fujita
後藤|ゴトウ|goto
近藤|コンドウ|kondo
村上|ムラカミ|murakami
遠藤|エンドウ|endo
青木|アオキ|aoki
坂本|サカモト|sakamoto
斉藤|サイトウ|saito
福田|フクダ|fukuda
太田|オオタ|ota
西村|ニシムラ|nishimura
藤井|フジイ|fujii
金子|カネコ|kaneko
岡本|オカモト|okamoto
藤原|フジワラ|fujiwara
中野|ナカノ|nakano
三浦|ミウラ|miura
原田|ハラダ|harada
中川|ナカガワ|nakagawa
松田|マツダ|matsuda
竹内|タケウチ|takeuchi
小野|オノ|ono
田村|タムラ|tamura
中山|ナカヤマ|nakayama
和田|ワダ|wada
石田|イシダ|ishida
森田|モリタ|morita
上田|ウエダ|ueda
原|ハラ|hara
内田|ウチダ|uchida
柴田|シバタ|shibata
酒井|サカイ|sakai
宮崎|ミヤザキ|miyazaki
横山|ヨコヤマ|yokoyama
高木|タカギ|takagi
安藤|アンドウ|ando
宮本|ミヤモト|miyamoto
大野|オオノ|ono
小島|コジマ|kojima
谷口|タニグチ|taniguchi
今井|イマイ|imai
工藤|クドウ|kudo
高田|タカダ|takada
増田|マスダ|masuda
丸山|マルヤマ|maruyama
杉山|スギヤマ|sugiyama
村田|ムラタ|murata
大塚|オオツカ|otsuka
新井|アライ|arai
小山|コヤマ|koyama
平野|ヒラノ|hirano
藤本|フジモト|fujimoto
河野|コウノ,カワノ|kono
上野|ウエノ|ueno
野口|ノグチ|noguchi
武田|タケダ|takeda
松井|マツイ|matsui
千葉|チバ|chiba
岩崎|イワサキ|iwasaki
菅原|スガワラ|sugawara
木下|キノシタ|kinoshita
久保|クボ|kubo
佐野|サノ|sano
野村|ノムラ|nomura
松尾|マツオ|matsuo
市川|イチカワ|ichikawa
菊地|キクチ|kikuchi
古賀|コガ|koga
江口|エグチ|eguchi
白石|シライシ|shiraishi
永田|ナガタ|nagata
吉村|ヨシムラ|yoshimura
平田|ヒラタ|hirata
宮原|ミヤハラ|miyahara
中園|ナカゾノ|nakazono
鶴田|ツルタ|tsuruta
末永|スエナガ|suenaga)";

// kanji|reading|f or m|eras
const char *const givenNames = R"(花子|ハナコ|f|O
幸子|サチコ|f|O
和子|カズコ|f|O
洋子|ヨウコ|f|O
京子|キョウコ|f|O
恵子|ケイコ|f|O
典子|ノリコ|f|O
陽子|ヨウコ|f|OM
紀子|ノリコ|f|OM
順子|ジュンコ|f|OM
純子|ジュンコ|f|OM
裕子|ユウコ|f|OM
直美|ナオミ|f|OM
由美子|ユミコ|f|OM
久美子|クミコ|f|OM
明美|アケミ|f|OM
智子|トモコ|f|OM
真理子|マリコ|f|OM
真由美|マユミ|f|M
恵美|エミ|f|M
美穂|ミホ|f|M
香織|カオリ|f|M
沙織|サオリ|f|M
美香|ミカ|f|M
理恵|リエ|f|M
亜希子|アキコ|f|M
由佳|ユカ|f|M
美紀|ミキ|f|M
優子|ユウコ|f|MY
愛|アイ|f|MY
彩|アヤ|f|MY
麻衣|マイ|f|MY
舞|マイ|f|MY
千尋|チヒロ|f|MY
綾香|アヤカ|f|MY
早紀|サキ|f|MY
瞳|ヒトミ|f|MY
詩織|シオリ|f|MY
遥|ハルカ|f|Y
美咲|ミサキ|f|Y
結衣|ユイ|f|Y
陽菜|ヒナ|f|Y
葵|アオイ|f|Y
さくら|サクラ|f|Y
七海|ナナミ|f|Y
美月|ミヅキ|f|Y
真央|マオ|f|Y
奈々|ナナ|f|Y
萌|モエ|f|Y
杏|アン|f|Y
茂|シゲル|m|O
清|キヨシ|m|O
進|ススム|m|O
実|ミノル|m|O
勝|マサル|m|O
豊|ユタカ|m|O
博|ヒロシ|m|O
一郎|イチロウ|m|O
太郎|タロウ|m|O
浩|ヒロシ|m|OM
隆|タカシ|m|OM
修|オサム|m|OM
誠|マコト|m|OM
健一|ケンイチ|m|OM
浩二|コウジ|m|OM
雄一|ユウイチ|m|OM
英樹|ヒデキ|m|OM
康弘|ヤスヒロ|m|OM
学|マナブ|m|M
剛|ツヨシ|m|M
聡|サトシ|m|M
徹|トオル|m|M
悟|サトル|m|M
秀樹|ヒデキ|m|M
正樹|マサキ|m|M
哲也|テツヤ|m|M
慎一|シンイチ|m|M
貴之|タカユキ|m|M
直樹|ナオキ|m|M
和也|カズヤ|m|M
達也|タツヤ|m|M
健|ケン|m|M
大輔|ダイスケ|m|MY
健太|ケンタ|m|MY
拓也|タクヤ|m|MY
俊介|シュンスケ|m|MY
圭介|ケイスケ|m|MY
祐介|ユウスケ|m|MY
智也|トモヤ|m|MY
亮|リョウ|m|MY
翔太|ショウタ|m|Y
勇気|ユウキ|m|Y
大樹|ダイキ|m|Y
翔|ショウ|m|Y
蓮|レン|m|Y
悠斗|ユウト|m|Y
陽翔|ハルト|m|Y
颯太|ソウタ|m|Y
大和|ヤマト|m|Y
湊|ミナト|m|Y)";

const char eras[] = "OMY";

int eraIndex(int birthYear)
{
    if (birthYear < 1970)
        return 0;
    return birthYear < 1990 ? 1 : 2;
}

} // namespace

const NameBank &NameBank::instance()
{
    static const NameBank bank;
    return bank;
}

NameBank::NameBank()
{
    const QStringList familyLines = QString::fromUtf8(families).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < familyLines.size(); ++i) {
        const QStringList f = familyLines.at(i).split(QLatin1Char('|'));
        // Zipf-like: the most common names are drawn far more often.
        const int weight = static_cast<int>(10000 / (i + 8));
        m_families.append({ f.at(0), f.at(1).split(QLatin1Char(',')), f.at(2), weight });
        m_familyWeights.append(weight);
    }
    for (const QString &line : QString::fromUtf8(givenNames).split(QLatin1Char('\n'))) {
        const QStringList g = line.split(QLatin1Char('|'));
        const bool female = g.at(2) == QLatin1String("f");
        for (int era = 0; era < 3; ++era) {
            if (g.at(3).contains(QLatin1Char(eras[era])))
                m_fitting[female ? 0 : 1][era].append(static_cast<int>(m_given.size()));
        }
        m_given.append({ g.at(0), g.at(1) });
    }
}

NameBank::Given NameBank::given(DemoRandom &random, Sex sex, int birthYear) const
{
    // "Other": a name of either list.
    const bool female = sex == Sex::Other ? random.chance(0.5) : sex == Sex::Female;
    const QList<int> &fitting = m_fitting[female ? 0 : 1][eraIndex(birthYear)];
    return m_given.at(fitting.at(random.below(static_cast<int>(fitting.size()))));
}

NameBank::Name NameBank::person(DemoRandom &random, Sex sex, int birthYear) const
{
    const Family &f
        = m_families.at(random.weighted(std::span<const int>(m_familyWeights.cbegin(), m_familyWeights.cend())));
    // The second reading, where there is one, for about a third of the people.
    const QString reading = f.readings.size() > 1 && random.chance(0.3) ? f.readings.at(1) : f.readings.at(0);
    const Given g = given(random, sex, birthYear);
    return { f.kanji, reading, g.kanji, g.kana, f.romaji };
}

NameBank::Name NameBank::relative(DemoRandom &random, const Name &family, Sex sex, int birthYear) const
{
    const Given g = given(random, sex, birthYear);
    return { family.family, family.familyKana, g.kanji, g.kana, family.romaji };
}

QList<NameBank::Name> NameBank::staff() const
{
    // Fixed, so that staff are the same in every demo database.
    return {
        { QStringLiteral("中村"), QStringLiteral("ナカムラ"), QStringLiteral("由美"), QStringLiteral("ユミ"),
            QStringLiteral("nakamura") },
        { QStringLiteral("古賀"), QStringLiteral("コガ"), QStringLiteral("真理子"), QStringLiteral("マリコ"),
            QStringLiteral("koga") },
        { QStringLiteral("松尾"), QStringLiteral("マツオ"), QStringLiteral("健太"), QStringLiteral("ケンタ"),
            QStringLiteral("matsuo") },
        { QStringLiteral("井上"), QStringLiteral("イノウエ"), QStringLiteral("香織"), QStringLiteral("カオリ"),
            QStringLiteral("inoue") },
        { QStringLiteral("田中"), QStringLiteral("タナカ"), QStringLiteral("誠"), QStringLiteral("マコト"),
            QStringLiteral("tanaka") },
        { QStringLiteral("白石"), QStringLiteral("シライシ"), QStringLiteral("美穂"), QStringLiteral("ミホ"),
            QStringLiteral("shiraishi") },
        { QStringLiteral("江口"), QStringLiteral("エグチ"), QStringLiteral("直樹"), QStringLiteral("ナオキ"),
            QStringLiteral("eguchi") },
        { QStringLiteral("吉村"), QStringLiteral("ヨシムラ"), QStringLiteral("彩"), QStringLiteral("アヤ"),
            QStringLiteral("yoshimura") },
        { QStringLiteral("平田"), QStringLiteral("ヒラタ"), QStringLiteral("智子"), QStringLiteral("トモコ"),
            QStringLiteral("hirata") },
        { QStringLiteral("永田"), QStringLiteral("ナガタ"), QStringLiteral("大輔"), QStringLiteral("ダイスケ"),
            QStringLiteral("nagata") },
        { QStringLiteral("宮原"), QStringLiteral("ミヤハラ"), QStringLiteral("恵子"), QStringLiteral("ケイコ"),
            QStringLiteral("miyahara") },
        { QStringLiteral("鶴田"), QStringLiteral("ツルタ"), QStringLiteral("聡"), QStringLiteral("サトシ"),
            QStringLiteral("tsuruta") },
    };
}

} // namespace tsunagu::demo
