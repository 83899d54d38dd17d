// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/CaseDialog.h"

#include "repo/CaseRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consultations/DateInput.h"
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

namespace {

template <typename E> void fill(QComboBox *box)
{
    for (std::size_t i = 0; i < enumCount<E>(); ++i) {
        const auto value = static_cast<E>(i);
        box->addItem(label(value), toCode(value));
    }
}

template <typename E> void select(QComboBox *box, E value)
{
    box->setCurrentIndex(box->findData(toCode(value)));
}

template <typename E> std::optional<E> selected(const QComboBox *box)
{
    return fromCode<E>(box->currentData().toString());
}

DateTimeField *dateEdit(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new DateTimeField(QStringLiteral("yyyy/MM/dd"), parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

CaseDialog::CaseDialog(const Session &session, const SupportCase &supportCase, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_case(supportCase)
    , m_errors(this)
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowTitle(isNew() ? tr("New support case") : tr("Change the support case"));
    const QDate today = m_session.clock().today();

    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("goalBox"));
    m_goal->setAccessibleName(tr("Goal"));
    fill<CaseGoal>(m_goal);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageBox"));
    m_stage->setAccessibleName(tr("Stage"));
    fill<CaseStage>(m_stage);
    m_opened = dateEdit(this, QStringLiteral("openedEdit"), tr("Opened on"));
    m_followUp = new DateInput(this);
    m_followUp->setObjectName(QStringLiteral("caseFollowUpEdit"));
    m_followUp->setAccessibleName(tr("Next follow-up (optional)"));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("caseNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_closed = dateEdit(this, QStringLiteral("closedEdit"), tr("Closed on"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeBox"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("(not recorded)"), QString());
    fill<CaseOutcome>(m_outcome);
    m_score = new QComboBox(this);
    m_score->setObjectName(QStringLiteral("scoreBox"));
    m_score->setAccessibleName(tr("The person's experience score, 1 to 5"));
    m_score->addItem(tr("(not asked)"), QVariant());
    for (int score = minExperienceScore; score <= maxExperienceScore; ++score)
        m_score->addItem(QString::number(score), score);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("e.g. started work on 12/1; the person asked to pause"));

    // The case as it is, or the defaults of a new one.
    select(m_goal, m_case.goal);
    select(m_stage, m_case.stage);
    m_opened->setDate(m_case.openedOn.isValid() ? m_case.openedOn : today);
    m_followUp->setReferenceDate(today);
    m_followUp->setDate(m_case.nextFollowUp);
    m_note->setPlainText(m_case.note);
    m_closed->setDate(m_case.closedOn.value_or(today));
    m_outcome->setCurrentIndex(m_case.outcome ? m_outcome->findData(toCode(*m_case.outcome)) : 0);
    m_score->setCurrentIndex(m_case.experienceScore ? m_score->findData(*m_case.experienceScore) : 0);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](const QString &text, QWidget *field, const QString &name, QWidget *trailing = nullptr) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        QWidget *row = m_errors.wrap(field, name, trailing);
        m_form->addRow(label, row);
        return row;
    };
    addRow(tr("&Goal:"), m_goal, QStringLiteral("goal"));
    addRow(tr("&Stage:"), m_stage, QStringLiteral("stage"));
    addRow(tr("&Opened on:"), m_opened, QStringLiteral("opened_on"));
    auto *followUpHint = new QLabel(this);
    followUpHint->setObjectName(QStringLiteral("caseFollowUpHint"));
    connect(m_followUp, &DateInput::dateChanged, followUpHint,
        [this, followUpHint] { followUpHint->setText(m_followUp->hint()); });
    followUpHint->setText(m_followUp->hint());
    m_followUp->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16);
    addRow(tr("Next &follow-up:"), m_followUp, QStringLiteral("next_follow_up"), followUpHint);
    addRow(tr("&Note:"), m_note, QStringLiteral("note"));
    m_closedRow = addRow(tr("&Closed on:"), m_closed, QStringLiteral("closed_on"));
    m_outcomeRow = addRow(tr("O&utcome:"), m_outcome, QStringLiteral("outcome"));
    m_scoreRow = addRow(tr("E&xperience score:"), m_score, QStringLiteral("experience_score"));
    QWidget *reasonRow = addRow(tr("&Reason:"), m_reason, QStringLiteral("reason"));
    m_form->setRowVisible(reasonRow, !isNew());

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("caseSaveButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *button : { save, cancel })
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &CaseDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form, 1);
    layout->addWidget(buttons);

    QWidget *order[]
        = { m_goal, m_stage, m_opened, m_followUp, m_note, m_closed, m_outcome, m_score, m_reason, save, cancel };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    updateClosingRows();
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this, today] {
        if (m_stage->currentData().toString() == toCode(CaseStage::Closed) && !m_case.closedOn)
            m_closed->setDate(today);
        updateClosingRows();
        markChanged();
    });
    for (QComboBox *box : { m_goal, m_outcome, m_score })
        connect(box, &QComboBox::currentIndexChanged, this, &CaseDialog::markChanged);
    for (DateTimeField *edit : { m_opened, m_closed })
        connect(edit, &QDateTimeEdit::dateChanged, this, &CaseDialog::markChanged);
    connect(m_followUp, &QLineEdit::textEdited, this, &CaseDialog::markChanged);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CaseDialog::markChanged);
    connect(m_reason, &QLineEdit::textEdited, this, &CaseDialog::markChanged);

    m_goal->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 40, sizeHint().height());
}

void CaseDialog::updateClosingRows()
{
    const bool closed = selected<CaseStage>(m_stage) == CaseStage::Closed;
    for (QWidget *row : { m_closedRow, m_outcomeRow, m_scoreRow })
        m_form->setRowVisible(row, closed);
}

SupportCase CaseDialog::supportCase() const
{
    SupportCase c = m_case;
    c.goal = selected<CaseGoal>(m_goal).value_or(CaseGoal::Job);
    c.stage = selected<CaseStage>(m_stage).value_or(CaseStage::Intake);
    c.openedOn = m_opened->date();
    c.nextFollowUp = m_followUp->date();
    c.note = m_note->toPlainText();
    if (c.stage == CaseStage::Closed) {
        c.closedOn = m_closed->date();
        c.outcome = selected<CaseOutcome>(m_outcome);
        c.experienceScore
            = m_score->currentData().isValid() ? std::optional<int>(m_score->currentData().toInt()) : std::nullopt;
    } else {
        // Reopened (or never closed): no closing date, outcome or score.
        c.closedOn.reset();
        c.outcome.reset();
        c.experienceScore.reset();
    }
    if (isNew() && !c.staffId)
        c.staffId = m_session.staffId();
    return c;
}

void CaseDialog::accept()
{
    m_errors.clear();
    if (!m_followUp->isAcceptable()) {
        m_errors.show(
            { ErrorCode::Invalid, tr("This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now)."),
                QStringLiteral("next_follow_up") });
        return;
    }
    const SupportCase c = supportCase();
    const CaseRepository repository(m_session);
    Result<qint64> result = c.id;
    if (isNew()) {
        result = repository.create(c);
    } else if (const Result<int> changed = repository.update(c, m_reason->text()); !changed) {
        result = std::unexpected(changed.error());
    }
    if (!result) {
        if (!m_errors.show(result.error()))
            MessageBoxes::showError(this, tr("The support case was not saved."), result.error());
        return;
    }
    m_savedId = *result;
    m_changed = false;
    emit saved(m_savedId);
    QDialog::accept();
}

void CaseDialog::reject()
{
    if (m_changed
        && MessageBoxes::question(this, tr("Throw away your changes to the support case?"), {},
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace tsunagu::ui
