// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/ReferralListModel.h"

#include "ui/common/DateFormat.h"

#include <QFont>

namespace tsunagu::ui {

ReferralListModel::ReferralListModel(const storage::Database &db, const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_list(db)
    , m_clock(clock)
{ }

void ReferralListModel::setFilter(ReferralListFilter filter)
{
    m_filter = filter;
    reload();
}

Result<ReferralListSlice> ReferralListModel::readPage(const std::optional<qint64> &after, int limit) const
{
    ReferralListQuery query;
    query.filter = m_filter;
    query.limit = limit;
    query.afterId = after;
    return m_list.page(query);
}

int ReferralListModel::rowOfReferral(qint64 referralId) const
{
    return findRow([referralId](const ReferralListRow &row) { return row.referralId == referralId; });
}

int ReferralListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferralListRow &row = rows().at(index.row());
    const std::optional<int> waiting = row.daysWaiting(m_clock.today());
    switch (role) {
    case ClientIdRole:
        return row.clientId;
    case ReferralIdRole:
        return row.referralId;
    case StatusRole:
        return toCode(row.status);
    case DaysWaitingRole:
        return waiting ? QVariant(*waiting) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return row.clientName;
        case ReadingColumn:
            return row.clientKana;
        case AgencyColumn:
            return row.agencyName;
        case PurposeColumn:
            return label(row.purpose);
        case StatusColumn:
            return row.needsAttention ? tr("%1 · needs attention", "referral status").arg(label(row.status))
                                      : label(row.status);
        case ProposedColumn:
            return DateFormat::display(jst::dateOf(row.proposedAt));
        case LastEventColumn:
            return DateFormat::display(jst::dateOf(row.lastEventAt));
        case WaitingColumn:
            return waiting ? QString::number(*waiting) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == WaitingColumn && waiting)
            return tr("%n day(s) since the last step", "", *waiting);
        if (index.column() == ClientColumn || index.column() == ReadingColumn)
            return tr("%1 (%2)", "name (reading)").arg(row.clientName, row.clientKana);
        if (index.column() == StatusColumn && row.needsAttention)
            return row.attentionReason.isEmpty() ? tr("Needs attention.")
                                                 : tr("Needs attention: %1").arg(row.attentionReason);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WaitingColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && row.needsAttention) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    return {};
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case ReadingColumn:
        return tr("Reading");
    case AgencyColumn:
        return tr("Agency");
    case PurposeColumn:
        return tr("Purpose");
    case StatusColumn:
        return tr("Status");
    case ProposedColumn:
        return tr("Proposed");
    case LastEventColumn:
        return tr("Last step");
    case WaitingColumn:
        return tr("Days waiting");
    }
    return {};
}

QHash<int, QByteArray> ReferralListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    names.insert(ReferralIdRole, "referralId");
    names.insert(StatusRole, "status");
    names.insert(DaysWaitingRole, "daysWaiting");
    return names;
}

} // namespace tsunagu::ui
