// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDate>
#include <QString>

namespace tsunagu::test {

// Saves a client through core (never SQL); stops the test program if refused.
qint64 addClient(const Session &session, const QString &name, const QString &reading, QDate birthDate = {},
    bool confidentialAddress = false);

} // namespace tsunagu::test
