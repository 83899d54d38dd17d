// SPDX-License-Identifier: GPL-3.0-or-later
#include "Report.h"

namespace tsunagu::statistics {

const Table *Report::table(const QString &id) const
{
    for (const Table &t : tables) {
        if (t.id() == id)
            return &t;
    }
    return nullptr;
}

Table *Report::table(const QString &id)
{
    for (Table &t : tables) {
        if (t.id() == id)
            return &t;
    }
    return nullptr;
}

} // namespace tsunagu::statistics
