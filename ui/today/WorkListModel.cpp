// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/WorkListModel.h"

#include "ui/common/DateFormat.h"

namespace tsunagu::ui {

using worklist::WorkItem;
using worklist::WorkKind;

WorkListModel::WorkListModel(WorkKind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{ }

void WorkListModel::setItems(const QList<WorkItem> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const WorkItem *WorkListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString WorkListModel::describe(const WorkItem &item)
{
    const QString when = DateFormat::display(item.date);
    switch (item.kind) {
    case WorkKind::ExpiringConsent: {
        const QString what = item.healthConsent ? tr("consent to record health information")
                                                : tr("consent to share with %1").arg(item.subject);
        const QString left = item.days == 0 ? tr("ends today") : tr("%n day(s) left", "", item.days);
        return tr("%1 — %2 — until %3 (%4)").arg(item.clientName, what, when, left);
    }
    case WorkKind::UnansweredReferral:
        return tr("%1 → %2 — sent %3, no answer for %n day(s)", "", item.days).arg(item.clientName, item.subject, when);
    case WorkKind::MilestoneDue: {
        const QString what = item.milestone ? label(*item.milestone) : tr("Milestone");
        QString due;
        if (item.days == 0)
            due = tr("due today");
        else if (item.days > 0)
            due = tr("%n day(s) overdue", "", item.days);
        else
            due = tr("in %n day(s)", "", -item.days);
        return tr("%1 — %2 — %3 (%4)").arg(item.clientName, what, when, due);
    }
    case WorkKind::QuietCase: {
        const QString goal = item.goal ? label(*item.goal) : QString();
        if (item.noConsultationYet)
            return tr("%1 — %2 — no consultation since the case opened on %3 (%n day(s))", "", item.days)
                .arg(item.clientName, goal, when);
        return tr("%1 — %2 — last consultation %3 (%n day(s) ago)", "", item.days).arg(item.clientName, goal, when);
    }
    case WorkKind::FollowUp: {
        QString steps = item.subject.simplified();
        if (steps.isEmpty())
            return tr("%1 — follow-up planned for today").arg(item.clientName);
        constexpr int longest = 60;
        if (steps.size() > longest)
            steps = steps.left(longest) + QStringLiteral("…");
        return tr("%1 — %2").arg(item.clientName, steps);
    }
    }
    return item.clientName;
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return describe(item);
    case Qt::ToolTipRole:
        if (item.kind == WorkKind::FollowUp && !item.subject.isEmpty())
            return QString(item.clientKana + QLatin1Char('\n') + item.subject);
        return item.clientKana;
    case Qt::AccessibleTextRole:
        return describe(item);
    case RecordIdRole:
        return item.recordId;
    case ClientIdRole:
        return item.clientId;
    case KindRole:
        return static_cast<int>(item.kind);
    default:
        return {};
    }
}

} // namespace tsunagu::ui
