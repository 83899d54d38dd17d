// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::ui {

// The automatic backups, as kept in QSettings: backup/enabled (default true),
// backup/keep (default 7) and backup/folder (empty: a "backups" folder beside
// the database file).
struct BackupSettings {
    static constexpr int defaultKeep = 7;
    static constexpr int maxKeep = 365;
    static constexpr qint64 intervalMs = 24LL * 60 * 60 * 1000; // one a day at most

    bool enabled = true;
    int keep = defaultKeep;
    QString folder; // empty: the default folder of the database

    static BackupSettings load();
    void save() const;

    // The folder the backups of `databasePath` go to.
    QString folderFor(const QString &databasePath) const;
    static QString defaultFolder(const QString &databasePath);

    static const QString enabledKey;
    static const QString keepKey;
    static const QString folderKey;
};

} // namespace tsunagu::ui
