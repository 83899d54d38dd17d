// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "search/ClientSearch.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// The clients matching a search, sorted by reading, fetched a page at a time
// from core's keyset search as the view scrolls (canFetchMore/fetchMore).
// A new search loads its first page at once, inside the model reset; further
// pages are loaded on the next turn of the event loop after fetchMore(), so
// that rows are never inserted from inside another signal of this model
// (views and QAbstractItemModelTester call fetchMore from their handlers).
class ClientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ReadingColumn, NameColumn, BirthDateColumn, AgeColumn, FlagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the client's id, on every column
        BirthDateRole, // QDate, invalid when not recorded
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 100;

    // `clock` gives the date ages are counted on; both must outlive the model.
    explicit ClientListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Starts a new search (empty: everyone) and loads its first page at once.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    // Runs the current search again from the first page.
    void reload();
    void setPageSize(int rows);

    // True between fetchMore() and the arrival of the page.
    bool isFetching() const { return m_fetchQueued; }

    qint64 clientId(int row) const;
    // The row of a client among the rows fetched so far, or -1.
    int rowOf(qint64 clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The search could not run; the message is core's, in the user's language.
    void searchFailed(const QString &message);

private:
    // Fetches the next page; false (with searchFailed) when the search failed.
    bool fetchPage(bool insertRows);
    void fetchQueuedPage(quint64 generation);
    QString flagsText(const ClientSummary &client) const;
    QString flagsToolTip(const ClientSummary &client) const;

    ClientSearch m_search;
    const Clock &m_clock;
    QString m_text;
    QList<ClientSummary> m_rows;
    std::optional<ClientCursor> m_next;
    bool m_atEnd = true;
    bool m_fetchQueued = false;
    quint64 m_generation = 0; // a queued fetch of an older search is dropped
    int m_pageSize = defaultPageSize;
};

} // namespace tsunagu::ui
