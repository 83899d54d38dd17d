// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/NoteHitsModel.h"

#include "common/Clock.h"
#include "repo/ClientRepository.h"
#include "search/NoteSearch.h"
#include "ui/common/DateFormat.h"

#include <QHash>

#include <algorithm>

namespace tsunagu::ui {

NoteHitsModel::NoteHitsModel(const Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{ }

void NoteHitsModel::setSearchText(const QString &text)
{
    m_text = text;
    reload();
}

void NoteHitsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_complete = true;
    m_indexStale = false;
    m_failure.clear();
    const QString query = m_text.simplified();
    if (query.size() >= minimumLength) {
        const Result<search::NoteHits> found = search::NoteSearch(m_session.db()).find(query, defaultLimit);
        if (!found) {
            m_failure = found.error().message;
        } else {
            m_complete = found->complete;
            m_indexStale = found->indexStale;
            // The people of at most fifty hits, each read once.
            const ClientRepository clients(m_session);
            QHash<qint64, std::pair<QString, QString>> names;
            for (const search::NoteHit &hit : found->hits) {
                if (!names.contains(hit.clientId)) {
                    const Result<Client> client = clients.get(hit.clientId);
                    names.insert(hit.clientId, client ? std::pair(client->name, client->nameKana)
                                                      : std::pair(QString(), QString()));
                }
                const auto &[name, kana] = names.value(hit.clientId);
                m_rows.append({hit.consultationId, hit.clientId, hit.startedAt, name, kana, hit.snippet});
            }
            // The hits are the most recently recorded notes; shown by the date
            // of the consultation, as a person reads a history.
            std::stable_sort(m_rows.begin(), m_rows.end(),
                             [](const Row &a, const Row &b) { return a.startedAt > b.startedAt; });
        }
    }
    endResetModel();
}

int NoteHitsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NoteHitsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteHitsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ClientIdRole:
        return row.clientId;
    case ConsultationIdRole:
        return row.consultationId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return DateFormat::display(jst::dateOf(row.startedAt));
        case ClientColumn:
            return row.client;
        case SnippetColumn:
            return row.snippet;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ClientColumn)
            return row.clientKana;
        if (index.column() == SnippetColumn)
            return row.snippet;
        return {};
    default:
        return {};
    }
}

QVariant NoteHitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ClientColumn:
        return tr("Client");
    case SnippetColumn:
        return tr("Where the words appear");
    default:
        return {};
    }
}

QHash<int, QByteArray> NoteHitsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ClientIdRole, "clientId");
    names.insert(ConsultationIdRole, "consultationId");
    return names;
}

} // namespace tsunagu::ui
