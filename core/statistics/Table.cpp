// SPDX-License-Identifier: GPL-3.0-or-later
#include "Table.h"

#include <utility>

namespace tsunagu::statistics {

Table::Table(QString id, QString title, QString rowHeader, QList<Key> rows, QList<Key> columns)
    : m_id(std::move(id))
    , m_title(std::move(title))
    , m_rowHeader(std::move(rowHeader))
    , m_rows(std::move(rows))
    , m_columns(std::move(columns))
    , m_values(std::size_t(m_rows.size() + 1) * std::size_t(m_columns.size() + 1), 0)
{
}

void Table::setTotals(bool rowTotals, bool columnTotals)
{
    m_rowTotals = rowTotals;
    m_columnTotals = columnTotals;
    m_protectRows = rowTotals;
    m_protectColumns = columnTotals || columnCount() == 1;
    int grand = 0;
    for (int r = 0; r < rowCount(); ++r) {
        int sum = 0;
        for (int c = 0; c < columnCount(); ++c)
            sum += value(r, c).value_or(0);
        m_values[std::size_t(index(r, columnCount()))] = sum;
        grand += sum;
    }
    for (int c = 0; c < columnCount(); ++c) {
        int sum = 0;
        for (int r = 0; r < rowCount(); ++r)
            sum += value(r, c).value_or(0);
        m_values[std::size_t(index(rowCount(), c))] = sum;
    }
    m_values[std::size_t(index(rowCount(), columnCount()))] = grand;
}

void Table::setProtection(bool rows, bool columns)
{
    m_protectRows = rows;
    m_protectColumns = columns;
}

std::optional<int> Table::value(int row, int column) const
{
    if (row < 0 || column < 0 || row > rowCount() || column > columnCount())
        return 0;
    return m_values[std::size_t(index(row, column))];
}

void Table::setValue(int row, int column, std::optional<int> value)
{
    if (row < 0 || column < 0 || row > rowCount() || column > columnCount())
        return;
    m_values[std::size_t(index(row, column))] = value;
}

void Table::add(int row, int column, int count)
{
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return;
    auto &v = m_values[std::size_t(index(row, column))];
    v = v.value_or(0) + count;
}

bool Table::isShown(int row, int column) const
{
    if (row < 0 || column < 0 || row > rowCount() || column > columnCount())
        return false;
    const bool totalsRow = row == rowCount();
    const bool totalsColumn = column == columnCount();
    if (totalsRow && totalsColumn) {
        // The corner: the grand total of a 2-D table, or of a 1-D table whose
        // single column already is its total (shown in the totals row).
        return m_rowTotals && m_columnTotals;
    }
    if (totalsRow)
        return m_columnTotals;
    if (totalsColumn)
        return m_rowTotals;
    return true;
}

int Table::rowOf(const QString &code) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (m_rows.at(r).code == code)
            return r;
    }
    return -1;
}

int Table::columnOf(const QString &code) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (m_columns.at(c).code == code)
            return c;
    }
    return -1;
}

} // namespace tsunagu::statistics
