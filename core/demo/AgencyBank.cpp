// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgencyBank.h"

#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "demo/PlaceBank.h"

namespace tsunagu::demo {

namespace {

// 福岡市中央区 → 福岡中央, 久留米市 → 久留米, 千代田区 → 千代田, 粕屋町 → 粕屋
QString shortPlace(const QString &municipality)
{
    const qsizetype city = municipality.indexOf(QChar(u'市'));
    if (city > 0 && city + 1 < municipality.size())
        return municipality.left(city) + municipality.mid(city + 1).chopped(1);
    return municipality.chopped(1);
}

// 福岡市中央区 → 福岡市 (the city that runs the council and the welfare desk)
QString cityOf(const QString &municipality)
{
    const qsizetype city = municipality.indexOf(QChar(u'市'));
    return city > 0 ? municipality.left(city + 1) : municipality;
}

QString officeOf(const QString &municipality)
{
    if (municipality.endsWith(QChar(u'町')))
        return municipality + QStringLiteral("役場 福祉課");
    if (municipality.endsWith(QChar(u'区')))
        return municipality + QStringLiteral("役所 保健福祉課");
    return municipality + QStringLiteral("役所 障がい福祉課");
}

const char16_t *const transitionBrands[] = { u"ステップ", u"ひだまり", u"あゆみ", u"みらい", u"リンク", u"はばたき" };
const char16_t *const businesses[]
    = { u"物流", u"食品", u"システム", u"印刷", u"製作所", u"ケアサービス", u"商事", u"電機", u"建設", u"フーズ" };
const char16_t *const welfareCorporations[] = { u"ひかり会", u"めぐみ会", u"つばさ福祉会", u"さくら会" };

} // namespace

const AgencyBank &AgencyBank::instance()
{
    static const AgencyBank bank;
    return bank;
}

AgencyBank::AgencyBank()
{
    DemoRandom random(0x5453'4E47'4147ull); // fixed: the directory is the same in every demo
    const NameBank &names = NameBank::instance();
    const auto contact
        = [&]() { return names.person(random, random.chance(0.6) ? Sex::Female : Sex::Male, 1975).family; };
    const auto add = [&](QString name, AgencyKind kind, int prefecture, QString municipality = {}) {
        m_entries.append({ std::move(name), kind, prefecture, std::move(municipality), contact() });
    };

    const auto &prefectures = PlaceBank::instance().prefectures();
    for (int p = 0; p < prefectures.size(); ++p) {
        const PlaceBank::Prefecture &pref = prefectures.at(p);
        for (const QString &office : pref.helloWorkOffices)
            add(QStringLiteral("ハローワーク") + office, AgencyKind::HelloWork, p);
        add(pref.name + QStringLiteral("難病相談支援センター"), AgencyKind::IntractableDiseaseCenter, p);
        add(pref.shortName + QStringLiteral("障害者職業センター"), AgencyKind::VocationalCenter, p);
        add(pref.name + QStringLiteral("配偶者暴力相談支援センター"), AgencyKind::Shelter, p);
        add(pref.shortName + QStringLiteral("中央警察署"), AgencyKind::Police, p);
        add(pref.shortName + QStringLiteral("中央法律事務所"), AgencyKind::Lawyer, p);
        add(QStringLiteral("法テラス") + pref.shortName, AgencyKind::Lawyer, p);
        add(pref.shortName + QStringLiteral("IBD患者会"), AgencyKind::PatientAssociation, p);
        add(pref.name + QStringLiteral("パーキンソン病友の会"), AgencyKind::PatientAssociation, p);
        add(QStringLiteral("難病ピアサポートの会") + pref.shortName, AgencyKind::PatientAssociation, p);

        QStringList cities;
        for (int m = 0; m < pref.municipalities.size(); ++m) {
            const QString &municipality = pref.municipalities.at(m);
            const QString place = shortPlace(municipality);
            const QString city = cityOf(municipality);
            if (!cities.contains(city)) {
                cities << city;
                add(city + QStringLiteral("社会福祉協議会"), AgencyKind::SocialWelfareCouncil, p, city);
                add(city + QStringLiteral("生活自立相談窓口"), AgencyKind::LivelihoodSupport, p, city);
            }
            add(officeOf(municipality), AgencyKind::MunicipalOffice, p, municipality);
            if (m % 2 == 0)
                add(QStringLiteral("障害者就業・生活支援センター") + place, AgencyKind::EmploymentLifeSupportCenter, p,
                    municipality);
            add(place + QStringLiteral("中央病院"), AgencyKind::Hospital, p, municipality);
            if (m % 2 == 1)
                add(place + QStringLiteral("こころのクリニック"), AgencyKind::Hospital, p, municipality);
            add(QStringLiteral("就労移行支援事業所 ") + QString::fromUtf16(transitionBrands[m % 6]) + place,
                AgencyKind::TransitionSupport, p, municipality);
            add(QStringLiteral("株式会社") + place + QString::fromUtf16(businesses[(m * 3 + p) % 10]),
                AgencyKind::Employer, p, municipality);
            add(QStringLiteral("株式会社") + place + QString::fromUtf16(businesses[(m * 7 + p + 1) % 10]),
                AgencyKind::Employer, p, municipality);
            if (m % 3 == 0)
                add(QStringLiteral("社会福祉法人") + place + QString::fromUtf16(welfareCorporations[(m + p) % 4]),
                    AgencyKind::Employer, p, municipality);
        }
    }
}

} // namespace tsunagu::demo
