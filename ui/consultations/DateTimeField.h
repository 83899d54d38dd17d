// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTimeEdit>

namespace tsunagu::ui {

// A date (or date and time) field that is one stop in the tab order: Tab
// leaves it instead of walking through its year, month, day, hour and minute
// (Left and Right, or typing a part in full, move between them).
class DateTimeField : public QDateTimeEdit
{
    Q_OBJECT

public:
    // `format` as QDateTimeEdit::setDisplayFormat; the calendar pops up on Alt+Down.
    explicit DateTimeField(const QString &format, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace tsunagu::ui
