// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSqlQuery;
class QSqlError;
class QThread;

namespace tsunagu::storage {

// One Tsunagu database file. Opening refuses anything that is not a healthy
// Tsunagu database of this or an older schema, and never changes a refused file.
// Older files are migrated, each step in its own transaction, after a copy of
// the file has been taken.
class Database
{
public:
    // How much of an existing file is checked before it is used.
    enum class IntegrityCheck {
        // PRAGMA integrity_check: reads every page (seconds on a file of a
        // gigabyte). The command line and anything about to rewrite the file.
        Full,
        // Milliseconds whatever the size: the header against the file's length
        // (a truncated copy), the schema, and the first row of every table (their
        // root pages). The application opens this way and runs the full check in
        // the background (integrityCheck()).
        Quick,
    };

    struct Options {
        bool create = true;    // create the file when it does not exist
        bool readOnly = false; // open without ever writing
        IntegrityCheck integrity = IntegrityCheck::Full;
    };

    static constexpr qint32 applicationId = 0x54534E47; // "TSNG"

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path) { return open(path, Options{}); }

    // The file used when no --db is given: the platform's application-data folder.
    static QString defaultPath();
    static int latestSchemaVersion();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The connection of the calling thread (a named connection per thread).
    QSqlDatabase connection() const;
    // Workers call this before their thread ends.
    void releaseThreadConnection() const;

    const QString &path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    bool isReadOnly() const { return m_readOnly; }
    // The copy taken before the last migration ran, or empty.
    const QString &preMigrationCopy() const { return m_preMigrationCopy; }

    // Problems reported by PRAGMA integrity_check; empty when the file is sound.
    // Runs on the calling thread's connection; `keepGoing` is asked every few
    // thousand steps of SQLite's virtual machine, and returning false stops the
    // check with ErrorCode::Cancelled.
    Result<QStringList> integrityCheck(const std::function<bool()> &keepGoing = {}) const;
    // Rewrites the file (VACUUM), leaving no free page with old content;
    // `keepGoing` as for integrityCheck() (a stopped VACUUM changes nothing).
    Status vacuum(const std::function<bool()> &keepGoing = {}) const;
    // A consistent copy while others may be writing (VACUUM INTO).
    Status copyTo(const QString &file) const;
    // Moves the WAL into the main file and truncates it.
    Status checkpoint() const;
    // True when a transaction is open on this thread's connection.
    bool inTransaction() const;

private:
    Database() = default;
    Status configure(QSqlDatabase &db) const;
    Status migrate();

    QString m_path;
    QString m_connectionName;
    QString m_preMigrationCopy;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    QThread *m_ownerThread = nullptr;
};

// A write transaction (BEGIN IMMEDIATE), or a savepoint when one is already open.
// Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
};

// Maps an SQL error to a core error with a message a person understands.
Error sqlError(const QSqlError &error);

// Prepares a statement on this thread's connection.
Result<QSqlQuery> prepare(const Database &db, const QString &sql);
// Executes a prepared statement.
Status exec(QSqlQuery &query);

} // namespace tsunagu::storage
