// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QString>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::statistics {

// The organisation's suppression threshold k (PRIVACY.md rule 13), set once by
// supervisors and kept with the data in the `settings` table, so that the
// desktop application and tsunagu-cli publish with the same k. A k given for
// one run (tsunagu-cli stats --k N) wins for that run and is not stored.
class KSetting
{
public:
    // The key in the settings table.
    static QString key() { return QStringLiteral("statistics/k"); }

    // The stored k, or Anonymizer::defaultK when none is stored. A stored value
    // that is not a whole number of at least Anonymizer::minimumK is an error
    // (Invalid) saying what is stored and how to fix it: it is never replaced
    // by a guess.
    static Result<int> read(const storage::Database &db);
    // Stores k (refused below Anonymizer::minimumK) and leaves an audit entry
    // (who, when, the old and the new value) in the same transaction. Storing
    // the value already stored changes nothing and leaves no entry.
    static Status write(const Session &session, int k);
};

} // namespace tsunagu::statistics
