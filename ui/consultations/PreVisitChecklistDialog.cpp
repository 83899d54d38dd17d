// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/PreVisitChecklistDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tsunagu::ui {

PreVisitChecklistDialog::PreVisitChecklistDialog(QWidget *parent)
    : QDialog(parent)
    , m_agreed(new QCheckBox(tr("The person has agreed to this visit"), this))
    , m_others(new QLineEdit(this))
    , m_risks(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("preVisitChecklistDialog"));
    setWindowTitle(tr("Before the home visit"));

    auto *intro = new QLabel(tr("A home visit needs the person's own agreement. Check it before you go."), this);
    intro->setWordWrap(true);

    m_agreed->setObjectName(QStringLiteral("personAgreedBox"));
    m_agreed->setAccessibleName(tr("The person has agreed to this visit"));
    m_others->setObjectName(QStringLiteral("othersPresentEdit"));
    m_others->setAccessibleName(tr("Who else will be there"));
    m_others->setPlaceholderText(tr("e.g. mother, support worker"));
    m_risks->setObjectName(QStringLiteral("knownRisksEdit"));
    m_risks->setAccessibleName(tr("Known risks"));
    m_risks->setTabChangesFocus(true);
    m_risks->setPlaceholderText(tr("e.g. infection risk, a dog in the house, a family member against support"));
    m_risks->setMinimumHeight(fontMetrics().lineSpacing() * 4);

    m_error->setObjectName(QStringLiteral("preVisitError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("Continue (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    QPushButton *back = buttons->addButton(tr("Back"), QDialogButtonBox::RejectRole);
    for (QPushButton *button : { m_continue, back })
        button->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreVisitChecklistDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreVisitChecklistDialog::reject);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &PreVisitChecklistDialog::accept);
    connect(m_agreed, &QCheckBox::toggled, m_error, [this](bool on) {
        if (on)
            m_error->hide();
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Consent:"), m_agreed);
    form->addRow(QString(), m_error);
    form->addRow(tr("Others present:"), m_others);
    form->addRow(tr("Known risks:"), m_risks);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    setTabOrder(m_agreed, m_others);
    setTabOrder(m_others, m_risks);
    setTabOrder(m_risks, m_continue);
    setTabOrder(m_continue, back);
    m_agreed->setFocus(Qt::OtherFocusReason);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 44, sizeHint().height());
}

PreVisitCheck PreVisitChecklistDialog::check() const
{
    PreVisitCheck check;
    check.personAgreed = m_agreed->isChecked();
    check.othersPresent = m_others->text().trimmed();
    check.knownRisks = m_risks->toPlainText().trimmed();
    return check;
}

void PreVisitChecklistDialog::setCheck(const PreVisitCheck &check)
{
    m_agreed->setChecked(check.personAgreed);
    m_others->setText(check.othersPresent);
    m_risks->setPlainText(check.knownRisks);
}

void PreVisitChecklistDialog::accept()
{
    if (!m_agreed->isChecked()) {
        m_error->setText(tr("Without the person's agreement there is no home visit. Ask them first, or go back "
                            "and choose another channel."));
        m_error->show();
        m_agreed->setAccessibleDescription(m_error->text());
        m_agreed->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
