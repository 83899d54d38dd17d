// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agencies/AgencyReferralsModel.h"

#include "common/Clock.h"
#include "ui/common/DateFormat.h"

namespace tsunagu::ui {

AgencyReferralsModel::AgencyReferralsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AgencyReferralsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AgencyReferralsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgencyReferralsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyReferralsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Referral &r = row.referral;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ClientColumn:
            return row.clientName;
        case DateColumn:
            return DateFormat::display(jst::dateOf(r.createdAt));
        case StatusColumn:
            return r.needsAttention ? tr("%1 (needs attention)").arg(label(r.status)) : label(r.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ClientColumn)
            return row.clientKana;
        if (index.column() == StatusColumn && r.needsAttention)
            return r.attentionReason;
        return {};
    case IdRole:
        return r.id;
    case ClientIdRole:
        return r.clientId;
    default:
        return {};
    }
}

QVariant AgencyReferralsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClientColumn:
        return tr("Client");
    case DateColumn:
        return tr("Referred on");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tsunagu::ui
