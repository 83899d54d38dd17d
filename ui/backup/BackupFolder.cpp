// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupFolder.h"

#include "common/Clock.h"
#include "ui/common/DateFormat.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace tsunagu::ui {

BackupEntry BackupFolder::entryFor(const QString &path)
{
    const QFileInfo info(path);
    BackupEntry entry;
    entry.path = info.absoluteFilePath();
    entry.bytes = info.size();
    // Automatic backups carry the time of the clock that made them in their name.
    const QString name = info.fileName();
    if (name.startsWith(QLatin1String("tsunagu-")) && name.size() >= 8 + 15) {
        QDateTime named = QDateTime::fromString(name.mid(8, 15), QStringLiteral("yyyyMMdd-HHmmss"));
        if (named.isValid()) {
            named.setTimeSpec(Qt::UTC);
            entry.taken = named;
        }
    }
    if (!entry.taken.isValid())
        entry.taken = info.lastModified().toUTC();
    return entry;
}

QList<BackupEntry> BackupFolder::list(const QString &folder)
{
    QList<BackupEntry> entries;
    if (folder.isEmpty())
        return entries;
    const QDir dir(folder);
    for (const QFileInfo &info : dir.entryInfoList({ QStringLiteral("*.db") }, QDir::Files | QDir::Readable))
        entries.append(entryFor(info.absoluteFilePath()));
    std::stable_sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.taken != b.taken ? a.taken > b.taken : a.path > b.path;
    });
    return entries;
}

std::optional<BackupEntry> BackupFolder::newest(const QString &folder)
{
    const QList<BackupEntry> entries = list(folder);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.constFirst();
}

QString BackupFolder::timeText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = jst::toLocal(utc.toMSecsSinceEpoch());
    return DateFormat::display(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString BackupFolder::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace tsunagu::ui
