// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/WithdrawConsentDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

WithdrawConsentDialog::WithdrawConsentDialog(
    const Session &session, QDate earliest, const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_date(new QDateEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(QStringLiteral("withdrawConsentDialog"));
    setWindowTitle(tr("Withdraw a consent"));
    auto *what = new QLabel(summary, this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    auto *explain = new QLabel(tr("From that day on, nothing more is shared on the basis of this consent. What was "
                                  "shared before stays recorded. Open referrals that relied on it are flagged for "
                                  "you."),
        this);
    explain->setWordWrap(true);

    const QDate today = m_session.clock().today();
    m_date->setObjectName(QStringLiteral("withdrawalDate"));
    m_date->setAccessibleName(tr("Withdrawn on"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    if (earliest.isValid() && earliest <= today)
        m_date->setMinimumDate(earliest);
    m_date->setDate(today);
    m_note->setObjectName(QStringLiteral("withdrawalNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("e.g. told us by phone"));

    auto *form = new QFormLayout;
    form->addRow(tr("Withdrawn on"), m_date);
    form->addRow(tr("Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(tr("Withdraw"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("withdrawButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 WithdrawConsentDialog::withdrawnAt() const
{
    const QDate day = m_date->date();
    return day >= m_session.clock().today() ? m_session.nowMs() : jst::startOfDay(day);
}

QString WithdrawConsentDialog::note() const
{
    return m_note->text();
}

} // namespace tsunagu::ui
