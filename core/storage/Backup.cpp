// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backup.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QTemporaryFile>

#include <sqlite3.h>

namespace tsunagu::storage {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::storage::Backup", text);
}

sqlite3 *handleOf(const Database &db)
{
    const QVariant v = db.connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Error sqliteError(int code, const QString &what)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull, tr("%1: the disk is full.").arg(what), {}};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Busy, tr("%1: the database is busy; try again.").arg(what), {}};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorCode::ReadOnly, tr("%1: the file cannot be written.").arg(what), {}};
    default:
        return {ErrorCode::Io, tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errstr(code))), {}};
    }
}

// Runs the online backup from `from` (main) into `to` (main), in steps.
Status copyPages(sqlite3 *from, sqlite3 *to, const BackupProgress &progress, const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return fail(sqliteError(sqlite3_errcode(to), what));
    int rc = SQLITE_OK;
    while (true) {
        rc = sqlite3_backup_step(backup, 256);
        if (progress && !progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                                  sqlite3_backup_pagecount(backup))) {
            sqlite3_backup_finish(backup);
            return fail(ErrorCode::Cancelled, tr("%1 was cancelled.").arg(what));
        }
        if (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (rc != SQLITE_OK)
                sqlite3_sleep(20);
            continue;
        }
        break;
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(sqliteError(rc, what));
    if (finish != SQLITE_OK)
        return fail(sqliteError(finish, what));
    return {};
}

} // namespace

Status Backup::create(const Database &db, const QString &target, const BackupProgress &progress)
{
    const QString what = tr("The backup");
    sqlite3 *source = handleOf(db);
    if (!source)
        return fail(ErrorCode::Database, tr("The database connection is not available."));
    const QFileInfo info(target);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(info.absolutePath()));

    QString temp;
    {
        QTemporaryFile placeholder(info.absoluteFilePath() + QStringLiteral(".XXXXXX.part"));
        placeholder.setAutoRemove(false);
        if (!placeholder.open())
            return fail(ErrorCode::ReadOnly, tr("%1 cannot be written.").arg(info.absoluteFilePath()));
        temp = placeholder.fileName();
    }
    const auto discard = [&temp] { QFile::remove(temp); };

    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_close(dest);
        discard();
        return fail(sqliteError(rc, what));
    }
    Status copied = copyPages(source, dest, progress, what);
    if (copied) {
        // A backup is a self-contained file: no WAL beside it.
        char *message = nullptr;
        rc = sqlite3_exec(dest, "PRAGMA journal_mode = DELETE; PRAGMA quick_check;", nullptr, nullptr, &message);
        sqlite3_free(message);
        if (rc != SQLITE_OK)
            copied = fail(sqliteError(rc, what));
    }
    sqlite3_close(dest);
    if (!copied) {
        discard();
        return copied;
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        discard();
        return fail(ErrorCode::Io, tr("The backup could not be moved to %1.").arg(target));
    }
    return {};
}

Result<QString> Backup::restore(const Database &db, const QString &source, const BackupProgress &progress)
{
    if (db.isReadOnly())
        return fail(ErrorCode::ReadOnly, tr("The database is open read-only; it cannot be restored into."));
    // Check the backup as any file we open: refused if damaged, foreign or newer.
    Database::Options options;
    options.readOnly = true;
    options.create = false;
    auto backup = Database::open(source, options);
    if (!backup)
        return fail(backup.error().code, tr("The backup cannot be restored: %1").arg(backup.error().message));

    // Keep what is about to be replaced.
    const QString kept = db.path() + QStringLiteral(".before-restore-%1.db")
                                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    if (Status s = create(db, kept); !s)
        return fail(s.error().code, tr("The current database could not be saved before restoring (%1). Nothing was "
                                       "changed.").arg(s.error().message));

    sqlite3 *from = handleOf(**backup);
    sqlite3 *to = handleOf(db);
    if (!from || !to)
        return fail(ErrorCode::Database, tr("The database connection is not available."));
    if (Status s = copyPages(from, to, progress, tr("The restore")); !s)
        return fail(s.error());
    return kept;
}

namespace {

// A name beside `base` that is not taken yet: base, base-2, base-3…
QString unusedName(const QString &stem, const QString &suffix)
{
    QString name = stem + suffix;
    for (int i = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal")); ++i)
        name = stem + QStringLiteral("-%1").arg(i) + suffix;
    return name;
}

// The files SQLite keeps beside a database, which belong to it.
const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};
    return suffixes;
}

} // namespace

Result<QString> Backup::restoreFile(const QString &source, const QString &target, const BackupProgress &progress)
{
    const QFileInfo targetInfo(target);
    const QString targetPath = targetInfo.absoluteFilePath();
    if (QFileInfo(source).absoluteFilePath() == targetPath)
        return fail(ErrorCode::Invalid, tr("The backup and the file to replace are the same file."));
    if (targetInfo.exists() && !targetInfo.isFile())
        return fail(ErrorCode::Invalid, tr("%1 is not a file.").arg(QDir::toNativeSeparators(targetPath)));

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // 1. The backup, checked and copied into the target's folder. Nothing else is touched yet.
    const QString staged = unusedName(targetPath + QStringLiteral(".restoring-") + stamp, QStringLiteral(".db"));
    {
        Database::Options options;
        options.readOnly = true;
        options.create = false;
        auto backup = Database::open(source, options);
        if (!backup)
            return fail(backup.error().code,
                        tr("The backup cannot be restored: %1").arg(backup.error().message));
        if (Status s = create(**backup, staged, progress); !s)
            return fail(s.error().code, tr("The backup could not be copied beside %1 (%2). Nothing was changed.")
                                            .arg(QDir::toNativeSeparators(targetPath), s.error().message));
    }

    // 2. The previous file and its companions, renamed aside (never deleted).
    QString kept;
    QList<std::pair<QString, QString>> moved; // from, to: undone if the last step fails
    const auto undo = [&moved, &staged] {
        for (auto it = moved.crbegin(); it != moved.crend(); ++it)
            QFile::rename(it->second, it->first);
        QFile::remove(staged);
    };
    if (targetInfo.exists()) {
        kept = unusedName(targetPath + QStringLiteral(".damaged-") + stamp, QStringLiteral(".db"));
        if (!QFile::rename(targetPath, kept)) {
            QFile::remove(staged);
            return fail(ErrorCode::Io, tr("%1 could not be renamed to %2, so the backup was not put in its place. "
                                          "Nothing was changed.")
                                           .arg(QDir::toNativeSeparators(targetPath), QDir::toNativeSeparators(kept)));
        }
        moved.append({targetPath, kept});
    }
    for (const QString &suffix : companionSuffixes()) {
        if (!QFileInfo::exists(targetPath + suffix))
            continue;
        // A companion without its database (the file itself was gone) is kept aside too.
        if (kept.isEmpty())
            kept = unusedName(targetPath + QStringLiteral(".damaged-") + stamp, QStringLiteral(".db"));
        if (!QFile::rename(targetPath + suffix, kept + suffix)) {
            undo();
            return fail(ErrorCode::Io, tr("%1 could not be renamed, so the backup was not put in place of %2. "
                                          "Nothing was changed.")
                                           .arg(QDir::toNativeSeparators(targetPath + suffix),
                                                QDir::toNativeSeparators(targetPath)));
        }
        moved.append({targetPath + suffix, kept + suffix});
    }

    // 3. The copy of the backup becomes the database.
    if (!QFile::rename(staged, targetPath)) {
        undo();
        return fail(ErrorCode::Io, tr("The backup could not be moved to %1. Nothing was changed.")
                                       .arg(QDir::toNativeSeparators(targetPath)));
    }
    return kept;
}

Result<QString> Backup::rotate(const Database &db, const QString &folder, int keep, qint64 intervalMs, qint64 nowMs,
                              const BackupProgress &progress)
{
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("The backup folder %1 cannot be created.").arg(folder));
    const QStringList existing =
        dir.entryList({QStringLiteral("tsunagu-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    if (!existing.isEmpty()) {
        // The time is in the name: the clock that made it, not the file system's.
        const QDateTime newest = QDateTime::fromString(existing.first().mid(8, 15), QStringLiteral("yyyyMMdd-HHmmss"));
        if (newest.isValid()) {
            QDateTime utc = newest;
            utc.setTimeSpec(Qt::UTC);
            if (nowMs - utc.toMSecsSinceEpoch() < intervalMs)
                return QString();
        }
    }
    const QString name = QStringLiteral("tsunagu-%1.db")
                             .arg(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = dir.filePath(name);
    if (Status s = create(db, path, progress); !s)
        return fail(s.error());
    const QStringList all = dir.entryList({QStringLiteral("tsunagu-*.db")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        dir.remove(all.at(i));
    return path;
}

} // namespace tsunagu::storage
