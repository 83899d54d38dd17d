// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace tsunagu::demo {

// The partner agencies of the demo network, of the kinds DOMAIN.md names:
// Hello Work offices and the other public bodies carry their real naming
// pattern (ハローワーク福岡中央, 福岡県難病相談支援センター, 福岡障害者職業
// センター, 久留米市社会福祉協議会 …); hospitals, employers, transition-support
// offices and patient groups are invented names. The list is fixed: the same
// in every demo database.
class AgencyBank
{
public:
    struct Entry {
        QString name;
        AgencyKind kind = AgencyKind::Other;
        int prefecture = 0; // index into PlaceBank::prefectures()
        QString municipality;
        QString contactName;
    };

    static const AgencyBank &instance();
    const QList<Entry> &entries() const { return m_entries; }

private:
    AgencyBank();
    QList<Entry> m_entries;
};

} // namespace tsunagu::demo
