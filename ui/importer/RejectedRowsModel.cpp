// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/RejectedRowsModel.h"

#include <QCoreApplication>

namespace tsunagu::ui {

RejectedRowsModel::RejectedRowsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RejectedRowsModel::setRows(const QList<importer::RowIssue> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString RejectedRowsModel::reasonOf(const importer::RowIssue &issue)
{
    // As the importer writes it (its context, its words), so that the prefix is found in any language.
    const QString prefix
        = QCoreApplication::translate("tsunagu::importer::Importer", "line %1: %2").arg(issue.line).arg(QString());
    return !prefix.isEmpty() && issue.reason.startsWith(prefix) ? issue.reason.mid(prefix.size()) : issue.reason;
}

int RejectedRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const importer::RowIssue &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == LineColumn ? QVariant(row.line) : QVariant(reasonOf(row));
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn ? QVariant(reasonOf(row)) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignTop);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    default:
        return {};
    }
}

QVariant RejectedRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Why it was rejected");
    }
    return {};
}

} // namespace tsunagu::ui
