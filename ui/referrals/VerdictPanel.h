// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;

namespace tsunagu::ui {

// The disclosure gate's answer, shown large: green when the request is
// allowed (and on what basis), red with every reason when it is not, plain
// while there is nothing to ask yet.
class VerdictPanel : public QFrame
{
    Q_OBJECT

public:
    enum class State { Undecided, Allowed, Refused };

    explicit VerdictPanel(QWidget *parent = nullptr);

    void showUndecided(const QString &text);
    void showAllowed(const QString &title, const QString &details);
    void showRefused(const QString &title, const QStringList &reasons);

    State state() const { return m_state; }
    QString title() const;
    // The reasons of a refusal (empty otherwise).
    const QStringList &reasons() const { return m_reasons; }
    // Everything shown, as plain text.
    QString text() const;

private:
    void setState(State state);

    State m_state = State::Undecided;
    QLabel *m_title;
    QLabel *m_details;
    QStringList m_reasons;
    QString m_detailsText;
};

} // namespace tsunagu::ui
