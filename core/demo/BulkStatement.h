// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::demo {

// A prepared statement run directly through SQLite's C API on the calling
// thread's connection of a Database (the same connection, and so the same
// transaction, as QtSql's). For the bulk writes of the demo generator only:
// binding and stepping without QVariant and UTF-16 round trips is several
// times faster for millions of rows. Values are always bound, never spliced.
class BulkStatement
{
public:
    static Result<BulkStatement> prepare(const storage::Database &db, const char *sql);

    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) noexcept;
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    ~BulkStatement();

    // Parameters are numbered from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, const QByteArray &utf8);
    void bind(int index, const QString &text); // empty text binds '' (not NULL)
    void bindNull(int index);
    void bindOptional(int index, const QString &text); // empty text binds NULL
    void bindOptional(int index, std::optional<qint64> value);

    // Runs the statement and resets it; returns the last inserted rowid.
    Result<qint64> run();
    // Runs a query: true while there is a row to read with the column getters.
    Result<bool> step();
    void reset();
    qint64 columnInt(int column) const;
    QString columnText(int column) const;

    // An SQLite error of a connection as a core error.
    static Error errorOf(sqlite3 *db);

private:
    BulkStatement(sqlite3 *db, sqlite3_stmt *statement)
        : m_db(db)
        , m_statement(statement)
    { }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace tsunagu::demo
