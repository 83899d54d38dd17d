// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "importer/ClientIndex.h"
#include "importer/RowImporter.h"

#include <QSqlQuery>

#include <optional>

namespace tsunagu::importer {

// Rows of a client list. Checked by ClientRepository::validate, the rules of
// manual entry. Written in bulk through one prepared statement (the import of
// 100,000 rows has to take seconds, not minutes), each row with the same
// columns, derived search keys and `client.create` audit entry that
// ClientRepository::create writes; a test compares the two.
class ClientRows final : public RowImporter
{
public:
    using RowImporter::RowImporter;

    Status prepare() override;
    RowOutcome check(const SourceRow &row) override;
    Status write() override;

private:
    ClientIndex m_existing;
    ClientIndex m_inFile;
    std::optional<QSqlQuery> m_insert;
    Client m_pending;
    QString m_pendingExternalId;
};

} // namespace tsunagu::importer
