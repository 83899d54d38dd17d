// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

namespace tsunagu::test {

// QTest::keyClicks (Qt 6.4) passes each character through toLatin1(), which
// turns kana into NUL. This types any text, one key press per character, as
// an input method without composition would.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The widget with the keyboard focus (the application's, not the window system's).
inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// Tab from the focused widget, as a person would.
inline void tab()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
}

// Makes `window` the active window, as the window system does for a window
// just shown or one whose dialog just closed (the offscreen platform does
// neither on its own). Keyboard shortcuts only reach the active window.
[[nodiscard]] inline bool activate(QWidget *window)
{
    window->activateWindow();
    // Not qWaitForWindowActive: a dialog counts as active while its parent is.
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window->window(); });
}

} // namespace tsunagu::test
