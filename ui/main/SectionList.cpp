// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SectionList.h"

#include <QKeySequence>

#include <algorithm>

namespace tsunagu::ui {

SectionList::SectionList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sectionList"));
    setAccessibleName(tr("Sections"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
    setUniformItemSizes(true);
    // Rows taller than the text, so that the sections are easy to hit and to read.
    const int rowHeight = fontMetrics().height() * 8 / 5;
    for (int i = 0; i < sectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        auto *item = new QListWidgetItem(title(section), this);
        item->setSizeHint(QSize(fontMetrics().horizontalAdvance(item->text()), rowHeight));
        const QString keys = shortcut(section).toString(QKeySequence::NativeText);
        item->setToolTip(keys);
        item->setData(Qt::AccessibleDescriptionRole, keys);
    }
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

QString SectionList::title(Section section)
{
    switch (section) {
    case Section::Today:
        return tr("Today");
    case Section::Clients:
        return tr("Clients");
    case Section::Cases:
        return tr("Support cases");
    case Section::Referrals:
        return tr("Referrals");
    case Section::Agencies:
        return tr("Partner agencies");
    case Section::Statistics:
        return tr("Statistics");
    case Section::Review:
        return tr("To review");
    }
    return {};
}

QKeySequence SectionList::shortcut(Section section)
{
    return QKeySequence(
        QKeyCombination(Qt::ControlModifier, static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(section))));
}

QSize SectionList::sizeHint() const
{
    // As wide as the longest title, so that none is cut off in either language.
    int textWidth = 0;
    for (int i = 0; i < count(); ++i)
        textWidth = std::max(textWidth, fontMetrics().horizontalAdvance(item(i)->text()));
    const int width = textWidth + 2 * frameWidth() + fontMetrics().horizontalAdvance(QLatin1Char('M')) * 3;
    return { width, QListWidget::sizeHint().height() };
}

} // namespace tsunagu::ui
