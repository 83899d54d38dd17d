// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "repo/ReferralList.h"
#include "ui/common/PagedTableModel.h"

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// 紹介 across clients, newest first, fetched a page at a time from core's
// keyset listing as the view scrolls (canFetchMore/fetchMore), so that
// 150,000 referrals cost one page. A new filter loads its first page at once,
// inside the model reset; further pages arrive on the next turn of the event
// loop after fetchMore(), never from inside another signal of this model.
class ReferralListModel : public PagedTableModel<ReferralListSlice>
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

    // `clock` gives today (days waiting); both must outlive the model.
    explicit ReferralListModel(
        const storage::Database &db, const Clock &clock = Clock::system(), QObject *parent = nullptr);

    void setFilter(ReferralListFilter filter);
    ReferralListFilter filter() const { return m_filter; }

    int rowOfReferral(qint64 referralId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadFailed(const QString &message);

private:
    Result<ReferralListSlice> readPage(const std::optional<qint64> &after, int limit) const override;
    void pageFailed(const QString &message) override { emit loadFailed(message); }

    ReferralList m_list;
    const Clock &m_clock;
    ReferralListFilter m_filter = ReferralListFilter::All;
};

} // namespace tsunagu::ui
