// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace tsunagu::ui {

const QString BackupSettings::enabledKey = QStringLiteral("backup/enabled");
const QString BackupSettings::keepKey = QStringLiteral("backup/keep");
const QString BackupSettings::folderKey = QStringLiteral("backup/folder");

BackupSettings BackupSettings::load()
{
    const QSettings settings;
    BackupSettings s;
    s.enabled = settings.value(enabledKey, true).toBool();
    bool ok = false;
    const int keep = settings.value(keepKey, defaultKeep).toInt(&ok);
    s.keep = ok ? std::clamp(keep, 1, maxKeep) : defaultKeep;
    s.folder = settings.value(folderKey).toString().trimmed();
    return s;
}

void BackupSettings::save() const
{
    QSettings settings;
    settings.setValue(enabledKey, enabled);
    settings.setValue(keepKey, std::clamp(keep, 1, maxKeep));
    if (folder.trimmed().isEmpty())
        settings.remove(folderKey);
    else
        settings.setValue(folderKey, QDir::cleanPath(folder.trimmed()));
}

QString BackupSettings::folderFor(const QString &databasePath) const
{
    return folder.trimmed().isEmpty() ? defaultFolder(databasePath) : QDir::cleanPath(folder.trimmed());
}

QString BackupSettings::defaultFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

} // namespace tsunagu::ui
