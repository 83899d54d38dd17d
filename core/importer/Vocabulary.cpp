// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include "domain/Prefectures.h"
#include "text/Normalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <initializer_list>
#include <utility>

namespace tsunagu::importer {

namespace {

template <typename E> using Aliases = std::initializer_list<std::pair<const char16_t *, E>>;

// A lookup table from search keys to values, built once: the aliases, every
// value's code and English label.
template <typename E> QHash<QString, E> buildTable(Aliases<E> aliases)
{
    QHash<QString, E> table;
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        table.insert(text::searchKey(toCode(value)), value);
        table.insert(text::searchKey(QString::fromLatin1(EnumTraits<E>::entries[i].label)), value);
    }
    for (const auto &[alias, value] : aliases)
        table.insert(text::searchKey(QStringView(alias)), value);
    return table;
}

template <typename E> std::optional<E> find(const QHash<QString, E> &table, QStringView text)
{
    const auto it = table.constFind(text::searchKey(text));
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

std::optional<Sex> Vocabulary::sex(QStringView text)
{
    static const auto table = buildTable<Sex>({
        { u"男", Sex::Male },
        { u"男性", Sex::Male },
        { u"M", Sex::Male },
        { u"おとこ", Sex::Male },
        { u"女", Sex::Female },
        { u"女性", Sex::Female },
        { u"F", Sex::Female },
        { u"おんな", Sex::Female },
        { u"その他", Sex::Other },
        { u"他", Sex::Other },
        { u"X", Sex::Other },
    });
    return find(table, text);
}

std::optional<CertificateKind> Vocabulary::certificateKind(QStringView text)
{
    static const auto table = buildTable<CertificateKind>({
        { u"なし", CertificateKind::None },
        { u"無し", CertificateKind::None },
        { u"無", CertificateKind::None },
        { u"手帳なし", CertificateKind::None },
        { u"身体", CertificateKind::Physical },
        { u"身体障害者手帳", CertificateKind::Physical },
        { u"身障", CertificateKind::Physical },
        { u"身体手帳", CertificateKind::Physical },
        { u"精神", CertificateKind::Mental },
        { u"精神障害者保健福祉手帳", CertificateKind::Mental },
        { u"精神保健福祉手帳", CertificateKind::Mental },
        { u"精神手帳", CertificateKind::Mental },
        { u"療育", CertificateKind::Intellectual },
        { u"療育手帳", CertificateKind::Intellectual },
        { u"知的", CertificateKind::Intellectual },
        { u"愛の手帳", CertificateKind::Intellectual },
        { u"みどりの手帳", CertificateKind::Intellectual },
    });
    return find(table, text);
}

std::optional<EmploymentStatus> Vocabulary::employmentStatus(QStringView text)
{
    using S = EmploymentStatus;
    static const auto table = buildTable<S>({
        { u"無職", S::Unemployed },
        { u"求職中", S::Unemployed },
        { u"離職中", S::Unemployed },
        { u"未就労", S::Unemployed },
        { u"一般就労", S::OpenEmployment },
        { u"一般雇用", S::OpenEmployment },
        { u"就労中", S::OpenEmployment },
        { u"在職中", S::OpenEmployment },
        { u"会社員", S::OpenEmployment },
        { u"正社員", S::OpenEmployment },
        { u"パート", S::OpenEmployment },
        { u"アルバイト", S::OpenEmployment },
        { u"契約社員", S::OpenEmployment },
        { u"派遣", S::OpenEmployment },
        { u"障害者雇用", S::DisabilityEmployment },
        { u"障害者枠", S::DisabilityEmployment },
        { u"A型", S::ShelteredA },
        { u"就労継続支援A型", S::ShelteredA },
        { u"B型", S::ShelteredB },
        { u"就労継続支援B型", S::ShelteredB },
        { u"休職", S::SickLeave },
        { u"休職中", S::SickLeave },
        { u"自営", S::SelfEmployed },
        { u"自営業", S::SelfEmployed },
        { u"フリーランス", S::SelfEmployed },
        { u"学生", S::Student },
        { u"在学中", S::Student },
        { u"その他", S::Other },
    });
    return find(table, text);
}

std::optional<AgencyKind> Vocabulary::agencyKind(QStringView text)
{
    using K = AgencyKind;
    static const auto table = buildTable<K>({
        { u"ハローワーク", K::HelloWork },
        { u"公共職業安定所", K::HelloWork },
        { u"職業安定所", K::HelloWork },
        { u"HW", K::HelloWork },
        { u"難病相談支援センター", K::IntractableDiseaseCenter },
        { u"難病相談センター", K::IntractableDiseaseCenter },
        { u"難病センター", K::IntractableDiseaseCenter },
        { u"障害者就業・生活支援センター", K::EmploymentLifeSupportCenter },
        { u"就業・生活支援センター", K::EmploymentLifeSupportCenter },
        { u"なかぽつ", K::EmploymentLifeSupportCenter },
        { u"地域障害者職業センター", K::VocationalCenter },
        { u"障害者職業センター", K::VocationalCenter },
        { u"職業センター", K::VocationalCenter },
        { u"就労移行支援事業所", K::TransitionSupport },
        { u"就労移行支援", K::TransitionSupport },
        { u"就労移行", K::TransitionSupport },
        { u"生活困窮者自立相談窓口", K::LivelihoodSupport },
        { u"生活困窮者自立相談支援窓口", K::LivelihoodSupport },
        { u"自立相談支援機関", K::LivelihoodSupport },
        { u"自立相談", K::LivelihoodSupport },
        { u"病院", K::Hospital },
        { u"医療機関", K::Hospital },
        { u"クリニック", K::Hospital },
        { u"診療所", K::Hospital },
        { u"企業", K::Employer },
        { u"事業主", K::Employer },
        { u"雇用主", K::Employer },
        { u"会社", K::Employer },
        { u"患者会", K::PatientAssociation },
        { u"患者団体", K::PatientAssociation },
        { u"社会福祉協議会", K::SocialWelfareCouncil },
        { u"社協", K::SocialWelfareCouncil },
        { u"弁護士", K::Lawyer },
        { u"法律事務所", K::Lawyer },
        { u"法テラス", K::Lawyer },
        { u"警察", K::Police },
        { u"警察署", K::Police },
        { u"シェルター", K::Shelter },
        { u"市役所", K::MunicipalOffice },
        { u"区役所", K::MunicipalOffice },
        { u"役所", K::MunicipalOffice },
        { u"役場", K::MunicipalOffice },
        { u"町村役場", K::MunicipalOffice },
        { u"自治体", K::MunicipalOffice },
        { u"行政", K::MunicipalOffice },
        { u"その他", K::Other },
    });
    return find(table, text);
}

std::optional<Channel> Vocabulary::channel(QStringView text)
{
    static const auto table = buildTable<Channel>({
        { u"来所", Channel::InPerson },
        { u"来所相談", Channel::InPerson },
        { u"面談", Channel::InPerson },
        { u"対面", Channel::InPerson },
        { u"窓口", Channel::InPerson },
        { u"電話", Channel::Phone },
        { u"電話相談", Channel::Phone },
        { u"TEL", Channel::Phone },
        { u"オンライン", Channel::Online },
        { u"Web", Channel::Online },
        { u"ウェブ", Channel::Online },
        { u"Zoom", Channel::Online },
        { u"ビデオ通話", Channel::Online },
        { u"リモート", Channel::Online },
        { u"メール", Channel::Email },
        { u"Eメール", Channel::Email },
        { u"電子メール", Channel::Email },
        { u"mail", Channel::Email },
        { u"訪問", Channel::HomeVisit },
        { u"家庭訪問", Channel::HomeVisit },
        { u"自宅訪問", Channel::HomeVisit },
        { u"同行", Channel::Accompanied },
        { u"同行支援", Channel::Accompanied },
    });
    return find(table, text);
}

std::optional<ConsultationKind> Vocabulary::consultationKind(QStringView text)
{
    using K = ConsultationKind;
    static const auto table = buildTable<K>({
        { u"スポット", K::OneOff },
        { u"スポット相談", K::OneOff },
        { u"単発", K::OneOff },
        { u"一回", K::OneOff },
        { u"伴走", K::Accompaniment },
        { u"伴走支援", K::Accompaniment },
        { u"継続", K::Accompaniment },
        { u"キャリアコーチング", K::Coaching },
        { u"コーチング", K::Coaching },
    });
    return find(table, text);
}

std::optional<Topic> Vocabulary::topic(QStringView text)
{
    using T = Topic;
    static const auto table = buildTable<T>({
        { u"就職活動", T::JobSearch },
        { u"求職", T::JobSearch },
        { u"仕事探し", T::JobSearch },
        { u"就職", T::JobSearch },
        { u"復職", T::ReturnToWork },
        { u"定着", T::Retention },
        { u"職場定着", T::Retention },
        { u"就労継続", T::Retention },
        { u"両立", T::TreatmentWorkBalance },
        { u"治療と仕事の両立", T::TreatmentWorkBalance },
        { u"合理的配慮", T::Accommodation },
        { u"配慮", T::Accommodation },
        { u"病気の開示", T::DisclosureAtWork },
        { u"開示", T::DisclosureAtWork },
        { u"職場への説明", T::DisclosureAtWork },
        { u"制度", T::Benefits },
        { u"福祉制度", T::Benefits },
        { u"社会保障", T::Benefits },
        { u"手当", T::Benefits },
        { u"年金", T::Benefits },
        { u"障害者手帳", T::DisabilityCertificate },
        { u"手帳", T::DisabilityCertificate },
        { u"生活", T::Living },
        { u"生活費", T::Living },
        { u"家計", T::Living },
        { u"家族", T::Family },
        { u"メンタルヘルス", T::MentalHealth },
        { u"メンタル", T::MentalHealth },
        { u"職業訓練", T::Training },
        { u"訓練", T::Training },
        { u"医療", T::Medical },
        { u"通院", T::Medical },
        { u"受診", T::Medical },
        { u"その他", T::Other },
    });
    return find(table, text);
}

bool Vocabulary::meansUnknown(QStringView text)
{
    static const QStringList words = [] {
        QStringList w;
        for (const char16_t *s : { u"不明", u"未回答", u"無回答", u"未記入", u"回答なし", u"N/A", u"NA", u"unknown" })
            w << text::searchKey(QStringView(s));
        return w;
    }();
    return words.contains(text::searchKey(text));
}

bool Vocabulary::isPlaceholder(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.size() == 1
        && (t.front() == u'-' || t.front() == u'－' || t.front() == u'ー' || t.front() == u'―' || t.front() == u'—'
            || t.front() == u'‐' || t.front() == u'ｰ');
}

QString Vocabulary::completePrefecture(QStringView text)
{
    const QString name = text.trimmed().toString().normalized(QString::NormalizationForm_KC);
    if (name.isEmpty() || isPrefecture(name))
        return name;
    for (const char16_t *suffix : { u"都", u"道", u"府", u"県" }) {
        const QString candidate = name + QString::fromUtf16(suffix);
        if (isPrefecture(candidate))
            return candidate;
    }
    return name;
}

std::optional<int> Vocabulary::minutes(QStringView text)
{
    const QString s = text::searchKey(text);
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression plain(QStringLiteral("^(\\d{1,4})(?:分|min|mins|minutes|m)?$"));
    static const QRegularExpression hours(
        QStringLiteral("^(\\d{1,2}(?:\\.\\d+)?)(?:時間|h|hours?)(?:(\\d{1,2})(?:分|min|m)?)?$"));
    static const QRegularExpression clock(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    if (auto m = plain.match(s); m.hasMatch())
        return m.captured(1).toInt();
    if (auto m = hours.match(s); m.hasMatch())
        return static_cast<int>(m.captured(1).toDouble() * 60 + 0.5) + m.captured(2).toInt();
    if (auto m = clock.match(s); m.hasMatch())
        return m.captured(1).toInt() * 60 + m.captured(2).toInt();
    return std::nullopt;
}

QString Vocabulary::examples(QStringView vocabulary)
{
    if (vocabulary == u"sex")
        return QStringLiteral("男, 女, その他 (M, F)");
    if (vocabulary == u"channel")
        return QStringLiteral("来所, 電話, オンライン, メール, 訪問, 同行");
    if (vocabulary == u"consultation_kind")
        return QStringLiteral("スポット相談, 伴走支援, キャリアコーチング");
    if (vocabulary == u"certificate_kind")
        return QStringLiteral("なし, 身体, 精神, 療育");
    if (vocabulary == u"employment_status")
        return QStringLiteral("無職, 一般就労, 障害者雇用, A型, B型, 休職中, 自営, 学生, その他");
    if (vocabulary == u"agency_kind")
        return QStringLiteral(
            "ハローワーク, 難病相談支援センター, 障害者就業・生活支援センター, 地域障害者職業センター, "
            "就労移行支援事業所, 自立相談支援機関, 病院, 企業, 患者会, 社会福祉協議会, 弁護士, 警察, "
            "シェルター, 市役所, その他");
    if (vocabulary == u"topic")
        return QStringLiteral("就職活動, 復職, 定着, 両立, 合理的配慮, 開示, 制度, 手帳, 生活, 家族, メンタル, 訓練, "
                              "医療, その他");
    return {};
}

} // namespace tsunagu::importer
