// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaceBank.h"

#include "demo/DemoRandom.h"
#include "domain/Prefectures.h"

namespace tsunagu::demo {

namespace {

struct PrefectureSource {
    const char *name;
    const char *shortName;
    int weight;
    const char *municipalities; // space separated
    const char *helloWork; // space separated
};

const PrefectureSource sources[] = {
    { "福岡県", "福岡", 440,
        "福岡市中央区 福岡市博多区 福岡市東区 福岡市南区 福岡市西区 福岡市城南区 福岡市早良区 北九州市小倉北区 "
        "北九州市小倉南区 北九州市八幡西区 北九州市八幡東区 北九州市戸畑区 北九州市門司区 北九州市若松区 久留米市 "
        "飯塚市 "
        "大牟田市 春日市 大野城市 筑紫野市 糸島市 宗像市 太宰府市 古賀市 福津市 直方市 田川市 柳川市 八女市 筑後市 "
        "行橋市 小郡市 朝倉市 那珂川市 粕屋町 志免町",
        "福岡中央 福岡東 福岡南 福岡西 小倉 八幡 若松 久留米 飯塚 大牟田 直方 田川 行橋 八女 朝倉" },
    { "佐賀県", "佐賀", 60, "佐賀市 唐津市 鳥栖市 伊万里市 武雄市 小城市 鹿島市 神埼市", "佐賀 唐津 武雄 鳥栖" },
    { "熊本県", "熊本", 80,
        "熊本市中央区 熊本市東区 熊本市西区 熊本市南区 熊本市北区 八代市 天草市 玉名市 合志市 菊池市 宇城市 荒尾市",
        "熊本 八代 菊池 玉名 天草" },
    { "長崎県", "長崎", 40, "長崎市 佐世保市 諫早市 大村市 島原市", "長崎 佐世保 諫早" },
    { "大分県", "大分", 40, "大分市 別府市 中津市 佐伯市 日田市", "大分 別府 中津" },
    { "山口県", "山口", 30, "下関市 山口市 宇部市 周南市", "下関 山口 宇部" },
    { "千葉県", "千葉", 70,
        "千葉市中央区 千葉市花見川区 千葉市稲毛区 千葉市若葉区 千葉市緑区 千葉市美浜区 船橋市 松戸市 市川市 柏市 "
        "市原市 八千代市 習志野市 佐倉市 浦安市",
        "千葉 船橋 松戸 市川 柏" },
    { "東京都", "東京", 70,
        "千代田区 新宿区 世田谷区 杉並区 練馬区 大田区 足立区 江戸川区 板橋区 品川区 八王子市 町田市 府中市 調布市",
        "飯田橋 新宿 渋谷 池袋 八王子" },
    { "大阪府", "大阪", 40, "大阪市北区 大阪市中央区 大阪市淀川区 堺市堺区 東大阪市 豊中市 吹田市 高槻市 枚方市",
        "梅田 大阪東 堺 布施" },
    { "神奈川県", "神奈川", 30, "横浜市中区 横浜市港北区 川崎市中原区 相模原市中央区 藤沢市 横須賀市",
        "横浜 川崎 相模原 藤沢" },
};
constexpr int otherPrefecturesWeight = 100;

const char *const towns
    = "本町 中央 栄町 旭町 緑町 東町 西町 南町 北町 新町 元町 若葉 桜台 松原 大手町 駅前 城南 天神 日の出町 平和 "
      "春日 高宮 白金 清水 大橋 住吉 浜町 港町 宮前 青葉台";

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

const PlaceBank &PlaceBank::instance()
{
    static const PlaceBank bank;
    return bank;
}

PlaceBank::PlaceBank()
    : m_towns(words(towns))
{
    QStringList listed;
    for (const PrefectureSource &s : sources) {
        m_prefectures.append({ QString::fromUtf8(s.name), QString::fromUtf8(s.shortName), s.weight,
            words(s.municipalities), words(s.helloWork) });
        m_weights.append(s.weight);
        listed << QString::fromUtf8(s.name);
    }
    m_weights.append(otherPrefecturesWeight);
    for (const QString &p : tsunagu::prefectures()) {
        if (!listed.contains(p))
            m_others << p;
    }
}

int PlaceBank::drawPrefecture(DemoRandom &random) const
{
    const int i = random.weighted(std::span<const int>(m_weights.cbegin(), m_weights.cend()));
    return i == m_prefectures.size() ? -1 : i;
}

QString PlaceBank::drawOtherPrefecture(DemoRandom &random) const
{
    return m_others.at(random.below(static_cast<int>(m_others.size())));
}

QString PlaceBank::drawAddress(DemoRandom &random, const QString &municipality) const
{
    QString address = municipality + m_towns.at(random.below(static_cast<int>(m_towns.size())))
        + QStringLiteral("%1丁目%2-%3").arg(random.between(1, 5)).arg(random.between(1, 30)).arg(random.between(1, 20));
    if (random.chance(0.35))
        address += QStringLiteral(" %1%2号室")
                       .arg(random.chance(0.5) ? QStringLiteral("コーポ") : QStringLiteral("ハイツ"))
                       .arg(random.between(1, 5) * 100 + random.between(1, 8));
    return address;
}

} // namespace tsunagu::demo
