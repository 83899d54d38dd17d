// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class ConsentListModel;

// A client's consents: what each covers and until when, with recording a new
// one, printing the form of one, and withdrawing one (with a date, never a
// deletion; the open referrals it flagged are named).
class ConsentsDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentsDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    ConsentListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    QPushButton *printButton() const { return m_print; }
    QLabel *messageLabel() const { return m_message; }

    void selectConsent(qint64 consentId);

public slots:
    void reload();
    // Opens the ConsentDialog (window-modal, not blocking).
    void recordConsent();
    // Opens the WithdrawConsentDialog for the selected consent (not blocking).
    void withdrawSelected();
    void printSelected();

signals:
    void consentsChanged();

private:
    void updateButtons();
    void withdraw(qint64 consentId, qint64 at, const QString &note);

    Session m_session;
    qint64 m_clientId;
    ConsentListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_message;
    QPushButton *m_record;
    QPushButton *m_print;
    QPushButton *m_withdraw;
};

} // namespace tsunagu::ui
