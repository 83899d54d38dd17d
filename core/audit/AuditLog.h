// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tsunagu::audit {

// One event: who (the session's staff member), when (its clock), what. Refers
// to people by id only; `detail` must never hold personal data (names, notes,
// addresses), so an erasure leaves nothing of the person here.
struct AuditEntry {
    QString action;                 // e.g. "client.create", "disclosure.refused"
    QString entity;                 // table name, or empty
    std::optional<qint64> entityId;
    std::optional<qint64> clientId;
    QJsonObject detail;
};

struct ChainReport {
    qint64 entriesChecked = 0;
    std::optional<qint64> firstBrokenId; // set when the chain is broken
    QString problem;                     // what is wrong at that entry
    bool intact() const { return !firstBrokenId.has_value(); }
};

// Append-only, hash-chained log (table audit_log): each entry's hash covers the
// previous entry's hash and its own fields, so altering or removing an entry
// breaks every link after it.
class AuditLog
{
public:
    explicit AuditLog(const Session &session) : m_session(session) {}

    Status append(const AuditEntry &entry) const;

    // Walks the whole chain; reports the first entry whose link does not hold.
    static Result<ChainReport> verify(const storage::Database &db);

private:
    Session m_session;
};

} // namespace tsunagu::audit
