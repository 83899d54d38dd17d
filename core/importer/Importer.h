// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "importer/ColumnMapping.h"
#include "importer/ImportKind.h"
#include "importer/ImportResult.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace tsunagu::importer {

// Called every few hundred rows with rows done and rows in all; return false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ImportOptions {
    ImportKind kind = ImportKind::Clients;
    Encoding encoding = Encoding::Auto;
    MappingRules mapping; // from a mapping file; wins over the remembered and the header-based mapping
    bool useRememberedMapping = true;
    bool dryRun = false; // check everything, write nothing at all
    ImportProgress progress;
};

// Imports a CSV file as Japanese Excel writes it: decodes it (TextDecoder),
// reads it (CsvReader), maps its columns (ColumnMapping), checks every row with
// the rules of manual entry and finds rows already present (a RowImporter per
// kind), and writes it all in one transaction, or nothing:
//   - a rejected row never stops the others from being checked; every
//     rejected row is reported with its line and reasons;
//   - if any row is rejected, nothing is written;
//   - a dry run writes nothing at all (not even an audit entry or the mapping);
//   - rows already present (same ID in the sheet, or same person) are left
//     as they are and reported, so importing a file twice adds nothing;
//   - a committed import leaves one `import.<kind>` audit entry with the
//     counts (and, for clients, the range of ids it created; agencies and
//     consultations also get their repositories' own entry per record), and
//     remembers the mapping.
// File-level problems (undecodable bytes, no header, a missing column) are
// errors; so are a cancellation and storage failures, after a rollback.
class Importer
{
public:
    explicit Importer(const Session &session)
        : m_session(session)
    { }

    Result<ImportResult> importData(QByteArrayView bytes, const ImportOptions &options) const;
    Result<ImportResult> importFile(const QString &path, const ImportOptions &options) const;

    // Files larger than this are refused (a CSV of 100,000 clients is about 20 MB).
    static constexpr qint64 maxFileBytes = 512LL * 1024 * 1024;
    // Spreadsheets to import have tens of columns; thousands mean something else.
    static constexpr int maxColumns = 1000;

private:
    Session m_session;
};

} // namespace tsunagu::importer
