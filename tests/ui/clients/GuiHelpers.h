// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Keyboard helpers for the GUI tests of the client screen.

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

// The widget with the keyboard focus (keys go where a person's would).
inline QWidget *focused()
{
    return QApplication::focusWidget();
}

// Makes a window (a dialog opened by the code under test) the active one, as
// a window manager would; the offscreen platform leaves its parent active.
inline bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// Types into whatever has the focus, then Tab to the next field.
inline void typeAndTab(const QString &text)
{
    typeText(focused(), text);
    QTest::keyClick(focused(), Qt::Key_Tab);
}

} // namespace tsunagu::test
