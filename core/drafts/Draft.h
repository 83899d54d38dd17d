// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tsunagu::drafts {

// What a draft is a draft of: a stable code stored with it.
inline const QString consultationDraft = QStringLiteral("consultation");

// Typed but not yet saved: the fields of a form as the person left them, kept
// in the database so that a crash or a closed window loses nothing (UI.md).
// The payload's shape belongs to the form that wrote it.
struct Draft {
    qint64 id = 0; // 0: not stored yet
    qint64 staffId = 0; // whose draft; 0 = the session's staff member
    QString kind; // e.g. consultationDraft
    std::optional<qint64> clientId; // the person it is about, if any
    qint64 updatedAt = 0; // set by DraftStore::save()
    QJsonObject payload;
};

} // namespace tsunagu::drafts
