// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/ReferralStatusDialog.h"

#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/common/DateFormat.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

ReferralStatusDialog::ReferralStatusDialog(const Session &session, qint64 referralId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_referralId(referralId)
    , m_summary(new QLabel(this))
    , m_history(new QListWidget(this))
    , m_next(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("referralStatusDialog"));
    setWindowTitle(tr("Referral"));
    m_summary->setObjectName(QStringLiteral("referralSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_history->setAccessibleName(tr("Steps so far"));
    m_next->setObjectName(QStringLiteral("referralNextStep"));
    m_next->setAccessibleName(tr("Next step"));
    m_when->setObjectName(QStringLiteral("referralStepTime"));
    m_when->setAccessibleName(tr("When"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_note->setObjectName(QStringLiteral("referralStepNote"));
    m_note->setAccessibleName(tr("Note"));
    m_error->setObjectName(QStringLiteral("referralStepError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Next step"), m_next);
    form->addRow(tr("When"), m_when);
    form->addRow(tr("Note"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("Record the step"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("referralStepSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *historyTitle = new QLabel(tr("Steps so far"), this);
    historyTitle->setBuddy(m_history);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load();
    resize(sizeHint().expandedTo(
        QSize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 45, fontMetrics().lineSpacing() * 22)));
}

void ReferralStatusDialog::load()
{
    const ReferralRepository referrals(m_session);
    const Result<Referral> referral = referrals.get(m_referralId);
    if (!referral) {
        m_summary->setText(referral.error().message);
        m_next->setEnabled(false);
        m_save->setEnabled(false);
        return;
    }
    QString client = tr("(erased)");
    if (const Result<Client> c = ClientRepository(m_session).get(referral->clientId); c && !c->isErased())
        client = c->name;
    const Result<Agency> agency = AgencyRepository(m_session).get(referral->agencyId);
    QStringList lines;
    lines << tr("%1 → %2").arg(client, agency ? agency->name : QString());
    lines << tr("Purpose: %1").arg(label(referral->purpose));
    lines << tr("Information: %1")
                 .arg(referral->categories.isEmpty() ? tr("none yet") : referral->categories.toLabels(tr(", ")));
    lines << tr("Status: %1").arg(label(referral->status));
    if (referral->disclosureId)
        lines << tr("Disclosure record no. %1").arg(*referral->disclosureId);
    if (referral->needsAttention)
        lines << tr("Needs attention: %1").arg(referral->attentionReason);
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_history->clear();
    if (const Result<QList<ReferralEvent>> events = referrals.events(m_referralId)) {
        for (const ReferralEvent &e : *events) {
            const QDateTime at = jst::toLocal(e.at);
            QString line = DateFormat::display(at.date()) + QLatin1Char(' ') + at.toString(QStringLiteral("HH:mm"))
                + QStringLiteral("  ") + label(e.status);
            if (!e.note.isEmpty())
                line += QStringLiteral(" — ") + e.note;
            m_history->addItem(line);
        }
    }

    m_next->clear();
    for (std::size_t i = 0; i < enumCount<ReferralStatus>(); ++i) {
        const auto status = static_cast<ReferralStatus>(i);
        if (ReferralRepository::canMove(referral->status, status))
            m_next->addItem(label(status), static_cast<int>(i));
    }
    const bool open = m_next->count() > 0;
    m_next->setEnabled(open);
    m_when->setEnabled(open);
    m_note->setEnabled(open);
    m_save->setEnabled(open);
    // The edit shows Japan's wall-clock time, whatever the computer's zone.
    const QDateTime now = jst::toLocal(m_session.nowMs());
    const QDateTime wallClock(now.date(), QTime(now.time().hour(), now.time().minute()));
    m_when->setMaximumDateTime(QDateTime(now.date(), now.time()));
    m_when->setDateTime(wallClock);
}

void ReferralStatusDialog::accept()
{
    if (m_next->count() == 0)
        return;
    const auto status = static_cast<ReferralStatus>(m_next->currentData().toInt());
    const Result<qint64> added = ReferralRepository(m_session).addEvent(m_referralId, status,
        QDateTime(m_when->date(), m_when->time(), jst::zone()).toMSecsSinceEpoch(), m_note->text());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsunagu::ui
