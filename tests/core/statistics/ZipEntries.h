// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tsunagu::test {

// The files inside a ZIP archive (an .xlsx), inflated; empty when the archive
// cannot be read. Enough for tests: stored and deflated entries only.
QMap<QString, QByteArray> zipEntries(const QByteArray &zip);

} // namespace tsunagu::test
