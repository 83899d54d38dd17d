// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/JobStartDialog.h"

#include "repo/CaseRepository.h"
#include "storage/Database.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consultations/DateTimeField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tsunagu::ui {

JobStartDialog::JobStartDialog(const Session &session, const SupportCase &supportCase, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(supportCase)
    , m_errors(this)
    , m_date(new DateTimeField(QStringLiteral("yyyy/MM/dd"), this))
    , m_plan(new QLabel(this))
{
    setObjectName(QStringLiteral("jobStartDialog"));
    setWindowTitle(tr("Record a job start"));
    m_date->setObjectName(QStringLiteral("jobStartEdit"));
    m_date->setAccessibleName(tr("First day at work"));
    m_date->setDate(m_session.clock().today());
    m_plan->setObjectName(QStringLiteral("retentionPlan"));
    m_plan->setWordWrap(true);

    auto *label = new QLabel(tr("&First day at work:"), this);
    label->setBuddy(m_date);
    auto *form = new QFormLayout;
    form->addRow(label, m_errors.wrap(m_date, QStringLiteral("job_start")));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Record (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAutoDefault(false);
    ok->setDefault(true); // Enter in the date field records
    connect(buttons, &QDialogButtonBox::accepted, this, &JobStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobStartDialog::reject);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &JobStartDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan);
    layout->addWidget(buttons);

    connect(m_date, &QDateTimeEdit::dateChanged, this, &JobStartDialog::updatePlan);
    updatePlan();
    m_date->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34, sizeHint().height());
}

void JobStartDialog::updatePlan()
{
    const QDate start = m_date->date();
    QStringList checks;
    for (int months : { 1, 3, 6, 12 })
        checks << tr("%n month(s): %1", "", months).arg(DateFormat::display(start.addMonths(months)));
    m_plan->setText(tr("Retention checks will be planned for:") + QLatin1Char('\n') + checks.join(QLatin1Char('\n')));
}

void JobStartDialog::accept()
{
    m_errors.clear();
    const QDate start = m_date->date();
    const CaseRepository repository(m_session);
    // The plan and, for a start that has happened, its being done: one step.
    storage::Transaction tx(m_session.db());
    Status status = tx.begin();
    Result<QList<qint64>> ids = status ? repository.scheduleRetentionChecks(m_case.id, start)
                                       : Result<QList<qint64>>(std::unexpected(status.error()));
    if (ids && start <= m_session.clock().today()) {
        Result<CaseMilestone> jobStart = repository.milestone(ids->constFirst());
        if (jobStart) {
            jobStart->doneOn = start;
            jobStart->result = MilestoneResult::Achieved;
            const Result<int> done = repository.updateMilestone(*jobStart, tr("Job start recorded"));
            if (!done)
                ids = std::unexpected(done.error());
        } else {
            ids = std::unexpected(jobStart.error());
        }
    }
    if (ids)
        status = tx.commit();
    if (!ids || !status) {
        tx.rollback();
        const Error error = ids ? status.error() : ids.error();
        if (!m_errors.show(error))
            MessageBoxes::showError(this, tr("The job start was not recorded."), error);
        return;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
