// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu::text {

// Limits for free text. Generous for real use, small enough to refuse garbage.
namespace limits {
inline constexpr int name = 100;
inline constexpr int reading = 200;
inline constexpr int shortText = 200;   // municipality, grade, labels
inline constexpr int phone = 30;
inline constexpr int email = 254;
inline constexpr int address = 300;
inline constexpr int note = 20000;      // consultation notes and other long text
} // namespace limits

enum class Lines { Single, Multi };

struct TextRule {
    const char *field;  // column name, reported in Error::field
    const char *label;  // English label, translated in context "tsunagu::Fields"
    int maxLength;
    bool required = false;
    Lines lines = Lines::Single;
};

QString fieldLabel(const char *label);

// Trims, turns CR/LF pairs into LF, and refuses what must not be stored:
// empty required text, text over the limit, control characters (other than
// line breaks and tabs in multi-line fields), unpaired surrogates and
// non-characters. Never stores a refused character silently.
Result<QString> cleanText(QStringView value, const TextRule &rule);
// As cleanText, but an empty optional result when the (optional) value is empty.
Result<std::optional<QString>> cleanOptionalText(QStringView value, const TextRule &rule);

// A calendar date written as YYYY-MM-DD, refused when impossible.
Result<QDate> parseIsoDate(QStringView value, const char *field, const char *label);

// A birth date: real, not in the future, not before 1900.
Status checkBirthDate(QDate date, QDate today);

// A plausible e-mail address (one @, something either side, no spaces).
Status checkEmail(QStringView email);

} // namespace tsunagu::text
