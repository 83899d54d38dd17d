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

    // Automatic rotating backups: if the newest backup in `folder` is older than
    // `interval`, makes a new one named tsunagu-YYYYMMDD-HHMMSS.db and keeps the
    // newest `keep`. Returns the new file, or an empty string when none was due.
    static Result<QString> rotate(const Database &db, const QString &folder, int keep, qint64 intervalMs,
                                  qint64 nowMs);
};

} // namespace tsunagu::storage
