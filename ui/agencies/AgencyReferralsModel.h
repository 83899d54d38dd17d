// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Referral.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

// The referrals made to one agency: who, when, and where each stands.
class AgencyReferralsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClientColumn, DateColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the referral's id
        ClientIdRole, // qint64
    };

    struct Row {
        Referral referral;
        QString clientName;
        QString clientKana;
    };

    explicit AgencyReferralsModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace tsunagu::ui
