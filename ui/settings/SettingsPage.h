// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace tsunagu::ui {

// One page of the settings dialog: it shows the stored values when made and
// stores what the person chose when the dialog is accepted (OK), never before,
// so that Cancel leaves everything as it was.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Stores the values of the fields.
    virtual void save() = 0;
};

} // namespace tsunagu::ui
