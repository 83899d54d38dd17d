// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tsunagu::ui {

// 消去 (PRIVACY.md rule 12, APPI Art. 35): whose data it is, what will be
// removed and what stays, a required reason, and the person's name typed
// again (spaces do not count) before Erase can be pressed. Erase runs
// privacy::Erasure::erase() — one short transaction — and closes the dialog;
// Cancel and Esc change nothing. Rewriting the file afterwards
// (Erasure::scrub) is the caller's (RightsMenu).
class ErasureDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` must outlive the dialog.
    ErasureDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    QPushButton *eraseButton() const { return m_erase; }
    // A reason is given and the typed name is the person's.
    bool canErase() const;
    bool isErased() const { return m_erased; }

    // What must be typed to confirm: the name without any spaces (the client's
    // number when no name is recorded).
    QString confirmationText() const { return m_expected; }
    static QString withoutSpaces(const QString &text);

public slots:
    // Erases, if canErase(); stays open and shows why when core refuses.
    void accept() override;

signals:
    void erased(qint64 clientId);

private:
    void updateState();

    Session m_session;
    qint64 m_clientId;
    QString m_expected;
    bool m_available = false; // the client was read and is not erased yet
    bool m_erased = false;
    QLineEdit *m_reason;
    QLineEdit *m_confirm;
    QLabel *m_hint;
    QPushButton *m_erase;
};

} // namespace tsunagu::ui
