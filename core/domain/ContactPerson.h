// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace tsunagu {

// 家族・関係者: a family member or other contact of a client. Often the first
// to consult. Telling them anything is a disclosure (PRIVACY.md).
struct ContactPerson {
    qint64 id = 0;
    qint64 clientId = 0;
    QString name;
    QString nameKana;
    Relationship relationship = Relationship::Other;
    QString phone;
    QString email;
    QString note;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace tsunagu
