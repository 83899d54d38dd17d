// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/PreviewModel.h"

namespace tsunagu::ui {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PreviewModel::setContents(const QStringList &fields, const QList<int> &lines, const QList<QStringList> &rows)
{
    beginResetModel();
    m_fields = fields;
    m_lines = lines;
    m_rows = rows;
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_rows.at(index.row()).value(index.column());
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_fields.size() ? QVariant(m_fields.at(section)) : QVariant();
    return section >= 0 && section < m_lines.size() ? QVariant(tr("Line %1").arg(m_lines.at(section))) : QVariant();
}

} // namespace tsunagu::ui
