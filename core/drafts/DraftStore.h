// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "drafts/Draft.h"

#include <QList>

#include <optional>

namespace tsunagu::drafts {

// Drafts of forms, in the `drafts` table. A draft is a working copy, not a
// record: it is not audited or versioned, it is overwritten on every save and
// deleted once the real record is saved or the person throws it away. Erasing
// a client deletes their drafts (privacy::Erasure).
class DraftStore
{
public:
    explicit DraftStore(const Session &session)
        : m_session(session)
    { }

    // Stores a new draft (id 0) or overwrites the stored one (a draft that was
    // discarded meanwhile is stored again under its id); returns the id. One
    // statement: cheap enough for every pause in typing. Refused when the
    // client has been erased, or when the id is another staff member's draft.
    Result<qint64> save(const Draft &draft) const;

    Result<Draft> get(qint64 id) const;
    // The staff member's drafts, newest first: what to offer back at start-up.
    Result<QList<Draft>> pending(qint64 staffId) const;
    // The staff member's newest draft of `kind` about the client, if any.
    Result<std::optional<Draft>> latest(qint64 staffId, const QString &kind, qint64 clientId) const;
    // Deletes the draft; a draft that is already gone is not an error.
    Status discard(qint64 id) const;

    // The largest payload kept (UTF-8 bytes of its JSON).
    static constexpr int maxPayloadBytes = 1024 * 1024;

private:
    Session m_session;
};

} // namespace tsunagu::drafts
