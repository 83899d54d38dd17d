// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace tsunagu::ui {

// The first rows of a file as they will be read: one column per field that is
// imported, one row per line of the file (its line number as the row header).
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit PreviewModel(QObject *parent = nullptr);

    // `fields`: the field labels; `lines`: the line of each row; `rows`: the
    // values, one per field.
    void setContents(const QStringList &fields, const QList<int> &lines, const QList<QStringList> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_fields;
    QList<int> m_lines;
    QList<QStringList> m_rows;
};

} // namespace tsunagu::ui
