// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/CaseTreeModel.h"

#include "repo/CaseRepository.h"
#include "ui/common/DateFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tsunagu::ui {

namespace {
// Case rows carry internalId 0; a milestone row carries its case's row + 1.
constexpr quintptr caseRowId = 0;

QString firstLine(const QString &text)
{
    return text.section(QLatin1Char('\n'), 0, 0);
}

QString dateText(const std::optional<QDate> &date)
{
    return date ? DateFormat::display(*date) : QString();
}
} // namespace

CaseTreeModel::CaseTreeModel(const Session &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{ }

Status CaseTreeModel::setClient(qint64 clientId)
{
    m_clientId = clientId;
    return reload();
}

Status CaseTreeModel::reload()
{
    QList<Entry> entries;
    Status status;
    if (m_clientId != 0) {
        const CaseRepository repository(m_session);
        const Result<QList<SupportCase>> cases = repository.forClient(m_clientId);
        if (!cases) {
            status = fail(cases.error());
        } else {
            for (const SupportCase &c : *cases) {
                const Result<QList<CaseMilestone>> milestones = repository.milestones(c.id);
                if (!milestones) {
                    status = fail(milestones.error());
                    entries.clear();
                    break;
                }
                entries << Entry { c, *milestones };
            }
        }
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    return status;
}

const SupportCase *CaseTreeModel::caseAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == caseRowId ? index.row() : static_cast<int>(index.internalId() - 1);
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row).supportCase : nullptr;
}

const CaseMilestone *CaseTreeModel::milestoneAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == caseRowId)
        return nullptr;
    const Entry &entry = m_entries.at(static_cast<int>(index.internalId() - 1));
    return index.row() < entry.milestones.size() ? &entry.milestones.at(index.row()) : nullptr;
}

QModelIndex CaseTreeModel::indexOfCase(qint64 caseId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).supportCase.id == caseId)
            return index(row, 0);
    }
    return {};
}

QModelIndex CaseTreeModel::indexOfMilestone(qint64 milestoneId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        const QList<CaseMilestone> &milestones = m_entries.at(row).milestones;
        for (int child = 0; child < milestones.size(); ++child) {
            if (milestones.at(child).id == milestoneId)
                return index(child, 0, index(row, 0));
        }
    }
    return {};
}

QModelIndex CaseTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, caseRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex CaseTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == caseRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, caseRowId);
}

int CaseTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_entries.size());
    if (parent.column() != 0 || parent.internalId() != caseRowId)
        return 0;
    return static_cast<int>(m_entries.at(parent.row()).milestones.size());
}

int CaseTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags CaseTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != caseRowId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QVariant CaseTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (const CaseMilestone *m = milestoneAt(index))
        return milestoneData(*m, index.column(), role);
    if (const SupportCase *c = caseAt(index))
        return caseData(*c, index.column(), role);
    return {};
}

QVariant CaseTreeModel::caseData(const SupportCase &c, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return tr("%1 (since %2)").arg(label(c.goal), DateFormat::display(c.openedOn));
        case StatusColumn:
            return c.outcome ? tr("%1: %2").arg(label(c.stage), label(*c.outcome)) : label(c.stage);
        case DueColumn:
            return dateText(c.nextFollowUp);
        case DoneColumn:
            return dateText(c.closedOn);
        case NoteColumn:
            return firstLine(c.note);
        }
        break;
    case Qt::ToolTipRole:
        if (column == DueColumn && c.nextFollowUp)
            return tr("Next follow-up: %1").arg(DateFormat::era(*c.nextFollowUp));
        if (column == NoteColumn && !c.note.isEmpty())
            return c.note;
        break;
    case Qt::FontRole:
        if (column == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case CaseIdRole:
        return c.id;
    case MilestoneIdRole:
        return qint64 { 0 };
    case DueDateRole:
        return c.nextFollowUp.value_or(QDate());
    case DoneDateRole:
        return c.closedOn.value_or(QDate());
    }
    return {};
}

bool CaseTreeModel::isOverdue(const CaseMilestone &m) const
{
    return !m.doneOn && m.dueOn && *m.dueOn < m_session.clock().today();
}

QVariant CaseTreeModel::milestoneData(const CaseMilestone &m, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return label(m.kind);
        case StatusColumn:
            if (m.result)
                return label(*m.result);
            if (m.doneOn)
                return tr("Done");
            return isOverdue(m) ? tr("Overdue") : tr("Planned");
        case DueColumn:
            return dateText(m.dueOn);
        case DoneColumn:
            return dateText(m.doneOn);
        case NoteColumn:
            return firstLine(m.note);
        }
        break;
    case Qt::ToolTipRole:
        if (column == DueColumn && m.dueOn)
            return DateFormat::era(*m.dueOn);
        if (column == NoteColumn && !m.note.isEmpty())
            return m.note;
        break;
    case Qt::ForegroundRole:
        if (column == StatusColumn && isOverdue(m))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        break;
    case CaseIdRole:
        return m.caseId;
    case MilestoneIdRole:
        return m.id;
    case DueDateRole:
        return m.dueOn.value_or(QDate());
    case DoneDateRole:
        return m.doneOn.value_or(QDate());
    }
    return {};
}

QVariant CaseTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Case or milestone");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return tr("Due");
    case DoneColumn:
        return tr("Done on");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace tsunagu::ui
