// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::ui {

// One backup file in a backup folder.
struct BackupEntry {
    QString path;
    QDateTime taken; // UTC: from the name tsunagu-YYYYMMDD-HHMMSS.db, else the file's time
    qint64 bytes = 0;
};

// The backups in a folder, as a person picks one to restore.
class BackupFolder
{
public:
    // Every *.db file of `folder`, newest first.
    static QList<BackupEntry> list(const QString &folder);
    static std::optional<BackupEntry> newest(const QString &folder);
    // Any file: its time and size as list() would give them.
    static BackupEntry entryFor(const QString &path);

    // "2026年11月20日 10:00" (Japan time, in the session's date style).
    static QString timeText(const QDateTime &utc);
    // "1.2 MB"
    static QString sizeText(qint64 bytes);
};

} // namespace tsunagu::ui
