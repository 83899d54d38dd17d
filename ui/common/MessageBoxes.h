// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QMessageBox>
#include <QString>

class QWidget;

namespace tsunagu::ui {

// Every message box of the application goes through here, so that a test can
// answer the next one instead of a person (KeePassXC's MessageBox).
class MessageBoxes
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // `text` says what happened; `details` (optional) what to do or why.
    static Button critical(QWidget *parent, const QString &text, const QString &details = {},
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget *parent, const QString &text, const QString &details = {},
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget *parent, const QString &text, const QString &details = {},
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::NoButton);

    // A core error: `what` says what could not be done, the error's own
    // message (already in the user's language) says why and what to do.
    static Button showError(QWidget *parent, const QString &what, const Error &error);

    // Test hooks: the next message box is not shown and returns `answer`.
    static void setNextAnswer(Button answer);
    // The text and details of the last message box, shown or answered.
    static QString lastText();

private:
    static Button show(QWidget *parent, QMessageBox::Icon icon, const QString &text, const QString &details,
        Buttons buttons, Button defaultButton);
};

} // namespace tsunagu::ui
