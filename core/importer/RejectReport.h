// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/ImportResult.h"

#include <QByteArray>
#include <QString>

namespace tsunagu::importer {

// The file a person fixes and imports again: every row of the imported file,
// in order, with its original columns and one more, "Import problem", that
// says why a row was rejected (empty for rows that were fine). Because an
// import is all-or-nothing, fixing the marked rows of this one file and
// importing it brings everything in; the problem column is recognised and
// left out on that import. UTF-8 with a byte-order mark and CRLF, so that
// Excel opens it as it is; every cell neutralised against formula injection.
class RejectReport
{
public:
    static QByteArray toCsv(const ImportResult &result);
    // Written through a temporary file renamed into place.
    static Status write(const ImportResult &result, const QString &path);
    // The header of the problem column.
    static QString problemHeader();
};

} // namespace tsunagu::importer
