// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

namespace tsunagu {

namespace storage {
class Database;
}

// Who is acting, on which database, at what time. Every service takes one, so
// every write is stamped with a staff member and a time from an injectable clock.
class Session
{
public:
    Session(const storage::Database &db, qint64 staffId, const Clock &clock = Clock::system())
        : m_db(&db), m_clock(&clock), m_staffId(staffId)
    {
    }

    const storage::Database &db() const { return *m_db; }
    const Clock &clock() const { return *m_clock; }
    qint64 staffId() const { return m_staffId; }
    qint64 nowMs() const { return m_clock->nowMs(); }

private:
    const storage::Database *m_db;
    const Clock *m_clock;
    qint64 m_staffId;
};

} // namespace tsunagu
