// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

#include <optional>

namespace tsunagu {

// 指定難病: the notification numbers of the designated intractable diseases.
namespace designated {
inline constexpr int firstNumber = 1;
inline constexpr int lastNumber = 341; // the catalogue as of 2024
inline constexpr int otherNumber = 999; // designated, but not (yet) in the catalogue
inline constexpr bool isValidNumber(int n)
{
    return (n >= firstNumber && n <= lastNumber) || n == otherNumber;
}
} // namespace designated

// A health condition of a client (要配慮個人情報: saved only after the
// client's consent to record health information, PRIVACY.md rule 9).
struct Condition {
    qint64 id = 0;
    qint64 clientId = 0;
    DiseaseGroup diseaseGroup = DiseaseGroup::OtherChronic;
    std::optional<int> designatedNumber; // 指定難病 number, when it is one
    QString designatedName;
    QString note;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace tsunagu
