// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace tsunagu::ui {

// Asks when the person withdrew a consent (today unless earlier) and a short
// note. Withdrawal stops every disclosure from then on; nothing is deleted.
class WithdrawConsentDialog : public QDialog
{
    Q_OBJECT

public:
    // `earliest`: the consent's first day.
    WithdrawConsentDialog(const Session &session, QDate earliest, const QString &summary, QWidget *parent = nullptr);

    // The instant to record: now for today, the start of the day for an earlier day.
    qint64 withdrawnAt() const;
    QString note() const;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *noteEdit() const { return m_note; }

private:
    Session m_session;
    QDateEdit *m_date;
    QLineEdit *m_note;
};

} // namespace tsunagu::ui
