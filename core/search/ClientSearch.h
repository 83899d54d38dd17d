// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Client.h"

#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu {

// Where the next page starts (keyset paging: stable while rows are added).
struct ClientCursor {
    QString kanaKey;
    qint64 id = 0;
};

struct ClientPage {
    QList<ClientSummary> rows;
    std::optional<ClientCursor> next; // empty on the last page
};

struct ClientQuery {
    ClientQuery() = default;
    explicit ClientQuery(QString text_, int limit_ = 50, std::optional<ClientCursor> after_ = std::nullopt)
        : text(std::move(text_)), limit(limit_), after(std::move(after_))
    {
    }

    QString text;                // name or reading, any kana, width or spacing; empty = everyone
    int limit = 50;
    std::optional<ClientCursor> after;
    bool includeStopped = false; // stop-use clients are hidden from work lists
};

// Name and reading search over the normalised columns, sorted by reading.
class ClientSearch
{
public:
    explicit ClientSearch(const storage::Database &db) : m_db(db) {}

    Result<ClientPage> find(const ClientQuery &query) const;

private:
    const storage::Database &m_db;
};

} // namespace tsunagu
