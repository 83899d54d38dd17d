// SPDX-License-Identifier: GPL-3.0-or-later
#include "PhraseBank.h"

#include "demo/DemoRandom.h"

namespace tsunagu::demo {

namespace {

// Slots: {A} the Hello Work office, {G} another agency, {F} a family member,
// {N} a small number, {M} a month, {D} the person's condition, {S} who sent them.
const char *const openers = R"(体調は比較的安定しており、表情も明るかった。
前回の面談以降、通院は月に1回のペースで続いている。
ここ{N}週間ほど倦怠感が強く、日中横になることが多いとのこと。
服薬の調整中で、午前中は集中しにくい日があると話された。
{F}から電話があり、本人の様子について相談を受けた。
主治医からは軽作業であれば就労可能との意見が出ている。
{D}の症状は落ち着いているが、疲れやすさが続いている。
睡眠のリズムが整い、生活リズム表も継続して記録できている。
先月の検査結果が良好で、本人も前向きな様子。
通院日と仕事の両立に不安があるとのこと。
{D}の治療を続けながら働きたいという希望を改めて確認した。
季節の変わり目で体調を崩しやすく、無理をしないよう話した。)";

const char *const intake = R"(初回相談。{S}からの紹介で来所された。
初回相談。{F}が先に電話で相談し、今回本人が来所された。
初回のオンライン面談。治療と仕事の両立について相談したいとのこと。
初回相談。{D}と診断されて{N}年が経ち、今後の働き方を考えたいとのこと。)";

// One list per Topic, in the order of the enum.
const char *const topics[] = {
    // JobSearch
    R"(求人票の見方を確認し、通院との両立がしやすい事務職を中心に探すことにした。
{A}の専門援助部門で障害者求人を{N}件検討した。
履歴書と職務経歴書を一緒に作成し、病気の伝え方を整理した。
短時間勤務から始められる就労先を希望されている。
模擬面接を行い、配慮事項の説明を練習した。
応募先の面接日程が決まり、当日の服装と持ち物を確認した。
一般雇用と障害者雇用のそれぞれの働き方について説明した。
就労に向けて、週{N}日・1日4時間程度から始める計画を立てた。)",
    // ReturnToWork
    R"(休職期間の満了が{M}月末に迫っており、復職の時期について話し合った。
産業医面談に向けて、復職後の勤務時間や業務内容の希望を整理した。
リワークプログラムの利用を検討しており、情報提供を行った。
主治医の復職可能の診断書が出る見込みで、会社の人事担当者と調整を始める。
試し出勤の期間と段階的な勤務時間の延長について確認した。
復職への不安が強く、まずは生活リズムを整えることを目標にした。)",
    // Retention
    R"(就職して{N}か月が経過し、職場にも慣れてきたとのこと。
定着支援として職場訪問を行い、上司と本人の三者で面談した。
業務量が増えて疲労がたまっているため、上司への相談の仕方を一緒に考えた。
通院のための休暇が取りやすく、職場の理解があると話された。
定着状況の確認のため電話連絡。大きな問題はなく勤務を継続している。)",
    // TreatmentWorkBalance
    R"(治療と仕事の両立について、勤務日と通院日の調整方法を確認した。
両立支援プランの作成に向けて、主治医意見書の様式を説明した。
治療の副作用で欠勤が続いており、働き方の見直しを検討している。
通院は平日の午前中が多く、時間単位の有給休暇を活用している。
{D}の通院と勤務の両立のため、シフトの固定を希望している。)",
    // Accommodation
    R"(合理的配慮として、時差出勤と休憩時間の確保を会社に依頼する方向で整理した。
職場に求める合理的配慮の内容を、本人と一緒に書き出した。
合理的配慮の申し出について、伝える範囲と伝え方を相談した。
在宅勤務の併用について人事担当者と話し合うことになった。
座って作業できる環境や通院のための休暇など、必要な配慮を確認した。)",
    // DisclosureAtWork
    R"(病名を職場にどこまで伝えるか迷っており、開示と非開示それぞれの利点を整理した。
上司にのみ病気のことを伝え、同僚には伝えない方針とした。
オープン就労とクローズ就労の違いについて説明した。)",
    // Benefits
    R"(傷病手当金の支給期間と申請手続きを説明した。
障害年金の申請について社会保険労務士への相談を勧めた。
難病医療費助成の更新手続きの時期を確認した。
自立支援医療の利用について情報提供した。
失業給付の受給期間延長の手続きについて案内した。)",
    // DisabilityCertificate
    R"(障害者手帳の取得について、メリットと手続きの流れを説明した。
精神障害者保健福祉手帳の更新時期が近いことを確認した。
手帳の等級変更について主治医に相談するよう勧めた。)",
    // Living
    R"(生活費の不安が大きく、生活困窮者自立相談窓口の利用を提案した。
家賃の支払いが滞りがちで、住居確保給付金について説明した。
家計の見直しを一緒に行い、固定費の削減を検討した。)",
    // Family
    R"({F}が同席し、家族としての関わり方について相談を受けた。
家族の理解が得られず、一人で抱え込んでいる様子がうかがえた。
子育てと治療、仕事の両立について不安を話された。)",
    // MentalHealth
    R"(気分の落ち込みが続き、眠れない日があるとのこと。
不安が強い時の対処方法を一緒に確認した。
カウンセリングの継続を勧め、次回の受診時に主治医へ伝えることにした。)",
    // Training
    R"(職業訓練（事務系コース）の受講について説明し、説明会への参加を勧めた。
パソコン操作の練習としてExcelの基礎講座を受講している。
就労移行支援事業所の見学日程を調整した。)",
    // Medical
    R"(通院先の医療ソーシャルワーカーと連絡を取ることについて本人の同意を確認した。
次回の通院時に就労についての主治医の意見を確認してもらう。
入院の予定があり、退院後に改めて面談することとした。
{D}の定期検査の結果を見て、勤務時間を決めたいとのこと。)",
    // Other
    R"(近況の確認のため連絡した。特に変わりはないとのこと。
{G}での手続きが済んだとの報告があった。)",
};

const char *const closers = R"(本人のペースを尊重しながら支援を続ける。
次回までに体調の記録を続けてもらうことにした。
無理のない範囲で取り組むことを確認した。
本人の希望を優先し、焦らず進めていく。)";

const char *const next = R"(次回は{N}週間後に面談予定。
{A}への同行を調整する。
主治医の意見を確認後、再度連絡する。
求人情報を{N}件送付する。
{M}月の定着確認で職場訪問を予定。
本人からの連絡を待つ。
ケース会議で支援方針を共有する（本人同意済み）。
合理的配慮の依頼文案を作成して次回確認する。
復職判定の結果を確認する。
{G}の担当者に状況を確認する。
就労に向けた生活リズム表を次回持参してもらう。
通院後の体調を電話で確認する。)";

const char *const uncommon = R"(人工透析のため週3回の通院が必要で、勤務日数の調整が課題となっている。
障害者トライアル雇用の制度について説明した。)";

const char *const rare = R"(ジョブコーチの派遣について{A}と相談することにした。)";

const char *const families[] = { "母", "父", "夫", "妻", "姉", "兄", "妹", "弟", "娘", "息子" };
const char *const sources[] = { "病院の医療ソーシャルワーカー", "{A}の専門援助部門", "難病相談支援センター", "家族",
    "主治医", "患者会", "ホームページ", "地域包括支援センター" };

QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

const PhraseBank &PhraseBank::instance()
{
    static const PhraseBank bank;
    return bank;
}

PhraseBank::PhraseBank()
    : m_openers(lines(openers))
    , m_intake(lines(intake))
    , m_closers(lines(closers))
    , m_next(lines(next))
    , m_uncommon(lines(uncommon))
    , m_rare(lines(rare))
{
    static_assert(std::size(topics) == enumCount<Topic>());
    for (const char *t : topics)
        m_byTopic.append(lines(t));
}

QString PhraseBank::expand(DemoRandom &random, const QString &phrase, const Context &context) const
{
    if (!phrase.contains(QLatin1Char('{')))
        return phrase;
    QString out;
    out.reserve(phrase.size() + 16);
    for (qsizetype i = 0; i < phrase.size(); ++i) {
        const QChar c = phrase.at(i);
        if (c != QLatin1Char('{') || i + 2 >= phrase.size() || phrase.at(i + 2) != QLatin1Char('}')) {
            out.append(c);
            continue;
        }
        switch (phrase.at(i + 1).unicode()) {
        case u'A':
            out.append(context.helloWork);
            break;
        case u'G':
            out.append(context.agency);
            break;
        case u'F':
            out.append(QString::fromUtf8(families[random.below(static_cast<int>(std::size(families)))]));
            break;
        case u'N':
            out.append(QString::number(random.between(2, 6)));
            break;
        case u'M':
            out.append(QString::number(random.between(1, 12)));
            break;
        case u'D':
            out.append(context.disease.isEmpty() ? QStringLiteral("持病") : context.disease);
            break;
        case u'S':
            out.append(expand(
                random, QString::fromUtf8(sources[random.below(static_cast<int>(std::size(sources)))]), context));
            break;
        default:
            out.append(phrase.mid(i, 3));
            break;
        }
        i += 2;
    }
    return out;
}

QString PhraseBank::pick(DemoRandom &random, const QStringList &list, const Context &context) const
{
    return expand(random, list.at(random.below(static_cast<int>(list.size()))), context);
}

QString PhraseBank::note(DemoRandom &random, const Context &context) const
{
    const int target = random.between(160, 240);
    QString text;
    text.reserve(target + 60);
    if (context.first)
        text += pick(random, m_intake, context);
    text += pick(random, m_openers, context);

    QList<int> topicList;
    context.topics.forEach([&](Topic t) { topicList.append(static_cast<int>(t)); });
    if (topicList.isEmpty())
        topicList.append(static_cast<int>(Topic::Other));
    if (random.chance(0.002))
        text += pick(random, m_uncommon, context);
    if (random.chance(0.0002))
        text += pick(random, m_rare, context);
    // Each topic once, then more about the topics until the note is long enough.
    QStringList used;
    for (int round = 0; round < 4 && (round == 0 || text.size() < target); ++round) {
        for (int topic : std::as_const(topicList)) {
            if (round > 0 && text.size() >= target)
                break;
            const QStringList &phrases = m_byTopic.at(topic);
            const QString &phrase = phrases.at(random.below(static_cast<int>(phrases.size())));
            if (used.contains(phrase))
                continue;
            used << phrase;
            text += expand(random, phrase, context);
        }
    }
    if (text.size() < target)
        text += pick(random, m_closers, context);
    return text;
}

QString PhraseBank::nextSteps(DemoRandom &random, const Context &context) const
{
    return pick(random, m_next, context);
}

} // namespace tsunagu::demo
