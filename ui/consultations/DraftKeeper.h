// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "drafts/Draft.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace tsunagu::ui {

// Keeps a form's draft in the database (drafts::DraftStore) while a person
// types: written delayMs after the last change, overwriting the same draft
// each time, so that a crash loses at most the last half second.
class DraftKeeper : public QObject
{
    Q_OBJECT

public:
    static constexpr int delayMs = 500;
    using Payload = std::function<QJsonObject()>;

    // `payload` gives the form's fields at the moment of writing.
    DraftKeeper(
        const Session &session, const QString &kind, qint64 clientId, Payload payload, QObject *parent = nullptr);

    // The stored draft, or 0.
    qint64 draftId() const { return m_id; }
    // Changed since the draft was last written.
    bool isDirty() const { return m_dirty; }

    // Something changed: written delayMs after the last change.
    void changed();
    // Writes at once when anything changed since the last write.
    Status saveNow();
    // The newest stored draft of this kind about the client, by the session's staff member.
    Result<std::optional<drafts::Draft>> latest() const;
    // Goes on with `draft` (restored into the form): later writes overwrite it.
    void adopt(const drafts::Draft &draft);
    // Deletes the stored draft and forgets the changes not yet written.
    Status discard();

signals:
    // Written at `at` (ms since the epoch).
    void saved(qint64 at);
    // Could not be written; tried again on the next change.
    void saveFailed(const QString &message);

private:
    Session m_session;
    QString m_kind;
    qint64 m_clientId;
    Payload m_payload;
    QTimer m_timer;
    qint64 m_id = 0;
    bool m_dirty = false;
};

} // namespace tsunagu::ui
