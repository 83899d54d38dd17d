// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Report.h"

#include <QList>
#include <QString>

#include <utility>

namespace tsunagu::statistics {

// The words every export shares: metadata lines, units, number formats. Kept in
// one place so CSV, XLSX and the desktop screen say the same thing.
class ReportLabels
{
public:
    static QString title();
    static QString totalLabel();
    // (label, value) lines describing the report: period, population, rule, k,
    // legend, generation time, versions.
    static QList<std::pair<QString, QString>> metadataLines(const Report &report);
    static QString unitLabel(Measure::Unit unit);
    // A measure's value as text ("12.5"), or the suppression marker.
    static QString measureValue(const Measure &measure);
    // An instant in Japan time, to the minute: "2026-11-20T10:00+09:00".
    static QString instant(qint64 ms);
    // Column headings of the measures block.
    static QList<QString> measureHeadings();
};

} // namespace tsunagu::statistics
