// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <vector>

namespace tsunagu::storage {

// Column values in a fixed order. Column names are constants from the code,
// never from input; values are always bound.
using Row = std::vector<std::pair<QString, QVariant>>;

QVariant nullValue();
template <typename T>
QVariant orNull(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : nullValue();
}

// The shared write path of the repositories: insert and update a row of a
// mutable table, stamping staff and time, keeping the previous values of every
// change in `revisions` (who, when, why) and adding an audit entry. Each call
// is one transaction (a savepoint inside an open one).
class RecordStore
{
public:
    explicit RecordStore(const Session &session) : m_session(session) {}

    // `entity` names the audit action ("client" → "client.create").
    Result<qint64> insert(const QString &table, const QString &entity, const Row &values,
                          std::optional<qint64> clientId) const;

    // Writes only the columns whose value changed. A reason is required: it is
    // what a person reads in the history. Returns the number of changed columns.
    // With expectedVersion, refuses (Conflict) if someone else changed the row.
    Result<int> update(const QString &table, const QString &entity, qint64 id, const Row &values,
                       const QString &reason, std::optional<qint64> clientId,
                       std::optional<int> expectedVersion = std::nullopt) const;

    // Reads columns of one row; NotFound when there is none.
    Result<Row> load(const QString &table, qint64 id, const QStringList &columns) const;

    const Session &session() const { return m_session; }

private:
    Session m_session;
};

} // namespace tsunagu::storage
