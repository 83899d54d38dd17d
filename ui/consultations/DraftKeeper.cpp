// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/DraftKeeper.h"

#include "drafts/DraftStore.h"

namespace tsunagu::ui {

DraftKeeper::DraftKeeper(const Session &session, const QString &kind, qint64 clientId, Payload payload, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
    , m_clientId(clientId)
    , m_payload(std::move(payload))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { static_cast<void>(saveNow()); });
}

void DraftKeeper::changed()
{
    m_dirty = true;
    m_timer.start(); // restarted by every change: written once typing pauses
}

Status DraftKeeper::saveNow()
{
    m_timer.stop();
    if (!m_dirty)
        return {};
    drafts::Draft draft;
    draft.id = m_id;
    draft.kind = m_kind;
    draft.clientId = m_clientId;
    draft.payload = m_payload();
    const Result<qint64> id = drafts::DraftStore(m_session).save(draft);
    if (!id) {
        emit saveFailed(id.error().message);
        return fail(id.error());
    }
    m_id = *id;
    m_dirty = false;
    emit saved(m_session.nowMs());
    return {};
}

Result<std::optional<drafts::Draft>> DraftKeeper::latest() const
{
    return drafts::DraftStore(m_session).latest(m_session.staffId(), m_kind, m_clientId);
}

void DraftKeeper::adopt(const drafts::Draft &draft)
{
    m_timer.stop();
    m_id = draft.id;
    m_dirty = false;
}

Status DraftKeeper::discard()
{
    m_timer.stop();
    m_dirty = false;
    if (m_id == 0)
        return {};
    const qint64 id = std::exchange(m_id, 0);
    return drafts::DraftStore(m_session).discard(id);
}

} // namespace tsunagu::ui
