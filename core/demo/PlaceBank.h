// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tsunagu::demo {

class DemoRandom;

// Where synthetic clients live: the demo office is in Fukuoka, so most come
// from Fukuoka and the rest of Kyushu, some from the large cities elsewhere.
// The prefectures listed here carry real municipalities; people from the other
// prefectures (moved away, or commuting) have a prefecture only.
class PlaceBank
{
public:
    struct Prefecture {
        QString name; // as in tsunagu::prefectures()
        QString shortName; // 福岡 (for agency names)
        int weight = 0; // relative share of the clients
        QStringList municipalities;
        QStringList helloWorkOffices; // the place names of its Hello Work offices
    };

    static const PlaceBank &instance();

    const QList<Prefecture> &prefectures() const { return m_prefectures; }
    // An index into prefectures(), or -1 for one of the prefectures not listed.
    int drawPrefecture(DemoRandom &random) const;
    // A prefecture that is not listed here (by its name).
    QString drawOtherPrefecture(DemoRandom &random) const;
    // A plausible street address inside a municipality (chome, block, number).
    QString drawAddress(DemoRandom &random, const QString &municipality) const;

private:
    PlaceBank();

    QList<Prefecture> m_prefectures;
    QList<int> m_weights; // the last one stands for every prefecture not listed
    QStringList m_others;
    QStringList m_towns;
};

} // namespace tsunagu::demo
