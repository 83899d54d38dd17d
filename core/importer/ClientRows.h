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
// columns and derived search keys that ClientRepository::create writes (a test
// compares the two). Instead of a `client.create` audit entry per row, which
// costs more than everything else together (45 µs a row), the import's one
// `import.clients` entry names the range of client ids it created: the same
// staff member, instant and act, and the same hash chain.
class ClientRows final : public RowImporter
{
public:
    using RowImporter::RowImporter;

    Status prepare() override;
    RowOutcome check(const SourceRow &row) override;
    Status write() override;
    QJsonObject auditDetail() const override;

private:
    ClientIndex m_existing;
    ClientIndex m_inFile;
    std::optional<QSqlQuery> m_insert;
    Client m_pending;
    QString m_pendingExternalId;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
};

} // namespace tsunagu::importer
