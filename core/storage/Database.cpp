// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>

namespace tsunagu::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::storage::Database", text);
}

constexpr int busyTimeoutMs = 5000;

std::atomic<int> s_connectionCounter{0};

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// The first 16 bytes of every SQLite 3 file.
constexpr char sqliteMagic[] = "SQLite format 3";

enum class FileKind { Missing, Empty, Sqlite, NotSqlite, Unreadable };

FileKind sniff(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return FileKind::Missing;
    if (!info.isFile())
        return FileKind::NotSqlite;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileKind::Unreadable;
    if (file.size() == 0)
        return FileKind::Empty;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return FileKind::NotSqlite;
    return FileKind::Sqlite;
}

// A database in a folder that cannot be written (a read-only share, a CD): in
// WAL mode SQLite must create the -shm file beside it even to read, unless the
// file is opened as immutable, which is right when no write-ahead log with
// unsaved pages is there to be read (SQLite's wal.html, "read-only databases").
bool readableOnlyAsImmutable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !QFileInfo(info.absolutePath()).isWritable() && (!wal.exists() || wal.size() == 0);
}

QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
           + QStringLiteral("?immutable=1");
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Status execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(sqlError(q.lastError()));
    return {};
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return fail(sqlError(q.lastError()));
    if (!q.next())
        return QVariant();
    return q.value(0);
}

struct Probe {
    qint32 applicationId = 0;
    int userVersion = 0;
    int tables = 0;
};

quint32 bigEndian32(const QByteArray &bytes, qsizetype at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16)
           | (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

// While it lives, SQLite asks `keepGoing` every few thousand steps of its
// virtual machine on `db`'s connection and interrupts the statement (which then
// fails with SQLITE_INTERRUPT and changes nothing) once it answers false.
class ProgressGuard
{
public:
    ProgressGuard(const QSqlDatabase &db, const std::function<bool()> &keepGoing)
        : m_handle(keepGoing ? nativeHandle(db) : nullptr)
    {
        if (m_handle) {
            sqlite3_progress_handler(
                m_handle, 10000,
                [](void *context) -> int { return (*static_cast<const std::function<bool()> *>(context))() ? 0 : 1; },
                const_cast<std::function<bool()> *>(&keepGoing));
        }
    }
    ~ProgressGuard()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }
    ProgressGuard(const ProgressGuard &) = delete;
    ProgressGuard &operator=(const ProgressGuard &) = delete;

private:
    sqlite3 *m_handle;
};

// PRAGMA integrity_check(limit) on `db`; `keepGoing` (optional) is asked through
// SQLite's progress handler and stops the check when it returns false.
Result<QStringList> integrityProblems(QSqlDatabase &db, int limit, const std::function<bool()> &keepGoing)
{
    const ProgressGuard guard(db, keepGoing);
    QSqlQuery q(db);
    const QString sql = limit > 0 ? QStringLiteral("PRAGMA integrity_check(%1)").arg(limit)
                                  : QStringLiteral("PRAGMA integrity_check");
    if (!q.exec(sql)) {
        if (keepGoing && (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_INTERRUPT)
            return fail(ErrorCode::Cancelled, tr("The integrity check was stopped."));
        return fail(sqlError(q.lastError()));
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q.lastError().isValid()) {
        if (keepGoing && (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_INTERRUPT)
            return fail(ErrorCode::Cancelled, tr("The integrity check was stopped."));
        return fail(sqlError(q.lastError()));
    }
    return problems;
}

// What can be checked in milliseconds whatever the file's size: that the file is
// as long as its header says (a copy cut off by a full disk or an interrupted
// transfer), and that the root page of every table can be read. The rest (every
// other page, the indexes) is left to integrityProblems(), run in the background.
Result<QStringList> quickProblems(QSqlDatabase &db, const QString &path)
{
    QStringList problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file %1 cannot be read (check its permissions).").arg(nativePath(path)));
    const QByteArray header = file.read(100);
    const QFileInfo wal(path + QStringLiteral("-wal"));
    // With pages still in the write-ahead log the main file may legitimately be
    // shorter; the header's page count is only valid when its "version valid
    // for" number matches the change counter (file format, section 1.3).
    if (header.size() == 100 && (!wal.exists() || wal.size() == 0)) {
        const quint32 pageSizeField = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
        const qint64 pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
        const quint32 pages = bigEndian32(header, 28);
        if (pages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24)
            && file.size() < qint64(pages) * pageSize)
            problems << tr("the file is shorter than its header says (%1 of %2 bytes): it was cut off")
                            .arg(file.size())
                            .arg(qint64(pages) * pageSize);
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY rootpage")))
        return fail(sqlError(tables.lastError()));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery first(db);
        const QString quoted = QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                               + QLatin1Char('"');
        if (!first.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(quoted)))
            problems << tr("table %1 cannot be read: %2").arg(name, first.lastError().databaseText());
    }
    if (tables.lastError().isValid())
        problems << tables.lastError().databaseText();
    return problems;
}

} // namespace

Error sqlError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                tr("The disk is full. Nothing was saved; free some space and try again."), {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy,
                tr("The database is in use by another Tsunagu window or program. Try again in a moment."), {}};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::ReadOnly,
                tr("The database file cannot be written (read-only file or folder)."), {}};
    case SQLITE_CORRUPT:
        return {ErrorCode::Corrupt,
                tr("The database file is damaged. Restore it from a backup."), {}};
    case SQLITE_NOTADB:
        return {ErrorCode::NotADatabase, tr("The file is not a Tsunagu database."), {}};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Conflict,
                tr("The change conflicts with existing records and was not saved."), {}};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {ErrorCode::Io, tr("The database file could not be read or written: %1").arg(error.driverText()), {}};
    default:
        break;
    }
    // Triggers that guard append-only tables raise their own explanations.
    if (error.databaseText().contains(QLatin1String("append-only"))
        || error.databaseText().contains(QLatin1String("retention")))
        return {ErrorCode::Refused, error.databaseText(), {}};
    return {ErrorCode::Database, tr("A database error occurred: %1").arg(error.databaseText()), {}};
}

Result<QSqlQuery> prepare(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(sqlError(q.lastError()));
    return q;
}

Status exec(QSqlQuery &query)
{
    if (!query.exec())
        return fail(sqlError(query.lastError()));
    return {};
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.tsunagu");
    return dir + QStringLiteral("/tsunagu.db");
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(schema::migrations().size());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (path.isEmpty())
        return fail(ErrorCode::Invalid, tr("No database file was given."));

    const QString shown = nativePath(path);
    const FileKind kind = sniff(path);
    switch (kind) {
    case FileKind::Missing:
        if (!options.create || options.readOnly)
            return fail(ErrorCode::NotFound, tr("The database file %1 does not exist.").arg(shown));
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return fail(ErrorCode::Io, tr("The folder for %1 cannot be created.").arg(shown));
        break;
    case FileKind::Unreadable:
        return fail(ErrorCode::Io, tr("The file %1 cannot be read (check its permissions).").arg(shown));
    case FileKind::NotSqlite:
        return fail(ErrorCode::NotADatabase,
                    tr("%1 is not a Tsunagu database (it is not an SQLite file). It was left unchanged.").arg(shown));
    case FileKind::Empty:
    case FileKind::Sqlite:
        break;
    }

    if (kind == FileKind::Sqlite && !options.readOnly) {
        const QFileInfo info(path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            return fail(ErrorCode::ReadOnly,
                        tr("%1 or its folder is read-only. Open it read-only, or copy it to a folder you can write to.")
                            .arg(shown));
    }

    std::unique_ptr<Database> self(new Database);
    self->m_path = QFileInfo(path).absoluteFilePath();
    self->m_readOnly = options.readOnly;
    self->m_connectionName = QStringLiteral("tsunagu-%1").arg(s_connectionCounter.fetch_add(1));
    self->m_ownerThread = QThread::currentThread();

    // Look at an existing file through a read-only connection first: a refused
    // file must stay byte for byte as it was (even WAL mode changes the header).
    int fileVersion = 0;
    if (kind == FileKind::Sqlite) {
        const QString probeName = self->m_connectionName + QStringLiteral("-probe");
        Result<Probe> probe;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            const bool immutable = readableOnlyAsImmutable(self->m_path);
            db.setDatabaseName(immutable ? immutableUri(self->m_path) : self->m_path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1%2")
                                     .arg(busyTimeoutMs)
                                     .arg(immutable ? QStringLiteral(";QSQLITE_OPEN_URI") : QString()));
            probe = [&]() -> Result<Probe> {
                if (!db.open())
                    return fail(sqlError(db.lastError()));
                Probe p;
                auto appId = scalar(db, QStringLiteral("PRAGMA application_id"));
                if (!appId)
                    return fail(appId.error());
                p.applicationId = appId->toInt();
                auto version = scalar(db, QStringLiteral("PRAGMA user_version"));
                if (!version)
                    return fail(version.error());
                p.userVersion = version->toInt();
                auto tables = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
                if (!tables)
                    return fail(tables.error());
                p.tables = tables->toInt();
                if (p.applicationId != applicationId && (p.applicationId != 0 || p.tables > 0))
                    return fail(ErrorCode::ForeignDatabase,
                                tr("%1 is an SQLite database of another program, not a Tsunagu database. "
                                   "It was left unchanged.").arg(shown));
                if (p.userVersion > latestSchemaVersion())
                    return fail(ErrorCode::NewerSchema,
                                tr("%1 was written by a newer version of Tsunagu (schema %2; this version "
                                   "knows up to %3). Install the newer version. The file was left unchanged.")
                                    .arg(shown).arg(p.userVersion).arg(latestSchemaVersion()));
                Result<QStringList> problems = options.integrity == IntegrityCheck::Full
                    ? integrityProblems(db, 5, {})
                    : quickProblems(db, self->m_path);
                if (!problems)
                    return fail(problems.error());
                if (!problems->isEmpty())
                    return fail(ErrorCode::Corrupt,
                                tr("%1 is damaged (integrity check failed: %2). It was left unchanged; "
                                   "restore it from a backup.").arg(shown, problems->constFirst()));
                return p;
            }();
            if (!probe && (probe.error().code == ErrorCode::NotADatabase || probe.error().code == ErrorCode::Corrupt)
                && !probe.error().message.contains(shown))
                probe = fail(probe.error().code,
                             tr("%1 is damaged or not a database (%2). It was left unchanged; restore it from a "
                                "backup.").arg(shown, db.lastError().databaseText().isEmpty()
                                                          ? probe.error().message
                                                          : db.lastError().databaseText()));
            db.close();
        }
        QSqlDatabase::removeDatabase(probeName);
        if (!probe)
            return fail(probe.error());
        fileVersion = probe->userVersion;

        if (fileVersion < latestSchemaVersion() && options.readOnly)
            return fail(ErrorCode::ReadOnly,
                        tr("%1 uses an older schema (%2) and must be upgraded, which a read-only opening cannot do.")
                            .arg(shown).arg(fileVersion));

        if (fileVersion > 0 && fileVersion < latestSchemaVersion()) {
            // Keep a copy of the file as it was before any migration touches it.
            const QString copy = self->m_path + QStringLiteral(".schema%1-%2.bak")
                                                    .arg(fileVersion)
                                                    .arg(QDateTime::currentDateTimeUtc().toString(
                                                        QStringLiteral("yyyyMMdd-HHmmss")));
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
            db.setDatabaseName(self->m_path);
            Status copied = db.open() ? execSql(db, QStringLiteral("VACUUM INTO '%1'")
                                                        .arg(QString(copy).replace(QLatin1Char('\''),
                                                                                   QStringLiteral("''"))))
                                      : Status(fail(sqlError(db.lastError())));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            if (!copied)
                return fail(copied.error().code,
                            tr("Before upgrading %1, a copy could not be made (%2). Nothing was changed.")
                                .arg(shown, copied.error().message));
            self->m_preMigrationCopy = copy;
        }
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connectionName);
        db.setDatabaseName(self->m_path);
        if (Status configured = self->configure(db); !configured) {
            db.close();
            return fail(configured.error());
        }
    }
    self->m_schemaVersion = fileVersion;
    if (!options.readOnly) {
        if (Status migrated = self->migrate(); !migrated)
            return fail(migrated.error());
    }
    return self;
}

Status Database::configure(QSqlDatabase &db) const
{
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (m_readOnly && readableOnlyAsImmutable(m_path)) {
        db.setDatabaseName(immutableUri(m_path));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return fail(sqlError(db.lastError()));
    if (Status s = execSql(db, QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return s;
    if (!m_readOnly) {
        auto mode = scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!mode)
            return fail(mode.error());
        // NORMAL in WAL mode keeps every committed transaction across a crash of
        // the application; only a power loss may undo the last ones.
        if (Status s = execSql(db, QStringLiteral("PRAGMA synchronous = NORMAL")); !s)
            return s;
    }
    if (Status s = execSql(db, QStringLiteral("PRAGMA temp_store = MEMORY")); !s)
        return s;
    // Deleted and overwritten content is zeroed, so an erasure leaves no trace
    // of the person in free pages.
    if (Status s = execSql(db, QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s;
    return {};
}

Status Database::migrate()
{
    const auto &steps = schema::migrations();
    QSqlDatabase db = connection();
    for (int version = m_schemaVersion + 1; version <= latestSchemaVersion(); ++version) {
        Transaction tx(*this);
        if (Status s = tx.begin(); !s)
            return s;
        for (const QString &statement : steps[static_cast<size_t>(version - 1)]) {
            if (Status s = execSql(db, statement); !s) {
                Error e = s.error();
                e.message = tr("Upgrading the database to schema %1 failed: %2").arg(version).arg(e.message);
                return fail(e);
            }
        }
        if (Status s = execSql(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId)); !s)
            return s;
        if (Status s = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(version)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        m_schemaVersion = version;
    }
    return {};
}

namespace {
QMutex s_threadConnectionsMutex;
}

QSqlDatabase Database::connection() const
{
    if (QThread::currentThread() == m_ownerThread)
        return QSqlDatabase::database(m_connectionName, false);
    const QString name = m_connectionName + QStringLiteral("@%1")
                                                .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    QMutexLocker lock(&s_threadConnectionsMutex);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, name);
    if (!configure(db))
        qWarning("tsunagu: could not open a connection for a worker thread");
    return db;
}

void Database::releaseThreadConnection() const
{
    const QString name = m_connectionName + QStringLiteral("@%1")
                                                .arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    QMutexLocker lock(&s_threadConnectionsMutex);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen() && !m_readOnly) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<QStringList> Database::integrityCheck(const std::function<bool()> &keepGoing) const
{
    QSqlDatabase db = connection();
    return integrityProblems(db, 0, keepGoing);
}

Status Database::vacuum(const std::function<bool()> &keepGoing) const
{
    QSqlDatabase db = connection();
    const ProgressGuard guard(db, keepGoing);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("VACUUM"))) {
        if (keepGoing && (q.lastError().nativeErrorCode().toInt() & 0xff) == SQLITE_INTERRUPT)
            return fail(ErrorCode::Cancelled, tr("Rewriting the file was stopped; nothing was changed."));
        return fail(sqlError(q.lastError()));
    }
    return {};
}

Status Database::copyTo(const QString &file) const
{
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return fail(sqlError(q.lastError()));
    q.addBindValue(file);
    return exec(q);
}

Status Database::checkpoint() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(sqlError(q.lastError()));
    return {};
}

bool Database::inTransaction() const
{
    sqlite3 *handle = nativeHandle(connection());
    return handle && sqlite3_get_autocommit(handle) == 0;
}

Transaction::Transaction(const Database &db)
    : m_db(db.connection())
{
    sqlite3 *handle = nativeHandle(m_db);
    if (handle && sqlite3_get_autocommit(handle) == 0)
        m_savepoint = QStringLiteral("sp%1").arg(s_connectionCounter.fetch_add(1));
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    const Status s = execSql(m_db, m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                         : QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = s.has_value();
    return s;
}

Status Transaction::commit()
{
    if (!m_active)
        return fail(ErrorCode::Database, tr("No transaction is open."));
    const Status s = execSql(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                         : QStringLiteral("RELEASE ") + m_savepoint);
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_savepoint.isEmpty()) {
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)execSql(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)execSql(m_db, QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace tsunagu::storage
