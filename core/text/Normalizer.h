// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::text {

// The search key of a name, a reading or a query, so that カタカナ, ｶﾀｶﾅ and
// かたかな, or "山田 太郎" and "山田太郎", compare equal:
//   NFKC (half-width kana to full width, full-width ASCII to ASCII),
//   katakana to hiragana, spaces and middle dots removed, case folded.
QString searchKey(QStringView input);

// Digits only, for comparing phone numbers written in any width or with hyphens.
QString phoneKey(QStringView input);

// True when the string is a plausible reading: kana (either script), the long
// vowel mark, spaces and middle dots only.
bool isKanaReading(QStringView input);

} // namespace tsunagu::text
