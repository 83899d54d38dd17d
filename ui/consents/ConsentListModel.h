// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/Consent.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

// A client's consents, newest first: what each covers, for how long, and
// whether it is in force, ends soon, was withdrawn or has expired.
class ConsentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RecipientsColumn, PurposesColumn, InformationColumn, PeriodColumn, StatusColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the consent's id
        WithdrawableRole, // bool: not withdrawn and not expired
    };

    struct Row {
        privacy::Consent consent;
        QString recipients; // names, as RecipientNames writes them
    };

    static constexpr int endsSoonDays = 30;

    explicit ConsentListModel(QObject *parent = nullptr);

    // `now` decides the status column.
    void setRows(const QList<Row> &rows, qint64 now);
    const QList<Row> &rows() const { return m_rows; }
    const privacy::Consent *consentAt(int row) const;
    int rowOf(qint64 consentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString status(const privacy::Consent &consent) const;

    QList<Row> m_rows;
    qint64 m_now = 0;
};

} // namespace tsunagu::ui
