// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFormat.h"

#include <QFileInfo>

namespace tsunagu::statistics {

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (n == QLatin1String("json"))
        return ExportFormat::Json;
    if (n == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromPath(const QString &path)
{
    return exportFormatFromName(QFileInfo(path).suffix());
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Json: return QStringLiteral("json");
    case ExportFormat::Xlsx: return QStringLiteral("xlsx");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return {};
}

} // namespace tsunagu::statistics
