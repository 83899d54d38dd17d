// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tsunagu::ui {

// One referral: to whom, for what, what was shared, its steps so far, and the
// next step to record (the agency's answer, the first contact, …).
class ReferralStatusDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralStatusDialog(const Session &session, qint64 referralId, QWidget *parent = nullptr);

    QComboBox *nextStepCombo() const { return m_next; }
    QDateTimeEdit *whenEdit() const { return m_when; }
    QLineEdit *noteEdit() const { return m_note; }
    QListWidget *historyList() const { return m_history; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Records the chosen step; stays open and says why when core refuses.
    void accept() override;

private:
    void load();

    Session m_session;
    qint64 m_referralId;
    QLabel *m_summary;
    QListWidget *m_history;
    QComboBox *m_next;
    QDateTimeEdit *m_when;
    QLineEdit *m_note;
    QLabel *m_error;
    QPushButton *m_save = nullptr;
};

} // namespace tsunagu::ui
