// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu {

// One referral as the referrals list shows it: who was referred to which
// agency for what, where it stands, and since when.
struct ReferralListRow {
    qint64 referralId = 0;
    qint64 clientId = 0;
    qint64 agencyId = 0;
    QString clientName;
    QString clientKana;
    QString agencyName;
    Purpose purpose = Purpose::Referral;
    ReferralStatus status = ReferralStatus::Proposed;
    qint64 proposedAt = 0; // its first step (ms since the epoch)
    qint64 lastEventAt = 0; // its latest step, which gave it its status
    bool needsAttention = false; // e.g. the consent it relied on was withdrawn
    QString attentionReason;

    bool isOpen() const
    {
        return status != ReferralStatus::Completed && status != ReferralStatus::Withdrawn
            && status != ReferralStatus::Declined;
    }
    // Whole days since the latest step while the referral is open (waiting for
    // the next one); nullopt once it is closed.
    std::optional<int> daysWaiting(QDate today) const;
};

enum class ReferralListFilter {
    All,
    Open, // every step before completed, declined or withdrawn
    AwaitingAnswer, // sent, with no answer from the agency yet
    InProgress, // proposed, accepted or first contact made
    Closed, // completed, declined or withdrawn
};

struct ReferralListQuery {
    ReferralListFilter filter = ReferralListFilter::All;
    int limit = 100; // 1 to 1000
    std::optional<qint64> afterId; // keyset: the last referral of the previous page
};

// One page of the list (named apart from ui::ReferralListPage, the section widget).
struct ReferralListSlice {
    QList<ReferralListRow> rows;
    std::optional<qint64> next; // the afterId of the next page; empty on the last page
};

// Referrals across clients and agencies, read-only: newest first (by the
// order they were recorded), a page at a time, optionally of one group of
// statuses. Clients erased or under stop-use are left out, as from every work
// list. Reads along the primary key, so a page costs the same on 150,000
// referrals as on 100.
class ReferralList
{
public:
    explicit ReferralList(const storage::Database &db)
        : m_db(db)
    { }

    Result<ReferralListSlice> page(const ReferralListQuery &query) const;

    // The statuses a filter keeps (all of them for All).
    static QList<ReferralStatus> statuses(ReferralListFilter filter);

private:
    const storage::Database &m_db;
};

} // namespace tsunagu
