// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "statistics/Report.h"

#include <QByteArray>
#include <QStringList>

namespace tsunagu::ui {

// The anonymized statistics as a PDF (A4, QPdfWriter) with charts (Qt Charts):
// a first page with what a third party needs to re-check the figures (period,
// population, rule and k, legend, generation time, versions), then one page per
// table with its figures and a bar chart, then the medians and rates.
//
// A chart draws only what its table publishes: rows holding a suppressed count
// are left out of it (and it says so), so no bar ever stands for a hidden count.
// Refuses any report that does not pass statistics::Anonymizer::verify. Write
// the bytes with statistics::ReportExporter::writeRendered (atomic, audited).
// Needs a QApplication (Qt Charts draws through a graphics scene).
//
// Qt's PDF writer compresses its page streams and writes text as glyph ids of
// embedded font subsets, so the text of the PDF cannot be searched in its
// bytes: `drawnText`, when given, receives every string drawn into it (page
// text, table cells, chart labels), for the leakage tests.
class PdfReport
{
public:
    static Result<QByteArray> render(const statistics::Report &report, QStringList *drawnText = nullptr);
};

} // namespace tsunagu::ui
