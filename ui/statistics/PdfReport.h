// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "statistics/Report.h"

#include <QByteArray>

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
class PdfReport
{
public:
    static Result<QByteArray> render(const statistics::Report &report);
};

} // namespace tsunagu::ui
