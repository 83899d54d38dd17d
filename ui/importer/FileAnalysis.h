// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/CsvReader.h"
#include "importer/ImportKind.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tsunagu::ui {

// A first look at a CSV file for the wizard, as the import will read it: the
// encoding (detected or chosen), the header and the first rows. Reads no
// database; run on a worker thread (a file may be tens of megabytes).
struct FileAnalysis {
    static constexpr int previewRows = 20;

    QString path;
    importer::Encoding choice = importer::Encoding::Auto; // what was asked
    importer::Encoding encoding = importer::Encoding::Utf8; // what the file is read as
    bool hadBom = false;
    qint64 bytes = 0;
    QStringList header;
    int headerLine = 0;
    std::vector<importer::CsvRecord> rows; // the first data rows, blank ones left out

    static Result<FileAnalysis> read(const QString &path, importer::Encoding choice);
};

} // namespace tsunagu::ui
