// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/DisclosureLog.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tsunagu::ui {

// Disclosures made under a legal exception that no supervisor has reviewed
// yet, oldest first: when, about whom, to whom, what, on which ground, why,
// and by whom.
class ReviewQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        ClientColumn,
        RecipientColumn,
        InformationColumn,
        GroundColumn,
        JustificationColumn,
        StaffColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1 }; // qint64: the disclosure record's id

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // `staffNames`: staff ids to names.
    void setRecords(const QList<privacy::DisclosureRecord> &records, const QHash<qint64, QString> &staffNames);
    const privacy::DisclosureRecord *recordAt(int row) const;
    int rowOf(qint64 disclosureId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<privacy::DisclosureRecord> m_records;
    QHash<qint64, QString> m_staff;
};

} // namespace tsunagu::ui
