// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListModel.h"

#include "ui/common/DateFormat.h"

#include <QFont>

namespace tsunagu::ui {

ClientListModel::ClientListModel(const storage::Database &db, const Clock &clock, QObject *parent)
    : PagedTableModel(parent)
    , m_search(db)
    , m_clock(clock)
{ }

void ClientListModel::setSearchText(const QString &text)
{
    m_text = text;
    reload();
}

Result<tsunagu::ClientPage> ClientListModel::readPage(const std::optional<ClientCursor> &after, int limit) const
{
    return m_search.find(ClientQuery(m_text, limit, after));
}

qint64 ClientListModel::clientId(int row) const
{
    const ClientSummary *client = rowAt(row);
    return client ? client->id : 0;
}

int ClientListModel::rowOf(qint64 clientId) const
{
    return findRow([clientId](const ClientSummary &client) { return client.id == clientId; });
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary &client = rows().at(index.row());
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

QHash<int, QByteArray> ClientListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "clientId");
    names.insert(BirthDateRole, "birthDate");
    return names;
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
