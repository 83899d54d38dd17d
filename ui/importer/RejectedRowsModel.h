// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer/ImportResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

// Every rejected row of a dry run: its line in the file and why.
class RejectedRowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, ReasonColumn, ColumnCount };

    explicit RejectedRowsModel(QObject *parent = nullptr);

    void setRows(const QList<importer::RowIssue> &rows);
    void clear() { setRows({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The reason without the "line N: " the importer puts before it.
    static QString reasonOf(const importer::RowIssue &issue);

private:
    QList<importer::RowIssue> m_rows;
};

} // namespace tsunagu::ui
