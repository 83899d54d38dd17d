// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace tsunagu {

// One correction of a record (APPI Art. 34): the values before and after, who
// changed them, when and why.
struct Revision {
    qint64 id = 0;
    QString entity;        // table name, e.g. "clients", "consultations"
    qint64 entityId = 0;
    qint64 at = 0;         // ms since the epoch (UTC)
    qint64 staffId = 0;
    QString staffName;
    QString reason;
    QJsonObject oldValues; // column → previous value (null when it was empty)
    QJsonObject newValues; // column → value written
};

} // namespace tsunagu
