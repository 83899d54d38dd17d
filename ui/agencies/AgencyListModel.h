// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Agency.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

// Partner agencies as a table: name, kind, region, phone, contact person.
// The rows come from AgencyRepository (the page or picker that owns the model
// asks it); the model only shows them.
class AgencyListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, RegionColumn, PhoneColumn, ContactColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the agency's id, on every column
        ActiveRole, // bool
    };

    explicit AgencyListModel(QObject *parent = nullptr);

    void setAgencies(const QList<Agency> &agencies);
    const QList<Agency> &agencies() const { return m_rows; }
    // The agency on `row`; nullptr outside the rows.
    const Agency *agencyAt(int row) const;
    // The row of an agency, or -1.
    int rowOf(qint64 agencyId) const;

    static QString region(const Agency &agency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Agency> m_rows;
};

} // namespace tsunagu::ui
