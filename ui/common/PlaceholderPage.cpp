// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

PlaceholderPage::PlaceholderPage(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    auto *text = new QLabel(tr("This section is coming in a later version of Tsunagu."), this);
    text->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();

    setAccessibleName(title);
    setAccessibleDescription(text->text());
}

} // namespace tsunagu::ui
