// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tsunagu::statistics {

// The file formats of a statistics export. PDF (with charts) needs QtGui and
// Qt Charts, which the core does not link: it is produced by the desktop
// application's statistics screen, and the core refuses it with that message.
enum class ExportFormat { Csv, Json, Xlsx, Pdf };

// "csv", "json", "xlsx", "pdf" (any case); nullopt for anything else.
std::optional<ExportFormat> exportFormatFromName(QStringView name);
// From the extension of a file name.
std::optional<ExportFormat> exportFormatFromPath(const QString &path);
QString exportFormatName(ExportFormat format);

} // namespace tsunagu::statistics
