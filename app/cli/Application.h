// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "statistics/Report.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace tsunagu::cli {

// Whether this tsunagu-cli draws PDF reports: only when it was built with the
// desktop front end (TSUNAGU_GUI=ON), whose report library (tsunagu_reports:
// QtGui, Qt Widgets, Qt Charts) it then links.
bool canDrawPdf();
// The one line that says so, in a build that cannot.
QString pdfUnavailableMessage();

// Whether the command line asks `stats` for a PDF (--format pdf, or no
// --format and an --out ending in .pdf), read from the raw arguments before any
// application object exists. Defined with the stats command.
bool statsWritesPdf(const QStringList &arguments);

// The application object for this command line. When the command draws (stats
// to PDF, in a build that can draw) a QApplication, on the offscreen platform
// unless QT_QPA_PLATFORM names another (set before it is created): no window
// system is needed, so scheduled reports run from cron or over ssh. Otherwise
// a QCoreApplication, so every other command stays as light as before.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

// The anonymized report as a PDF, drawn by the desktop application's report
// (ui::PdfReport). Needs the QApplication createApplication made for it; in a
// build without the desktop front end it fails with the message that points
// to the desktop application.
Result<QByteArray> drawPdf(const statistics::Report &report);

} // namespace tsunagu::cli
