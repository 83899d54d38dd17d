// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/EnumCheckModel.h"

#include "text/Normalizer.h"

namespace tsunagu::ui {

namespace {
quint64 bitOf(int row)
{
    return quint64 { 1 } << row;
}
} // namespace

EnumCheckModel::EnumCheckModel(const QStringList &labels, const QStringList &sourceLabels, QObject *parent)
    : QAbstractListModel(parent)
    , m_labels(labels.mid(0, 64))
{
    for (qsizetype i = 0; i < m_labels.size(); ++i) {
        QString key = text::searchKey(m_labels.at(i));
        if (i < sourceLabels.size())
            key += QLatin1Char('\n') + text::searchKey(sourceLabels.at(i));
        m_searchKeys << key;
    }
}

void EnumCheckModel::setBits(quint64 bits)
{
    const quint64 all = m_labels.isEmpty() ? 0 : (~quint64 { 0 } >> (64 - m_labels.size()));
    bits &= all;
    if (bits == m_bits)
        return;
    const quint64 changed = bits ^ m_bits;
    m_bits = bits;
    for (int row = 0; row < rowCount(); ++row) {
        if (changed & bitOf(row))
            emit dataChanged(index(row), index(row), { Qt::CheckStateRole });
    }
    emit bitsChanged(m_bits);
}

bool EnumCheckModel::isChecked(int row) const
{
    return row >= 0 && row < rowCount() && (m_bits & bitOf(row));
}

void EnumCheckModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= rowCount())
        return;
    setBits(checked ? (m_bits | bitOf(row)) : (m_bits & ~bitOf(row)));
}

bool EnumCheckModel::isRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid() && index.column() == 0
        && index.row() < rowCount();
}

int EnumCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_labels.size());
}

QVariant EnumCheckModel::data(const QModelIndex &index, int role) const
{
    if (!isRow(index))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_labels.at(index.row());
    case Qt::CheckStateRole:
        return isChecked(index.row()) ? Qt::Checked : Qt::Unchecked;
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    }
    return {};
}

bool EnumCheckModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isRow(index))
        return false;
    setChecked(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags EnumCheckModel::flags(const QModelIndex &index) const
{
    if (!isRow(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace tsunagu::ui
