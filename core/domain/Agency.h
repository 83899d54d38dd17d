// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace tsunagu {

// 連携先 / 関係機関: a partner agency (Hello Work office, hospital, employer …).
struct Agency {
    qint64 id = 0;
    QString name;
    AgencyKind kind = AgencyKind::Other;
    QString prefecture;
    QString municipality;
    QString address;
    QString phone;
    QString email;
    QString contactName; // the person to ask for
    QString note;
    bool active = true;  // inactive agencies stay in history but leave pickers
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace tsunagu
