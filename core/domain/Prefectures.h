// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace tsunagu {

// The 47 prefectures of Japan, in the official (JIS X 0401) order.
const QStringList &prefectures();
bool isPrefecture(const QString &name);

} // namespace tsunagu
