// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/SearchField.h"

#include <QKeyEvent>

namespace tsunagu::ui {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("globalSearchField"));
    setPlaceholderText(tr("Search names, readings and notes (Ctrl+F)"));
    setAccessibleName(tr("Search clients and consultation notes"));
    setAccessibleDescription(
        tr("Type a name or a reading in any kana, or words of a consultation note. Enter opens the top hit; Down goes to the list."));
    setClearButtonEnabled(true);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        emit downPressed();
        return;
    }
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace tsunagu::ui
