// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace tsunagu::storage {

class Database;

// Called between steps with pages done and pages in all; return false to cancel.
using BackupProgress = std::function<bool(qint64 done, qint64 total)>;

// Consistent copies of a database while it is in use (SQLite's online backup),
// and restoring one after checking it.
class Backup
{
public:
    // Copies `db` into `target` through a temporary file in the same folder,
    // renamed into place only when complete and checked: a failed or cancelled
    // backup leaves no partial file.
    static Status create(const Database &db, const QString &target, const BackupProgress &progress = {});

    // Replaces the contents of `db` with the backup at `source`, after checking
    // it (an SQLite file, Tsunagu's, sound, not newer than this program). The
    // replaced contents are first saved beside the database; returns that path.
    static Result<QString> restore(const Database &db, const QString &source, const BackupProgress &progress = {});

    // Puts the backup at `source` in place of the file `target` without ever
    // opening `target` (it may be damaged, cut off or not a database at all).
    // The backup is checked and copied into the same folder first; only then is
    // `target` (with its -wal, -shm and -journal files) renamed aside, never
    // deleted, and the copy renamed into its place. Any failure leaves `target`
    // as it was. Returns where the previous file was kept (empty when there was
    // no file at `target`).
    static Result<QString> restoreFile(const QString &source, const QString &target,
                                       const BackupProgress &progress = {});

    // Automatic rotating backups: if the newest backup in `folder` is older than
    // `interval`, makes a new one named tsunagu-YYYYMMDD-HHMMSS.db and keeps the
    // newest `keep`. Returns the new file, or an empty string when none was due.
    // A cancelled rotation (`progress` answered false) leaves the folder as it was.
    static Result<QString> rotate(const Database &db, const QString &folder, int keep, qint64 intervalMs,
                                  qint64 nowMs, const BackupProgress &progress = {});
};

} // namespace tsunagu::storage
