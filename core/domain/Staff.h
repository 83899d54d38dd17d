// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace tsunagu {

// A member of the organisation's staff (colleagues are never "recipients").
struct Staff {
    qint64 id = 0;
    QString name;
    StaffRole role = StaffRole::Coordinator;
    bool active = true;
};

} // namespace tsunagu
