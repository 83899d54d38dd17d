// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "statistics/Report.h"

#include <QByteArray>

namespace tsunagu::statistics {

// The report as an Excel workbook (libxlsxwriter): a metadata sheet first, one
// sheet per table, then the medians and rates. Counts are numbers, suppressed
// counts the marker; every text is written as a string, never as a formula.
class XlsxExport
{
public:
    // libxlsxwriter writes to a path: the workbook is built in a private
    // temporary folder and its bytes returned, so the caller writes the
    // destination through the same atomic save as the other formats.
    static Result<QByteArray> render(const Report &report);
};

} // namespace tsunagu::statistics
