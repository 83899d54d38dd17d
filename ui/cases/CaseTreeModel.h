// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/SupportCase.h"

#include <QAbstractItemModel>
#include <QList>

namespace tsunagu::ui {

// A client's support cases (newest opened first), each with its milestones
// (job start, retention checks at 1/3/6/12 months …) as children, by due date.
class CaseTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, DueColumn, DoneColumn, NoteColumn, ColumnCount };
    enum Role {
        CaseIdRole = Qt::UserRole + 1, // qint64, on case and milestone rows
        MilestoneIdRole, // qint64, on milestone rows (0 on case rows)
        DueDateRole, // QDate: next follow-up / due date
        DoneDateRole, // QDate: closed on / done on
    };
    Q_ENUM(Role)

    // `session` must outlive the model.
    explicit CaseTreeModel(const Session &session, QObject *parent = nullptr);

    // Loads the client's cases; an error leaves the model empty.
    Status setClient(qint64 clientId);
    Status reload();
    qint64 clientId() const { return m_clientId; }

    // The case of a case row or of a milestone row; nullptr otherwise.
    const SupportCase *caseAt(const QModelIndex &index) const;
    // The milestone of a milestone row; nullptr otherwise.
    const CaseMilestone *milestoneAt(const QModelIndex &index) const;
    QModelIndex indexOfCase(qint64 caseId) const;
    QModelIndex indexOfMilestone(qint64 milestoneId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Entry {
        SupportCase supportCase;
        QList<CaseMilestone> milestones;
    };
    QVariant caseData(const SupportCase &c, int column, int role) const;
    QVariant milestoneData(const CaseMilestone &m, int column, int role) const;
    bool isOverdue(const CaseMilestone &m) const;

    Session m_session;
    qint64 m_clientId = 0;
    QList<Entry> m_entries;
};

} // namespace tsunagu::ui
