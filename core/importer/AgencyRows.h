// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agency.h"
#include "importer/RowImporter.h"

#include <QHash>
#include <QMultiHash>

namespace tsunagu::importer {

// Rows of an agency list, checked by AgencyRepository::validate and written by
// AgencyRepository::create (lists of agencies are short). An agency is the same
// as a known one when it has the same ID in the sheet, or the same name in any
// width or kana. A row without a kind is imported as "Other agency".
class AgencyRows final : public RowImporter
{
public:
    using RowImporter::RowImporter;

    Status prepare() override;
    RowOutcome check(const SourceRow &row) override;
    Status write() override;
    QStringList notices() const override;

private:
    struct Known {
        qint64 id = 0; // agency id, or a line of the file
        QString externalId;
    };
    QHash<QString, Known> m_byExternalId;
    QMultiHash<QString, Known> m_byName;
    QHash<QString, Known> m_inFileById;
    QHash<QString, Known> m_inFileByName;
    Agency m_pending;
    QString m_pendingExternalId;
    int m_kindDefaulted = 0;
};

} // namespace tsunagu::importer
