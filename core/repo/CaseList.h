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

// One support case as the cases list shows it: whose, what for, where it
// stands, and when the person was last and will next be contacted.
struct CaseListRow {
    qint64 caseId = 0;
    qint64 clientId = 0;
    QString clientName;
    QString clientKana;
    CaseGoal goal = CaseGoal::Job;
    CaseStage stage = CaseStage::Intake;
    QDate openedOn;
    std::optional<QDate> closedOn;
    std::optional<qint64> lastContactAt; // the client's latest consultation (ms since the epoch)
    std::optional<QDate> nextFollowUp;
};

enum class CaseListFilter { Open, Closed, All };

// Where the next page starts (keyset paging: stable while rows are added).
struct CaseListCursor {
    QString followUpKey; // the next follow-up as 'YYYY-MM-DD'; undated cases sort last
    qint64 caseId = 0;
};

struct CaseListQuery {
    CaseListFilter filter = CaseListFilter::Open;
    int limit = 100; // 1 to 1000
    std::optional<CaseListCursor> after;
};

// One page of the list (named apart from ui::CaseListPage, the section widget).
struct CaseListSlice {
    QList<CaseListRow> rows;
    std::optional<CaseListCursor> next; // empty on the last page
};

// 伴走ケース across clients, read-only: sorted by the next follow-up (undated
// last), then by case number, a page at a time. Clients erased or under
// stop-use are left out, as from every work list.
class CaseList
{
public:
    explicit CaseList(const storage::Database &db)
        : m_db(db)
    { }

    Result<CaseListSlice> page(const CaseListQuery &query) const;

private:
    const storage::Database &m_db;
};

} // namespace tsunagu
