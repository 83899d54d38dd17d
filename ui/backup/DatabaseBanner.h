// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tsunagu::ui {

// A band across the top of the main window that stays as long as its cause:
// the file is open read-only (amber), the file is damaged (red), or something
// the person must know happened to the data (blue, closed by its button). Its
// colours are its own, so it reads the same in a light or a dark palette.
class DatabaseBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { ReadOnly, Damaged, Notice };

    DatabaseBanner(Kind kind, const QString &text, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;
    void setDetails(const QString &details);
    // A button at the end of the band; returns it (one at most).
    QPushButton *setAction(const QString &text);
    QPushButton *actionButton() const { return m_button; }

private:
    Kind m_kind;
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_button = nullptr;
};

} // namespace tsunagu::ui
