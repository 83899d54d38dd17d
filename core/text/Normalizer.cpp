// SPDX-License-Identifier: GPL-3.0-or-later
#include "Normalizer.h"

namespace tsunagu::text {

namespace {
bool isKatakanaToFold(char16_t c)
{
    // ァ (U+30A1) … ヶ (U+30F6) have hiragana counterparts 0x60 below.
    return c >= 0x30A1 && c <= 0x30F6;
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'・' || c == u'･' || c == u'‐' || c == u'-';
}
} // namespace

QString searchKey(QStringView input)
{
    const QString nfkc = input.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (isSeparator(c))
            continue;
        const char16_t u = c.unicode();
        if (isKatakanaToFold(u))
            out.append(QChar(static_cast<char16_t>(u - 0x60)));
        else
            out.append(c);
    }
    // Voiced marks that NFKC left separate (e.g. from half-width input) recombine.
    return out.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString phoneKey(QStringView input)
{
    const QString nfkc = input.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    for (QChar c : nfkc) {
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue()));
        else if (c == u'+' && out.isEmpty())
            out.append(c);
    }
    return out;
}

bool isKanaReading(QStringView input)
{
    for (QChar c : input) {
        const char16_t u = c.unicode();
        const bool hiragana = u >= 0x3041 && u <= 0x309F;
        const bool katakana = u >= 0x30A0 && u <= 0x30FF;
        const bool halfKatakana = u >= 0xFF65 && u <= 0xFF9F;
        if (!(hiragana || katakana || halfKatakana || c.isSpace() || u == 0x3000))
            return false;
    }
    return true;
}

} // namespace tsunagu::text
