// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "repo/CaseList.h"
#include "ui/common/PagedTableModel.h"

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// 伴走ケース across clients, soonest follow-up first, fetched a page at a time
// from core's keyset listing as the view scrolls (canFetchMore/fetchMore).
// A new filter loads its first page at once, inside the model reset; further
// pages arrive on the next turn of the event loop after fetchMore(), never
// from inside another signal of this model.
class CaseListModel : public PagedTableModel<CaseListSlice>
{
    Q_OBJECT

public:
    enum Column {
        ReadingColumn,
        NameColumn,
        GoalColumn,
        StageColumn,
        OpenedColumn,
        LastContactColumn,
        FollowUpColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1, // qint64, on every column
        CaseIdRole, // qint64, on every column
    };
    Q_ENUM(Role)

    // `clock` gives today (overdue follow-ups); both must outlive the model.
    explicit CaseListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setFilter(CaseListFilter filter);
    CaseListFilter filter() const { return m_filter; }

    // The row of a case among those fetched so far, or -1.
    int rowOfCase(qint64 caseId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The list could not be read; the message is core's, in the user's language.
    void loadFailed(const QString &message);

private:
    Result<CaseListSlice> readPage(const std::optional<CaseListCursor> &after, int limit) const override;
    void pageFailed(const QString &message) override { emit loadFailed(message); }
    bool isOverdue(const CaseListRow &row) const;

    CaseList m_list;
    const Clock &m_clock;
    CaseListFilter m_filter = CaseListFilter::Open;
};

} // namespace tsunagu::ui
