// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/SupportCase.h"
#include "ui/consultations/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tsunagu::ui {

class DateTimeField;
// 完了を記録: a milestone done (a retention check held, a job start that
// happened), on which day and with what result, with a note. Changing a
// milestone already done is a correction and asks for the reason.
class MilestoneDoneDialog : public QDialog
{
    Q_OBJECT

public:
    MilestoneDoneDialog(const Session &session, const CaseMilestone &milestone, QWidget *parent = nullptr);

    DateTimeField *doneEdit() const { return m_done; }
    QComboBox *resultBox() const { return m_result; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel(const QString &field) const { return m_errors.label(field); }

public slots:
    void accept() override;

private:
    Session m_session;
    CaseMilestone m_milestone;
    FieldErrors m_errors;
    DateTimeField *m_done;
    QComboBox *m_result;
    QPlainTextEdit *m_note;
    QLineEdit *m_reason;
};

} // namespace tsunagu::ui
