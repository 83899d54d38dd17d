// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/DateTimeField.h"

namespace tsunagu::ui {

DateTimeField::DateTimeField(const QString &format, QWidget *parent)
    : QDateTimeEdit(parent)
{
    setDisplayFormat(format);
    setCalendarPopup(true);
}

bool DateTimeField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next); // not QDateTimeEdit's walk through the sections
}

} // namespace tsunagu::ui
