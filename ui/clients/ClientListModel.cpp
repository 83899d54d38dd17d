// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListModel.h"

#include "ui/common/DateFormat.h"

#include <QFont>

namespace tsunagu::ui {

ClientListModel::ClientListModel(const storage::Database &db, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(db)
    , m_clock(clock)
{ }

void ClientListModel::setSearchText(const QString &text)
{
    m_text = text;
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_fetchQueued = false;
    m_rows.clear();
    m_next.reset();
    m_atEnd = false;
    fetchPage(false);
    endResetModel();
}

void ClientListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

qint64 ClientListModel::clientId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == clientId)
            return row;
    }
    return -1;
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary &client = m_rows.at(index.row());
    const QDate birth = client.birthDate.value_or(QDate());

    switch (role) {
    case IdRole:
        return client.id;
    case BirthDateRole:
        return birth;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReadingColumn:
            return client.nameKana;
        case NameColumn:
            return client.name;
        case BirthDateColumn:
            return DateFormat::display(birth);
        case AgeColumn: {
            const int age = ageOn(birth, m_clock.today());
            return age < 0 ? QString() : tr("%1", "age in years").arg(age);
        }
        case FlagsColumn:
            return flagsText(client);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == FlagsColumn)
            return flagsToolTip(client);
        if (index.column() == BirthDateColumn && birth.isValid())
            return DateFormat::era(birth);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AgeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (index.column() == FlagsColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    }
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReadingColumn:
        return tr("Reading");
    case NameColumn:
        return tr("Name");
    case BirthDateColumn:
        return tr("Date of birth");
    case AgeColumn:
        return tr("Age");
    case FlagsColumn:
        return tr("Flags");
    }
    return {};
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetchQueued;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(
        this, [this, generation = m_generation] { fetchQueuedPage(generation); }, Qt::QueuedConnection);
}

void ClientListModel::fetchQueuedPage(quint64 generation)
{
    if (generation != m_generation || !m_fetchQueued)
        return;
    m_fetchQueued = false;
    fetchPage(true);
}

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(BirthDateRole, "birthDate");
    return names;
}

bool ClientListModel::fetchPage(bool insertRows)
{
    ClientQuery query(m_text, m_pageSize, m_next);
    const Result<ClientPage> page = m_search.find(query);
    if (!page) {
        m_atEnd = true;
        emit searchFailed(page.error().message);
        return false;
    }
    m_next = page->next;
    m_atEnd = !m_next.has_value();
    if (page->rows.isEmpty())
        return true;
    const int first = static_cast<int>(m_rows.size());
    if (insertRows)
        beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
    m_rows += page->rows;
    if (insertRows)
        endInsertRows();
    return true;
}

QString ClientListModel::flagsText(const ClientSummary &client) const
{
    QStringList flags;
    if (client.confidentialAddress)
        flags << tr("Confidential address");
    if (client.stopUse)
        flags << tr("Use stopped");
    return flags.join(QStringLiteral(" · "));
}

QString ClientListModel::flagsToolTip(const ClientSummary &client) const
{
    QStringList lines;
    if (client.confidentialAddress)
        lines << tr("Confidential address: contact details are never disclosed, even with consent.");
    if (client.stopUse)
        lines << tr("Use stopped: hidden from work lists; nothing is disclosed.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsunagu::ui
