// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Revision.h"

#include <QList>
#include <QString>

namespace tsunagu {

// The corrections kept for every record (PRIVACY.md rule 11): what the UI's
// "history" shows. Read-only; the rows are written by storage::RecordStore.
class RevisionHistory
{
public:
    explicit RevisionHistory(const Session &session) : m_session(session) {}

    // The corrections of one record, e.g. ("consultations", 12); newest first.
    Result<QList<Revision>> forRecord(const QString &table, qint64 id) const;
    // Every correction of the client's record and of the records about them
    // (consultations, cases, conditions, contacts, referrals …); newest first.
    Result<QList<Revision>> forClient(qint64 clientId) const;

private:
    Session m_session;
};

} // namespace tsunagu
