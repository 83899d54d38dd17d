// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Table.h"

#include <QAbstractTableModel>

namespace tsunagu::ui {

// One table of an ANONYMIZED statistics report, for a QTableView: the rows in
// the vertical header, the columns in the horizontal header, and the margins
// that the table shows (a totals row at the bottom, a totals column at the
// right). A suppressed count reads as the report's marker ("*"), never as a
// number; SuppressedRole tells which cells are suppressed.
class StatisticsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SuppressedRole = Qt::UserRole + 1, CountRole };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    void setTable(const statistics::Table &table);
    void clear();
    const statistics::Table &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool m_empty = true;
    statistics::Table m_table;
};

} // namespace tsunagu::ui
