// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace tsunagu::search {

// Turns consultation notes (and queries) into the tokens of the note index.
//
// Japanese has no spaces between words and SQLite's trigram tokenizer cannot
// find 2-character words (就労, 復職, 通院), so the index holds character
// bigrams instead: every pair of neighbouring characters inside a run of
// non-ASCII letters and digits ("合理的配慮" → 合理 理的 的配 配慮), plus ASCII
// words whole. Any query of two or more characters is then an AND of its
// bigrams, and a note containing the query always holds all of them.
//
// Text is folded first, as text::searchKey folds names (NFKC: half-width kana
// to full width and full-width ASCII to ASCII; katakana to hiragana; case
// folded), but spaces and punctuation are kept as word boundaries.
//
// The tokens of a text must never change for a given `version`: the index is
// contentless, and removing a note means handing SQLite the same tokens again.
// Change the rules → bump `version` → NoteIndex rebuilds the index.
class NoteTokenizer
{
public:
    static constexpr int version = 1;
    // Longer ASCII words are cut to this length (in the index and in queries alike).
    static constexpr int maxAsciiWord = 32;

    // The folded form of a text. Keeps the length of the input whenever the
    // input holds no character that NFKC would expand or merge (all ordinary
    // Japanese and ASCII text), so positions can be mapped back.
    static QString fold(QStringView text);

    // The distinct tokens of an already folded text, bigrams first, in a fixed
    // order.
    static QStringList tokensOfFolded(QStringView folded);
    // What the index stores for a text: its distinct tokens, separated by spaces.
    static QString indexText(QStringView text);

    // True for a character that belongs to a bigram run (non-ASCII letter or digit,
    // the prolonged sound mark, the iteration marks).
    static bool isRunCharacter(char32_t c);
    // ASCII letters and digits (the only ASCII characters SQLite's 'ascii'
    // tokenizer keeps in a token).
    static bool isAsciiWordCharacter(char32_t c)
    {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }
};

} // namespace tsunagu::search
