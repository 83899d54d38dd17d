// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worklist/WorkItem.h"

#include <QAbstractListModel>
#include <QList>

namespace tsunagu::ui {

// One work list of the start page as rows of text: who, what, and when.
class WorkListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // qint64: the record the row opens
        ClientIdRole, // qint64
        KindRole, // int: worklist::WorkKind
    };

    explicit WorkListModel(worklist::WorkKind kind, QObject *parent = nullptr);

    worklist::WorkKind kind() const { return m_kind; }
    void setItems(const QList<worklist::WorkItem> &items);
    const QList<worklist::WorkItem> &items() const { return m_items; }
    const worklist::WorkItem *itemAt(int row) const;

    // The row's text, as shown.
    static QString describe(const worklist::WorkItem &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    worklist::WorkKind m_kind;
    QList<worklist::WorkItem> m_items;
};

} // namespace tsunagu::ui
