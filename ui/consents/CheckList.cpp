// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/CheckList.h"

#include "text/Normalizer.h"

namespace tsunagu::ui {

CheckList::CheckList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (item->flags() & Qt::ItemIsUserCheckable)
            emit checkedChanged();
    });
}

void CheckList::addHeading(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setFlags(Qt::ItemIsEnabled);
    QFont font = item->font();
    font.setBold(true);
    item->setFont(font);
}

QListWidgetItem *CheckList::addChoice(const QString &text, const QVariant &value, bool checked)
{
    auto *item = new QListWidgetItem(text, this);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setData(ValueRole, value);
    return item;
}

QVariantList CheckList::checkedValues() const
{
    QVariantList values;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *it = item(row);
        if ((it->flags() & Qt::ItemIsUserCheckable) && it->checkState() == Qt::Checked)
            values << it->data(ValueRole);
    }
    return values;
}

int CheckList::rowOf(const QVariant &value) const
{
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *it = item(row);
        if ((it->flags() & Qt::ItemIsUserCheckable) && it->data(ValueRole) == value)
            return row;
    }
    return -1;
}

void CheckList::setChecked(const QVariant &value, bool checked)
{
    if (const int row = rowOf(value); row >= 0)
        item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool CheckList::isChecked(const QVariant &value) const
{
    const int row = rowOf(value);
    return row >= 0 && item(row)->checkState() == Qt::Checked;
}

void CheckList::setFilter(const QString &text)
{
    const QString key = text::searchKey(text);
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *it = item(row);
        if (!(it->flags() & Qt::ItemIsUserCheckable))
            continue;
        it->setHidden(!key.isEmpty() && !text::searchKey(it->text()).contains(key));
    }
}

QSize CheckList::sizeHint() const
{
    const QSize base = QListWidget::sizeHint();
    return { base.width(), fontMetrics().lineSpacing() * 9 };
}

} // namespace tsunagu::ui
