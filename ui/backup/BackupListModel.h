// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/backup/BackupFolder.h"

#include <QAbstractTableModel>

namespace tsunagu::ui {

// The backups of a folder, newest first: when, how large, which file.
class BackupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TakenColumn, SizeColumn, FileColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole + 1;

    explicit BackupListModel(QObject *parent = nullptr);

    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // Reads the folder again.
    void reload();
    const QList<BackupEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_folder;
    QList<BackupEntry> m_entries;
};

} // namespace tsunagu::ui
