// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/agencies/AgencyListModel.h"

#include <QFont>

namespace tsunagu::ui {

AgencyListModel::AgencyListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AgencyListModel::setAgencies(const QList<Agency> &agencies)
{
    beginResetModel();
    m_rows = agencies;
    endResetModel();
}

const Agency *AgencyListModel::agencyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AgencyListModel::rowOf(qint64 agencyId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == agencyId)
            return row;
    }
    return -1;
}

QString AgencyListModel::region(const Agency &agency)
{
    return QString(agency.prefecture + agency.municipality).trimmed();
}

int AgencyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AgencyListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Agency &a = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a.active ? a.name : tr("%1 (no longer active)").arg(a.name);
        case KindColumn:
            return label(a.kind);
        case RegionColumn:
            return region(a);
        case PhoneColumn:
            return a.phone;
        case ContactColumn:
            return a.contactName;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !a.address.isEmpty())
            return a.address;
        return {};
    case Qt::FontRole:
        if (!a.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return a.id;
    case ActiveRole:
        return a.active;
    default:
        return {};
    }
}

QVariant AgencyListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Agency");
    case KindColumn:
        return tr("Kind");
    case RegionColumn:
        return tr("Region");
    case PhoneColumn:
        return tr("Phone");
    case ContactColumn:
        return tr("Contact person");
    default:
        return {};
    }
}

} // namespace tsunagu::ui
