// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewQueueModel.h"

#include "common/Clock.h"
#include "ui/common/DateFormat.h"

namespace tsunagu::ui {

ReviewQueueModel::ReviewQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReviewQueueModel::setRecords(
    const QList<privacy::DisclosureRecord> &records, const QHash<qint64, QString> &staffNames)
{
    beginResetModel();
    m_records = records;
    m_staff = staffNames;
    endResetModel();
}

const privacy::DisclosureRecord *ReviewQueueModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int ReviewQueueModel::rowOf(qint64 disclosureId) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == disclosureId)
            return row;
    }
    return -1;
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const privacy::DisclosureRecord &r = m_records.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case WhenColumn: {
        const QDateTime at = jst::toLocal(r.at);
        return QString(DateFormat::display(at.date()) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm")));
    }
    case ClientColumn:
        return r.clientLabel;
    case RecipientColumn:
        return r.recipientLabel;
    case InformationColumn:
        return r.categories.toLabels(tr(", "));
    case GroundColumn:
        return r.exception ? label(*r.exception) : QString();
    case JustificationColumn:
        return role == Qt::ToolTipRole ? r.justification : r.justification.simplified();
    case StaffColumn:
        return m_staff.value(r.staffId);
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ClientColumn:
        return tr("Client");
    case RecipientColumn:
        return tr("Recipient");
    case InformationColumn:
        return tr("Information");
    case GroundColumn:
        return tr("Legal ground");
    case JustificationColumn:
        return tr("Justification");
    case StaffColumn:
        return tr("Staff");
    default:
        return {};
    }
}

} // namespace tsunagu::ui
