// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/SupportCase.h"
#include "ui/consultations/FieldErrors.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tsunagu::ui {

class DateTimeField;
class DateInput;

// 伴走ケース: a new support case, or a change to one (with the reason, kept in
// its history). Goal, stage, opened on, next follow-up, a note; when the stage
// is 終結, the closing date, the outcome and the person's experience score.
// Ctrl+Enter saves, Esc asks before throwing changes away.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    // A new case when `supportCase.id` is 0 (for `supportCase.clientId`),
    // otherwise a change to that case. `session` must outlive the dialog.
    CaseDialog(const Session &session, const SupportCase &supportCase, QWidget *parent = nullptr);

    bool isNew() const { return m_case.id == 0; }
    SupportCase supportCase() const;
    qint64 savedId() const { return m_savedId; }

    QComboBox *goalBox() const { return m_goal; }
    QComboBox *stageBox() const { return m_stage; }
    DateTimeField *openedEdit() const { return m_opened; }
    DateInput *followUpEdit() const { return m_followUp; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    DateTimeField *closedEdit() const { return m_closed; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QComboBox *scoreBox() const { return m_score; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel(const QString &field) const { return m_errors.label(field); }

public slots:
    // Saves through core; errors are shown at their field and the dialog stays.
    void accept() override;
    void reject() override;

signals:
    void saved(qint64 caseId);

private:
    void updateClosingRows();
    void markChanged() { m_changed = true; }

    Session m_session;
    SupportCase m_case;
    FieldErrors m_errors;
    QFormLayout *m_form = nullptr;
    QComboBox *m_goal = nullptr;
    QComboBox *m_stage = nullptr;
    DateTimeField *m_opened = nullptr;
    DateInput *m_followUp = nullptr;
    QPlainTextEdit *m_note = nullptr;
    DateTimeField *m_closed = nullptr;
    QComboBox *m_outcome = nullptr;
    QComboBox *m_score = nullptr;
    QLineEdit *m_reason = nullptr;
    QWidget *m_closedRow = nullptr;
    QWidget *m_outcomeRow = nullptr;
    QWidget *m_scoreRow = nullptr;
    qint64 m_savedId = 0;
    bool m_changed = false;
};

} // namespace tsunagu::ui
