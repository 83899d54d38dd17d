// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consultation.h"
#include "importer/ClientIndex.h"
#include "importer/RowImporter.h"

#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace tsunagu::importer {

// Rows of a consultation log. The client is found by the ID the client list
// gave them (相談者ID) or by name or reading and birth date; the staff member
// by name (担当者), else the acting staff member. Checked by
// ConsultationRepository::validate and written by ConsultationRepository::create.
// A consultation is already present when the same client has one at the same
// time, on the same channel, with the same notes.
class ConsultationRows final : public RowImporter
{
public:
    using RowImporter::RowImporter;

    Status prepare() override;
    RowOutcome check(const SourceRow &row) override;
    Status write() override;
    QStringList notices() const override;

private:
    std::optional<qint64> findClient(const SourceRow &row, QStringList &reasons) const;

    ClientIndex m_clients;
    QHash<QString, qint64> m_staffByName;
    QHash<QString, int> m_inFile;
    std::optional<QSqlQuery> m_existing;
    Consultation m_pending;
    int m_kindDefaulted = 0;
};

} // namespace tsunagu::importer
