// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Report.h"

#include <QByteArray>

namespace tsunagu::statistics {

// The report as JSON for programs: codes next to labels, suppressed counts as
// null, margins only where the table shows them.
class JsonExport
{
public:
    static constexpr int formatVersion = 1;
    static QByteArray render(const Report &report);
};

} // namespace tsunagu::statistics
