// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "repo/CaseList.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// 伴走ケース across clients, soonest follow-up first, fetched a page at a time
// from core's keyset listing as the view scrolls (canFetchMore/fetchMore).
// A new filter loads its first page at once, inside the model reset; further
// pages arrive on the next turn of the event loop after fetchMore(), never
// from inside another signal of this model.
class CaseListModel : public QAbstractTableModel
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

    static constexpr int defaultPageSize = 100;

    // `clock` gives today (overdue follow-ups); both must outlive the model.
    explicit CaseListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setFilter(CaseListFilter filter);
    CaseListFilter filter() const { return m_filter; }
    // Reads the list again from the first page.
    void reload();
    void setPageSize(int rows);
    bool isFetching() const { return m_fetchQueued; }

    const CaseListRow *rowAt(int row) const;
    // The row of a case among those fetched so far, or -1.
    int rowOfCase(qint64 caseId) const;
    // The message of the last failed read, or empty.
    const QString &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The list could not be read; the message is core's, in the user's language.
    void loadFailed(const QString &message);

private:
    bool fetchPage(bool insertRows);
    void fetchQueuedPage(quint64 generation);
    bool isOverdue(const CaseListRow &row) const;

    CaseList m_list;
    const Clock &m_clock;
    CaseListFilter m_filter = CaseListFilter::Open;
    QList<CaseListRow> m_rows;
    std::optional<CaseListCursor> m_next;
    bool m_atEnd = true;
    bool m_fetchQueued = false;
    quint64 m_generation = 0;
    int m_pageSize = defaultPageSize;
    QString m_error;
};

} // namespace tsunagu::ui
