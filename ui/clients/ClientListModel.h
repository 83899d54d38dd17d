// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "search/ClientSearch.h"
#include "ui/common/PagedTableModel.h"

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// The clients matching a search, sorted by reading, fetched a page at a time
// from core's keyset search as the view scrolls (PagedTableModel: the first
// page at once inside the reset, further pages on the next turn of the event
// loop after fetchMore()).
// (tsunagu::ClientPage is core's page of results, not the ui::ClientPage widget.)
class ClientListModel : public PagedTableModel<tsunagu::ClientPage>
{
    Q_OBJECT

public:
    enum Column { ReadingColumn, NameColumn, BirthDateColumn, AgeColumn, FlagsColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the client's id, on every column
        BirthDateRole, // QDate, invalid when not recorded
    };
    Q_ENUM(Role)

    // `clock` gives the date ages are counted on; both must outlive the model.
    explicit ClientListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // Starts a new search (empty: everyone) and loads its first page at once.
    // reload() runs the current search again from the first page.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }

    qint64 clientId(int row) const;
    // The row of a client among the rows fetched so far, or -1.
    int rowOf(qint64 clientId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The search could not run; the message is core's, in the user's language.
    void searchFailed(const QString &message);

private:
    Result<tsunagu::ClientPage> readPage(const std::optional<ClientCursor> &after, int limit) const override;
    void pageFailed(const QString &message) override { emit searchFailed(message); }
    QString flagsText(const ClientSummary &client) const;
    QString flagsToolTip(const ClientSummary &client) const;

    ClientSearch m_search;
    const Clock &m_clock;
    QString m_text;
};

} // namespace tsunagu::ui
