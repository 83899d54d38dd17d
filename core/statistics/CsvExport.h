// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Report.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tsunagu::statistics {

// The report as one CSV file that Japanese Excel opens correctly: UTF-8 with a
// byte-order mark, CRLF line ends, the metadata block first, then each table
// (title, definition, header, rows, totals), then the measures and the legend.
// Every cell that a spreadsheet would read as a formula (starting with = + - @,
// a tab or a carriage return) is neutralised with a leading apostrophe.
class CsvExport
{
public:
    static QByteArray render(const Report &report);

    // One cell, neutralised against formula injection and quoted when needed.
    static QString cell(const QString &text);
    static QString neutralise(const QString &text);
    static QString line(const QStringList &cells);
};

} // namespace tsunagu::statistics
