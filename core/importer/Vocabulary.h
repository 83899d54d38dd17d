// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace tsunagu::importer {

// The words spreadsheets use for the domain's closed vocabularies, in Japanese
// or English, any width or kana: 男/女性/M/F, 来所/電話/オンライン/訪問/同行,
// ハローワーク, 精神/療育 … Each also accepts the stable code ("home_visit") and
// the English label. Nothing here decides what may be stored: the values go
// through the repositories' own validation.
class Vocabulary
{
public:
    static std::optional<Sex> sex(QStringView text);
    static std::optional<CertificateKind> certificateKind(QStringView text);
    static std::optional<EmploymentStatus> employmentStatus(QStringView text);
    static std::optional<AgencyKind> agencyKind(QStringView text);
    static std::optional<Channel> channel(QStringView text);
    static std::optional<ConsultationKind> consultationKind(QStringView text);
    static std::optional<Topic> topic(QStringView text);

    // Words that mean "not recorded" in a sheet: 不明, 未回答, 無回答, 未記入, N/A.
    static bool meansUnknown(QStringView text);
    // A lone dash (-, －, ー, ―) that a sheet uses for an empty cell.
    static bool isPlaceholder(QStringView text);

    // 東京 → 東京都, 大阪 → 大阪府, ｶﾅｶﾞﾜ is not: only a missing 都/道/府/県 is added.
    static QString completePrefecture(QStringView text);

    // Minutes from 90, 90分, 1時間, 1時間30分, 1:30, 1.5時間, 90min.
    static std::optional<int> minutes(QStringView text);

    // The values accepted for a vocabulary, for messages: "来所, 電話, …".
    static QString examples(QStringView vocabulary);
};

} // namespace tsunagu::importer
