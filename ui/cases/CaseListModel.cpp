// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/CaseListModel.h"

#include "ui/common/DateFormat.h"

#include <QFont>

namespace tsunagu::ui {

CaseListModel::CaseListModel(const storage::Database &db, const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_list(db)
    , m_clock(clock)
{ }

void CaseListModel::setFilter(CaseListFilter filter)
{
    m_filter = filter;
    reload();
}

Result<CaseListSlice> CaseListModel::readPage(const std::optional<CaseListCursor> &after, int limit) const
{
    CaseListQuery query;
    query.filter = m_filter;
    query.limit = limit;
    query.after = after;
    return m_list.page(query);
}

int CaseListModel::rowOfCase(qint64 caseId) const
{
    return findRow([caseId](const CaseListRow &row) { return row.caseId == caseId; });
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseListModel::isOverdue(const CaseListRow &row) const
{
    return !row.closedOn && row.nextFollowUp && *row.nextFollowUp < m_clock.today();
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseListRow &row = rows().at(index.row());
    switch (role) {
    case ClientIdRole:
        return row.clientId;
    case CaseIdRole:
        return row.caseId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReadingColumn:
            return row.clientKana;
        case NameColumn:
            return row.clientName;
        case GoalColumn:
            return label(row.goal);
        case StageColumn:
            return row.closedOn
                ? tr("%1 (%2)", "stage (closing date)").arg(label(row.stage), DateFormat::display(*row.closedOn))
                : label(row.stage);
        case OpenedColumn:
            return DateFormat::display(row.openedOn);
        case LastContactColumn:
            return row.lastContactAt ? DateFormat::display(jst::dateOf(*row.lastContactAt)) : tr("None yet");
        case FollowUpColumn:
            return row.nextFollowUp ? DateFormat::display(*row.nextFollowUp) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FollowUpColumn && isOverdue(row))
            return tr("The follow-up date has passed.");
        if (index.column() == LastContactColumn && row.lastContactAt)
            return tr("%n day(s) ago", "", static_cast<int>(jst::dateOf(*row.lastContactAt).daysTo(m_clock.today())));
        if (index.column() == NameColumn || index.column() == ReadingColumn)
            return tr("%1 (%2)", "name (reading)").arg(row.clientName, row.clientKana);
        break;
    case Qt::FontRole:
        if (index.column() == FollowUpColumn && isOverdue(row)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReadingColumn:
        return tr("Reading");
    case NameColumn:
        return tr("Client");
    case GoalColumn:
        return tr("Goal");
    case StageColumn:
        return tr("Stage");
    case OpenedColumn:
        return tr("Started");
    case LastContactColumn:
        return tr("Last contact");
    case FollowUpColumn:
        return tr("Next follow-up");
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    names.insert(CaseIdRole, "caseId");
    return names;
}

} // namespace tsunagu::ui
