// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsTableModel.h"

#include "statistics/Report.h"
#include "statistics/ReportLabels.h"

#include <QFont>
#include <QLocale>

namespace tsunagu::ui {

StatisticsTableModel::StatisticsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void StatisticsTableModel::setTable(const statistics::Table &table)
{
    beginResetModel();
    m_table = table;
    m_empty = false;
    endResetModel();
}

void StatisticsTableModel::clear()
{
    beginResetModel();
    m_table = statistics::Table();
    m_empty = true;
    endResetModel();
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_empty)
        return 0;
    return m_table.rowCount() + (m_table.hasColumnTotals() ? 1 : 0);
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_empty)
        return 0;
    return m_table.columnCount() + (m_table.hasRowTotals() ? 1 : 0);
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const std::optional<int> value = m_table.value(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value ? QLocale().toString(*value) : statistics::Report::suppressedMarker();
    case Qt::AccessibleTextRole:
        return value ? QLocale().toString(*value) : tr("suppressed");
    case Qt::ToolTipRole:
        return value ? QVariant() : QVariant(tr("Suppressed: a small count, or one hidden so that a small count "
                                                 "cannot be worked out from the totals."));
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m_table.isMargin(index.row(), index.column())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SuppressedRole:
        return !value.has_value();
    case CountRole:
        return value ? QVariant(*value) : QVariant();
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal) {
        if (section < m_table.columnCount())
            return m_table.columns().at(section).label;
        if (section == m_table.columnCount() && m_table.hasRowTotals())
            return statistics::ReportLabels::totalLabel();
        return {};
    }
    if (section < m_table.rowCount())
        return m_table.rows().at(section).label;
    if (section == m_table.rowCount() && m_table.hasColumnTotals())
        return statistics::ReportLabels::totalLabel();
    return {};
}

} // namespace tsunagu::ui
