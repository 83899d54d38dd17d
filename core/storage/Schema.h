// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace tsunagu::storage::schema {

// Numbered, cumulative migrations: element i brings a file from schema i to i + 1.
// Each runs in one transaction. Never edit a released migration; add a new one.
const std::vector<QStringList> &migrations();

} // namespace tsunagu::storage::schema
