// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "repo/ReferralList.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// 紹介 across clients, newest first, fetched a page at a time from core's
// keyset listing as the view scrolls (canFetchMore/fetchMore), so that
// 150,000 referrals cost one page. A new filter loads its first page at once,
// inside the model reset; further pages arrive on the next turn of the event
// loop after fetchMore(), never from inside another signal of this model.
class ReferralListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ClientColumn,
        ReadingColumn,
        AgencyColumn,
        PurposeColumn,
        StatusColumn,
        ProposedColumn,
        LastEventColumn,
        WaitingColumn,
        ColumnCount
    };
    enum Role {
        ClientIdRole = Qt::UserRole + 1, // qint64, on every column
        ReferralIdRole, // qint64, on every column
        StatusRole, // QString: the status code
        DaysWaitingRole, // int, or invalid once closed
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 100;

    // `clock` gives today (days waiting); both must outlive the model.
    explicit ReferralListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setFilter(ReferralListFilter filter);
    ReferralListFilter filter() const { return m_filter; }
    void reload();
    void setPageSize(int rows);
    bool isFetching() const { return m_fetchQueued; }

    const ReferralListRow *rowAt(int row) const;
    int rowOfReferral(qint64 referralId) const;
    const QString &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    bool fetchPage(bool insertRows);
    void fetchQueuedPage(quint64 generation);

    ReferralList m_list;
    const Clock &m_clock;
    ReferralListFilter m_filter = ReferralListFilter::All;
    QList<ReferralListRow> m_rows;
    std::optional<qint64> m_next;
    bool m_atEnd = true;
    bool m_fetchQueued = false;
    quint64 m_generation = 0;
    int m_pageSize = defaultPageSize;
    QString m_error;
};

} // namespace tsunagu::ui
