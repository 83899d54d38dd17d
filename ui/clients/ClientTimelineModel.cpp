// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientTimelineModel.h"

#include "ui/clients/RecordNames.h"
#include "ui/clients/TimelineLoader.h"
#include "ui/common/DateFormat.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tsunagu::ui {

ClientTimelineModel::ClientTimelineModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

void ClientTimelineModel::setClientId(qint64 clientId)
{
    m_clientId = clientId;
    reload();
}

void ClientTimelineModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_fetchQueued = false;
    load();
    applyFilter();
    endResetModel();
    if (!m_error.isEmpty())
        emit loadFailed(m_error);
}

void ClientTimelineModel::setKindFilter(std::optional<Kind> kind)
{
    if (kind == m_filter)
        return;
    beginResetModel();
    ++m_generation;
    m_fetchQueued = false;
    m_filter = kind;
    applyFilter();
    endResetModel();
}

void ClientTimelineModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

const TimelineEntry &ClientTimelineModel::entry(int row) const
{
    return m_all.at(m_filtered.at(row));
}

int ClientTimelineModel::showRecord(Kind kind, qint64 id)
{
    for (int row = 0; row < m_filtered.size(); ++row) {
        const TimelineEntry &e = m_all.at(m_filtered.at(row));
        if (e.kind != kind || e.id != id)
            continue;
        if (row >= m_visible) {
            beginInsertRows({}, m_visible, row);
            m_visible = row + 1;
            endInsertRows();
        }
        return row;
    }
    return -1;
}

QString ClientTimelineModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Consultation:
        return tr("Consultation");
    case Kind::Case:
        return tr("Case");
    case Kind::Referral:
        return tr("Referral");
    case Kind::Consent:
        return tr("Consent");
    case Kind::Disclosure:
        return tr("Disclosure");
    }
    return {};
}

void ClientTimelineModel::load()
{
    m_all.clear();
    m_error.clear();
    if (m_clientId <= 0)
        return;
    const RecordNames names(m_session, m_clientId);
    const Result<QList<TimelineEntry>> entries = TimelineLoader(m_session, names).load(m_clientId);
    if (!entries) {
        m_error = entries.error().message;
        return;
    }
    m_all = *entries;
}

void ClientTimelineModel::applyFilter()
{
    m_filtered.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_filter || m_all.at(i).kind == *m_filter)
            m_filtered << i;
    }
    m_visible = std::min(m_pageSize, static_cast<int>(m_filtered.size()));
}

int ClientTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int ClientTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = entry(index.row());
    switch (role) {
    case KindRole:
        return QVariant::fromValue(e.kind);
    case IdRole:
        return e.id;
    case AtRole:
        return e.at;
    case StateRole:
        return e.state;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateFormat::display(e.date);
        case KindColumn:
            return kindLabel(e.kind);
        case SummaryColumn:
            return e.summary;
        case StaffColumn:
            return e.staff;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn && e.date.isValid())
            return DateFormat::era(e.date);
        return e.details;
    case Qt::FontRole:
        if (e.struckOut) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (e.dimmed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    }
    return {};
}

QVariant ClientTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case SummaryColumn:
        return tr("Summary");
    case StaffColumn:
        return tr("Staff");
    }
    return {};
}

bool ClientTimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetchQueued && m_visible < m_filtered.size();
}

void ClientTimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(
        this, [this, generation = m_generation] { fetchQueuedPage(generation); }, Qt::QueuedConnection);
}

void ClientTimelineModel::fetchQueuedPage(quint64 generation)
{
    if (generation != m_generation || !m_fetchQueued)
        return;
    m_fetchQueued = false;
    const int total = static_cast<int>(m_filtered.size());
    const int last = std::min(m_visible + m_pageSize, total) - 1;
    if (last < m_visible)
        return;
    beginInsertRows({}, m_visible, last);
    m_visible = last + 1;
    endInsertRows();
}

QHash<int, QByteArray> ClientTimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "recordId");
    names.insert(AtRole, "at");
    names.insert(StateRole, "state");
    return names;
}

} // namespace tsunagu::ui
