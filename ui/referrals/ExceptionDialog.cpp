// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/ExceptionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

ExceptionDialog::ExceptionDialog(const QString &recipient, QWidget *parent)
    : QDialog(parent)
    , m_ground(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_justification(new QPlainTextEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("exceptionDialog"));
    setWindowTitle(tr("Share under a legal exception"));

    auto *intro = new QLabel(tr("Use this only when the law allows sharing without the person's consent (Act on the "
                                "Protection of Personal Information, Art. 27(1)). The disclosure is recorded with "
                                "your justification and goes to the supervisors' review."),
        this);
    intro->setWordWrap(true);

    m_ground->setObjectName(QStringLiteral("exceptionGround"));
    m_ground->setAccessibleName(tr("Legal ground"));
    for (std::size_t i = 0; i < enumCount<StatutoryException>(); ++i)
        m_ground->addItem(label(static_cast<StatutoryException>(i)), static_cast<int>(i));
    m_hint->setObjectName(QStringLiteral("exceptionHint"));
    m_hint->setWordWrap(true);
    m_justification->setObjectName(QStringLiteral("exceptionJustification"));
    m_justification->setAccessibleName(tr("Justification"));
    m_justification->setTabChangesFocus(true);
    m_justification->setMinimumHeight(m_justification->fontMetrics().lineSpacing() * 5);
    m_confirm->setObjectName(QStringLiteral("exceptionConfirm"));
    m_confirm->setText(tr("I confirm that this information goes to %1 without the person's consent, on the ground "
                          "above.")
                           .arg(recipient));
    m_confirm->setAccessibleName(tr("Confirm sharing without consent"));
    m_error->setObjectName(QStringLiteral("exceptionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Legal ground"), m_ground);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Justification"), m_justification);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Use this ground"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("exceptionOk"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExceptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QCheckBox::toggled, m_ok, &QPushButton::setEnabled);
    connect(m_ground, &QComboBox::currentIndexChanged, this, &ExceptionDialog::updateHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateHint();
    resize(sizeHint().expandedTo(QSize(m_hint->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 45, 0)));
    m_ground->setFocus(Qt::OtherFocusReason);
}

privacy::ExceptionClaim ExceptionDialog::claim() const
{
    return { static_cast<StatutoryException>(m_ground->currentData().toInt()),
        m_justification->toPlainText().trimmed() };
}

void ExceptionDialog::updateHint()
{
    switch (static_cast<StatutoryException>(m_ground->currentData().toInt())) {
    case StatutoryException::Law:
        m_hint->setText(tr("Cite the law and the article that requires it."));
        break;
    case StatutoryException::LifeBodyProperty:
        m_hint->setText(tr("Say what danger there is to life, body or property, and why the person's consent cannot "
                           "be obtained."));
        break;
    case StatutoryException::PublicHealthOrChild:
        m_hint->setText(tr("Say what public-health or child-welfare need there is, and why the person's consent "
                           "cannot be obtained."));
        break;
    case StatutoryException::GovernmentDuty:
        m_hint->setText(tr("Name the body and its duty, and say why asking the person would impede it."));
        break;
    case StatutoryException::OtherLaw:
        m_hint->setText(tr("Cite the law that permits it."));
        break;
    }
}

void ExceptionDialog::accept()
{
    if (m_justification->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Write the justification: a legal exception without one is refused."));
        m_error->show();
        m_justification->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (!m_confirm->isChecked()) {
        m_error->setText(tr("Confirm that you share this information without the person's consent."));
        m_error->show();
        m_confirm->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
