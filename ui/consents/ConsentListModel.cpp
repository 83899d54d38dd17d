// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/ConsentListModel.h"

#include "common/Clock.h"

#include <QFont>

namespace tsunagu::ui {

ConsentListModel::ConsentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConsentListModel::setRows(const QList<Row> &rows, qint64 now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

const privacy::Consent *ConsentListModel::consentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).consent : nullptr;
}

int ConsentListModel::rowOf(qint64 consentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).consent.id == consentId)
            return row;
    }
    return -1;
}

int ConsentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConsentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConsentListModel::status(const privacy::Consent &c) const
{
    if (c.withdrawnAt && *c.withdrawnAt <= m_now)
        return tr("Withdrawn on %1").arg(jst::dateOf(*c.withdrawnAt).toString(Qt::ISODate));
    if (c.givenAt > m_now)
        return tr("Not started yet");
    if (c.expiresAt <= m_now)
        return tr("Expired");
    const int left = static_cast<int>(jst::dateOf(m_now).daysTo(c.validUntil()));
    if (left <= endsSoonDays)
        return tr("In force, ends in %n day(s)", "", left);
    return tr("In force");
}

QVariant ConsentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const privacy::Consent &c = row.consent;
    const bool health = c.kind == privacy::ConsentKind::HealthAcquisition;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RecipientsColumn:
            return health ? tr("Recording health information") : row.recipients;
        case PurposesColumn:
            return health ? QString() : c.purposes.toLabels(tr(", "));
        case InformationColumn:
            return health ? label(DataCategory::Health) : c.categories.toLabels(tr(", "));
        case PeriodColumn:
            return tr("%1 to %2").arg(c.validFrom().toString(Qt::ISODate), c.validUntil().toString(Qt::ISODate));
        case StatusColumn:
            return status(c);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && c.withdrawnAt && !c.withdrawalNote.isEmpty())
            return c.withdrawalNote;
        if (index.column() == RecipientsColumn && c.byRepresentative)
            return tr("Given by %1").arg(c.representativeName);
        return {};
    case Qt::FontRole: {
        const bool over = (c.withdrawnAt && *c.withdrawnAt <= m_now) || c.expiresAt <= m_now;
        if (!over)
            return {};
        QFont font;
        font.setStrikeOut(c.withdrawnAt.has_value());
        font.setItalic(true);
        return font;
    }
    case IdRole:
        return c.id;
    case WithdrawableRole:
        return !c.withdrawnAt && c.expiresAt > m_now;
    default:
        return {};
    }
}

QVariant ConsentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecipientsColumn:
        return tr("Recipients");
    case PurposesColumn:
        return tr("Purposes");
    case InformationColumn:
        return tr("Information");
    case PeriodColumn:
        return tr("Period");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tsunagu::ui
