// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/MilestoneDoneDialog.h"

#include "repo/CaseRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consultations/DateTimeField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tsunagu::ui {

MilestoneDoneDialog::MilestoneDoneDialog(const Session &session, const CaseMilestone &milestone, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_milestone(milestone)
    , m_errors(this)
    , m_done(new DateTimeField(QStringLiteral("yyyy/MM/dd"), this))
    , m_result(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(QStringLiteral("milestoneDoneDialog"));
    setWindowTitle(tr("Record as done: %1").arg(label(m_milestone.kind)));
    const bool correction = m_milestone.doneOn.has_value();

    auto *due
        = new QLabel(m_milestone.dueOn ? tr("Due %1").arg(DateFormat::display(*m_milestone.dueOn)) : QString(), this);
    m_done->setObjectName(QStringLiteral("doneEdit"));
    m_done->setAccessibleName(tr("Done on"));
    m_done->setDate(m_milestone.doneOn.value_or(m_session.clock().today()));
    m_result->setObjectName(QStringLiteral("resultBox"));
    m_result->setAccessibleName(tr("Result"));
    for (std::size_t i = 0; i < enumCount<MilestoneResult>(); ++i) {
        const auto result = static_cast<MilestoneResult>(i);
        m_result->addItem(label(result), toCode(result));
    }
    if (m_milestone.result)
        m_result->setCurrentIndex(m_result->findData(toCode(*m_milestone.result)));
    m_note->setObjectName(QStringLiteral("milestoneNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlainText(m_milestone.note);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_note->setPlaceholderText(tr("e.g. still working, hours reduced to 30 a week"));
    m_reason->setObjectName(QStringLiteral("milestoneReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the change"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString &text, QWidget *field, const QString &name) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        QWidget *row = m_errors.wrap(field, name);
        form->addRow(label, row);
        return row;
    };
    form->addRow(QString(), due);
    addRow(tr("&Done on:"), m_done, QStringLiteral("done_on"));
    addRow(tr("R&esult:"), m_result, QStringLiteral("result"));
    addRow(tr("&Note:"), m_note, QStringLiteral("note"));
    form->setRowVisible(addRow(tr("&Reason:"), m_reason, QStringLiteral("reason")), correction);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok = buttons->addButton(tr("Record (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *button : { ok, cancel })
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &MilestoneDoneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MilestoneDoneDialog::reject);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &MilestoneDoneDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_done->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 36, sizeHint().height());
}

void MilestoneDoneDialog::accept()
{
    m_errors.clear();
    CaseMilestone m = m_milestone;
    m.doneOn = m_done->date();
    m.result = fromCode<MilestoneResult>(m_result->currentData().toString());
    m.note = m_note->toPlainText();
    // The first time it is a completion, said so in the history; afterwards a correction with its reason.
    const QString reason = m_milestone.doneOn ? m_reason->text() : tr("Recorded as done");
    const Result<int> saved = CaseRepository(m_session).updateMilestone(m, reason);
    if (!saved) {
        if (!m_errors.show(saved.error()))
            MessageBoxes::showError(this, tr("The milestone was not saved."), saved.error());
        return;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
