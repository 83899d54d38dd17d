// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/SupportCase.h"
#include "ui/consultations/FieldErrors.h"

#include <QDialog>

class QLabel;

namespace tsunagu::ui {

class DateTimeField;
// 就職日を記録: the job start of a case and, in the same step, its retention
// checks (定着確認) 1, 3, 6 and 12 months later (CaseRepository::
// scheduleRetentionChecks). A job start on or before today is recorded as
// done on that day; a later one stays planned.
class JobStartDialog : public QDialog
{
    Q_OBJECT

public:
    JobStartDialog(const Session &session, const SupportCase &supportCase, QWidget *parent = nullptr);

    DateTimeField *dateEdit() const { return m_date; }
    QLabel *planLabel() const { return m_plan; }
    QLabel *errorLabel() const { return m_errors.label(QStringLiteral("job_start")); }

public slots:
    void accept() override;

private:
    void updatePlan();

    Session m_session;
    SupportCase m_case;
    FieldErrors m_errors;
    DateTimeField *m_date;
    QLabel *m_plan;
};

} // namespace tsunagu::ui
