// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace tsunagu::ui {

// The global search field at the top of the main window (Ctrl+F). It only
// edits text; what is searched is decided by whoever listens.
// Enter: open the top hit (returnPressed). Down: go to the results.
// Esc: clear the field.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);

signals:
    void downPressed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace tsunagu::ui
