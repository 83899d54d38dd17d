// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteTokenizer.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tsunagu::search {

namespace {

bool isKatakanaToFold(char16_t c)
{
    // ァ (U+30A1) … ヶ (U+30F6) have hiragana counterparts 0x60 below.
    return c >= 0x30A1 && c <= 0x30F6;
}

// Characters whose fold is a one-to-one mapping that NFKC, katakana folding
// and case folding would also produce: ASCII, CJK punctuation, hiragana,
// katakana, the unified ideographs and full-width ASCII. Text made only of
// these (nearly every note) skips Unicode normalisation, which is the costly
// part of folding.
bool isSimple(char16_t c)
{
    if (c < 0x80)
        return true;
    if (c >= 0x4E00 && c <= 0x9FFF)
        return true;
    if (c >= 0x3041 && c <= 0x3096) // hiragana (not the combining or spacing voiced marks)
        return true;
    if (c >= 0x309D && c <= 0x309E) // ゝ ゞ
        return true;
    if (c >= 0x30A1 && c <= 0x30FE) // katakana, ・, ー, ヽ, ヾ
        return true;
    if (c >= 0x3000 && c <= 0x3011) // ideographic space, 、 。 〃 々 〆 〇 and brackets
        return true;
    if (c >= 0x3014 && c <= 0x301F) // more brackets, 〜
        return true;
    return c >= 0xFF01 && c <= 0xFF5E; // full-width ASCII
}

char16_t foldSimple(char16_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        c = static_cast<char16_t>(c - 0xFEE0);
    if (c < 0x80)
        return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 0x20) : c;
    if (c == 0x3000)
        return u' ';
    if (isKatakanaToFold(c))
        return static_cast<char16_t>(c - 0x60);
    return c;
}

QString foldGeneral(QStringView text)
{
    // The same steps as text::searchKey, without dropping separators.
    const QString nfkc = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        const char16_t u = c.unicode();
        out.append(isKatakanaToFold(u) ? QChar(static_cast<char16_t>(u - 0x60)) : c);
    }
    return out.normalized(QString::NormalizationForm_C).toCaseFolded();
}

struct Tokens {
    std::vector<std::uint64_t> bigrams; // (first code point << 32) | second
    std::vector<QStringView> words; // ASCII words (views into the folded text)
};

void collect(QStringView folded, Tokens &out)
{
    out.bigrams.clear();
    out.words.clear();
    char32_t previous = 0; // the previous run character, 0 after a boundary
    qsizetype wordStart = -1;
    for (qsizetype next = 0; next < folded.size();) {
        const qsizetype position = next;
        char32_t c = folded[next++].unicode();
        if (QChar::isHighSurrogate(c) && next < folded.size() && folded[next].isLowSurrogate())
            c = QChar::surrogateToUcs4(static_cast<char16_t>(c), folded[next++].unicode());
        const bool ascii = NoteTokenizer::isAsciiWordCharacter(c);
        if (ascii) {
            if (wordStart < 0)
                wordStart = position;
        } else if (wordStart >= 0) {
            out.words.push_back(
                folded.sliced(wordStart, std::min<qsizetype>(position - wordStart, NoteTokenizer::maxAsciiWord)));
            wordStart = -1;
        }
        if (!ascii && NoteTokenizer::isRunCharacter(c)) {
            if (previous != 0)
                out.bigrams.push_back((std::uint64_t(previous) << 32) | c);
            previous = c;
        } else {
            previous = 0;
        }
    }
    if (wordStart >= 0)
        out.words.push_back(
            folded.sliced(wordStart, std::min<qsizetype>(folded.size() - wordStart, NoteTokenizer::maxAsciiWord)));

    std::sort(out.bigrams.begin(), out.bigrams.end());
    out.bigrams.erase(std::unique(out.bigrams.begin(), out.bigrams.end()), out.bigrams.end());
    std::sort(out.words.begin(), out.words.end(), [](QStringView a, QStringView b) { return a.compare(b) < 0; });
    out.words.erase(std::unique(out.words.begin(), out.words.end()), out.words.end());
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(static_cast<char16_t>(c)));
    }
}

void appendBigram(QString &out, std::uint64_t key)
{
    appendCodePoint(out, static_cast<char32_t>(key >> 32));
    appendCodePoint(out, static_cast<char32_t>(key & 0xFFFFFFFFu));
}

} // namespace

bool NoteTokenizer::isRunCharacter(char32_t c)
{
    return c >= 0x80 && QChar::isLetterOrNumber(c);
}

QString NoteTokenizer::fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isSimple(c))
            return foldGeneral(text);
        dst[i] = foldSimple(c);
    }
    return out;
}

QStringList NoteTokenizer::tokensOfFolded(QStringView folded)
{
    Tokens tokens;
    collect(folded, tokens);
    QStringList out;
    out.reserve(static_cast<qsizetype>(tokens.bigrams.size() + tokens.words.size()));
    for (std::uint64_t key : tokens.bigrams) {
        QString bigram;
        appendBigram(bigram, key);
        out << bigram;
    }
    for (QStringView word : tokens.words)
        out << word.toString();
    return out;
}

QString NoteTokenizer::indexText(QStringView text)
{
    const QString folded = fold(text);
    thread_local Tokens tokens;
    collect(folded, tokens);
    QString out;
    out.reserve(static_cast<qsizetype>(tokens.bigrams.size() * 3 + tokens.words.size() * 8));
    for (std::uint64_t key : tokens.bigrams) {
        if (!out.isEmpty())
            out.append(u' ');
        appendBigram(out, key);
    }
    for (QStringView word : tokens.words) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(word);
    }
    return out;
}

} // namespace tsunagu::search
