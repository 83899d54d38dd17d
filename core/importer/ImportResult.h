// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer/ColumnMapping.h"
#include "importer/ImportKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace tsunagu::importer {

// One row that was not imported, or was already present, and why.
struct RowIssue {
    int line = 0;
    QString reason;
    qint64 existingId = 0; // the record already present, when there is one
};

// A data row of the file as read, with its problem (empty when it was fine),
// kept for the reject report.
struct ReportRow {
    int line = 0;
    QStringList fields;
    QString problem;
};

// What an import did, or would do (dry run). Nothing was written unless
// `committed`: an import is all-or-nothing.
struct ImportResult {
    ImportKind kind = ImportKind::Clients;
    Encoding encoding = Encoding::Utf8;
    bool dryRun = false;
    bool committed = false;

    QStringList header;
    QList<ColumnInfo> columns;
    QStringList notices; // unknown columns, defaults that were applied

    int dataRows = 0; // rows of the file, the header and blank rows left out
    int blankRows = 0;
    int accepted = 0; // imported, or would be in a dry run
    int alreadyPresent = 0; // matched an existing record and were left alone
    QList<RowIssue> rejected;
    QList<RowIssue> present;

    std::vector<ReportRow> rows;

    bool hasRejections() const { return !rejected.isEmpty(); }
};

} // namespace tsunagu::importer
