// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ConsentCard.h"

#include "ui/clients/Chip.h"
#include "ui/clients/FlowLayout.h"
#include "ui/clients/RecordNames.h"
#include "ui/common/DateFormat.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

ConsentCard::ConsentCard(const privacy::Consent &consent, const RecordNames &names, qint64 nowMs, QWidget *parent)
    : QFrame(parent)
    , m_consentId(consent.id)
    , m_state(ConsentStatus::of(consent, nowMs))
    , m_recipients(new QLabel(this))
    , m_purposes(new QLabel(this))
    , m_period(new QLabel(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("consentCard"));
    setFrameShape(QFrame::StyledPanel);

    const bool health = consent.kind == privacy::ConsentKind::HealthAcquisition;
    m_recipients->setObjectName(QStringLiteral("consentRecipients"));
    m_recipients->setText(health ? tr("Recording health information") : names.recipients(consent.recipients));
    m_recipients->setWordWrap(true);
    QFont bold = m_recipients->font();
    bold.setBold(true);
    m_recipients->setFont(bold);

    m_purposes->setObjectName(QStringLiteral("consentPurposes"));
    m_purposes->setWordWrap(true);
    if (health) {
        m_purposes->setText(tr("Consent to keep health information (要配慮個人情報) in the record"));
    } else {
        QString purposes = consent.purposes.toLabels(tr(", ", "separator between purposes"));
        if (!consent.purposeDetail.isEmpty())
            purposes += tr(" (%1)", "the detail of an other purpose").arg(consent.purposeDetail);
        m_purposes->setText(purposes);
    }

    auto *chips = new QWidget(this);
    chips->setObjectName(QStringLiteral("consentCategories"));
    auto *flow = new FlowLayout(chips);
    const bool expired = m_state == ConsentState::Expired;
    const auto addChip = [&](DataCategory category) {
        Chip::Tone tone = category == DataCategory::Health ? Chip::Tone::Health : Chip::Tone::Category;
        if (expired)
            tone = Chip::Tone::Muted;
        auto *chip = new Chip(label(category), tone, chips);
        chip->setObjectName(QStringLiteral("category_") + toCode(category));
        flow->addWidget(chip);
        m_chips << chip;
    };
    if (health || consent.categories.contains(DataCategory::Health))
        addChip(DataCategory::Health);
    consent.categories.minus(DataCategories { DataCategory::Health }).forEach(addChip);

    m_period->setObjectName(QStringLiteral("consentPeriod"));
    m_period->setText(tr("%1 – %2", "consent period")
                          .arg(DateFormat::display(consent.validFrom()), DateFormat::display(consent.validUntil())));
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_status->setText(ConsentStatus::describe(consent, nowMs));
    // The period and where it stands on one line when there is room.
    auto *when = new QWidget(this);
    auto *whenFlow = new FlowLayout(when, fontMetrics().height());
    whenFlow->addWidget(m_period);
    whenFlow->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    const int pad = fontMetrics().height() / 2;
    layout->setContentsMargins(pad, pad, pad, pad);
    layout->setSpacing(pad / 2);
    layout->addWidget(m_recipients);
    // A health-acquisition consent says it all with its title and its chip.
    m_purposes->setVisible(!health);
    layout->addWidget(m_purposes);
    layout->addWidget(chips);
    layout->addWidget(when);

    applyState();
    setAccessibleName(m_recipients->text());
    setAccessibleDescription(QStringList {
        m_purposes->text(), consent.categories.toLabels(QStringLiteral(", ")), m_period->text(), m_status->text() }
                                 .join(QStringLiteral(". ")));
    setToolTip(m_status->text());
}

QString ConsentCard::recipientsText() const
{
    return m_recipients->text();
}

QString ConsentCard::statusText() const
{
    return m_status->text();
}

void ConsentCard::applyState()
{
    const int radius = fontMetrics().height() / 3;
    QString frame;
    switch (m_state) {
    case ConsentState::ExpiringSoon:
        frame = QStringLiteral("border: 2px solid #e69500; background-color: rgba(255, 179, 0, 40);");
        break;
    case ConsentState::NotYetValid:
        frame = QStringLiteral("border: 1px dashed palette(mid);");
        break;
    case ConsentState::Active:
    case ConsentState::Withdrawn:
    case ConsentState::Expired:
        frame = QStringLiteral("border: 1px solid palette(mid);");
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#consentCard { %1 border-radius: %2px; }").arg(frame).arg(radius));

    QFont statusFont = m_status->font();
    statusFont.setBold(m_state == ConsentState::ExpiringSoon || m_state == ConsentState::Withdrawn);
    m_status->setFont(statusFont);
    if (m_state == ConsentState::ExpiringSoon)
        m_status->setStyleSheet(QStringLiteral("QLabel { color: #b36b00; }"));

    if (m_state == ConsentState::Withdrawn) {
        for (QLabel *label : { m_recipients, m_purposes, m_period }) {
            QFont font = label->font();
            font.setStrikeOut(true);
            label->setFont(font);
        }
    }
    if (m_state == ConsentState::Expired) {
        QPalette dim = palette();
        dim.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
        for (QLabel *label : { m_recipients, m_purposes, m_period, m_status })
            label->setPalette(dim);
    }
}

} // namespace tsunagu::ui
