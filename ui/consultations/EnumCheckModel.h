// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace tsunagu::ui {

// A checklist of the values of one of core's vocabularies (topics, who
// attended): row i is the value with index i, checked rows are a bit set, the
// same bits as EnumSet<E>::bits(). Space on a row of a view toggles it.
class EnumCheckModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SearchKeyRole = Qt::UserRole + 1, // QString: the label (and its English source) as text::searchKey
    };

    // `labels` in the user's language; `sourceLabels` (optional) the English
    // source texts, so that a filter finds "job" in Japanese too.
    explicit EnumCheckModel(const QStringList &labels, const QStringList &sourceLabels = {}, QObject *parent = nullptr);

    quint64 bits() const { return m_bits; }
    void setBits(quint64 bits);
    bool isChecked(int row) const;
    void setChecked(int row, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void bitsChanged(quint64 bits);

private:
    bool isRow(const QModelIndex &index) const;

    QStringList m_labels;
    QStringList m_searchKeys;
    quint64 m_bits = 0;
};

} // namespace tsunagu::ui
