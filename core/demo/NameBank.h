// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace tsunagu::demo {

class DemoRandom;

// Common Japanese family and given names with their readings (katakana), for
// synthetic people. Family names are drawn by how common they are; a few have
// two readings (中島 ナカジマ / ナカシマ), as real ones do. Given names suit the
// decade of birth (茂 and 和子 for the 1950s, 陽翔 and 結衣 for the 2000s).
class NameBank
{
public:
    struct Name {
        QString family;
        QString familyKana;
        QString given;
        QString givenKana;
        QString romaji; // of the family name, for a plausible e-mail address

        QString full() const { return family + QChar(0x3000) + given; }
        QString fullKana() const { return familyKana + QChar(0x3000) + givenKana; }
    };

    static const NameBank &instance();

    // A family name and a given name for someone of `sex` born in `birthYear`.
    Name person(DemoRandom &random, Sex sex, int birthYear) const;
    // A given name for a relative sharing `family` (a parent, a child, a sibling).
    Name relative(DemoRandom &random, const Name &family, Sex sex, int birthYear) const;
    // Staff members of the demo office (unique names).
    QList<Name> staff() const;

    int familyCount() const { return static_cast<int>(m_families.size()); }

private:
    struct Family {
        QString kanji;
        QStringList readings; // the first is the common one
        QString romaji;
        int weight;
    };
    struct Given {
        QString kanji;
        QString kana;
    };

    NameBank();
    Given given(DemoRandom &random, Sex sex, int birthYear) const;

    QList<Family> m_families;
    QList<int> m_familyWeights;
    QList<Given> m_given;
    // Indexes into m_given by [female 0, male 1][born before 1970, 1970–1989, 1990 and later].
    QList<int> m_fitting[2][3];
};

} // namespace tsunagu::demo
