// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkStatement.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace tsunagu::demo {

namespace {

sqlite3 *nativeHandle(const storage::Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

} // namespace

Error BulkStatement::errorOf(sqlite3 *db)
{
    // Through the same mapping as every other storage error (disk full, busy …).
    return storage::sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(db))));
}

Result<BulkStatement> BulkStatement::prepare(const storage::Database &db, const char *sql)
{
    sqlite3 *handle = nativeHandle(db);
    if (!handle)
        return fail(ErrorCode::Database, QStringLiteral("not an SQLite connection"));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK)
        return fail(errorOf(handle));
    return BulkStatement(handle, statement);
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{ }

BulkStatement &BulkStatement::operator=(BulkStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_statement);
}

void BulkStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void BulkStatement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(
        m_statement, index, utf8.isNull() ? "" : utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void BulkStatement::bind(int index, const QString &text)
{
    bind(index, text.toUtf8());
}

void BulkStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void BulkStatement::bindOptional(int index, const QString &text)
{
    if (text.isEmpty())
        bindNull(index);
    else
        bind(index, text);
}

void BulkStatement::bindOptional(int index, std::optional<qint64> value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

Result<qint64> BulkStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        Error e = errorOf(m_db);
        sqlite3_reset(m_statement);
        return fail(e);
    }
    sqlite3_reset(m_statement);
    return sqlite3_last_insert_rowid(m_db);
}

Result<bool> BulkStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error e = errorOf(m_db);
    sqlite3_reset(m_statement);
    return fail(e);
}

void BulkStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 BulkStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString BulkStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

} // namespace tsunagu::demo
