// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupListModel.h"

#include <QDir>
#include <QFileInfo>

namespace tsunagu::ui {

BackupListModel::BackupListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void BackupListModel::setFolder(const QString &folder)
{
    m_folder = folder;
    reload();
}

void BackupListModel::reload()
{
    beginResetModel();
    m_entries = BackupFolder::list(m_folder);
    endResetModel();
}

int BackupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BackupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BackupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BackupEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TakenColumn:
            return BackupFolder::timeText(entry.taken);
        case SizeColumn:
            return BackupFolder::sizeText(entry.bytes);
        case FileColumn:
            return QFileInfo(entry.path).fileName();
        }
        break;
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(entry.path);
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return entry.path;
    default:
        break;
    }
    return {};
}

QVariant BackupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case SizeColumn:
        return tr("Size");
    case FileColumn:
        return tr("File");
    }
    return {};
}

} // namespace tsunagu::ui
