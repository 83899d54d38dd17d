// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ConsentsPane.h"

#include "ui/clients/ConsentCard.h"
#include "ui/clients/ConsentStatus.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

ConsentsPane::ConsentsPane(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("consentsPane"));
    setAccessibleName(tr("Consents"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_emptyLabel->setObjectName(QStringLiteral("consentsEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_layout->addWidget(m_emptyLabel);
}

ConsentCard *ConsentsPane::card(qint64 consentId) const
{
    for (ConsentCard *c : m_cards) {
        if (c->consentId() == consentId)
            return c;
    }
    return nullptr;
}

void ConsentsPane::clearCards()
{
    for (ConsentCard *c : std::as_const(m_cards)) {
        m_layout->removeWidget(c);
        delete c;
    }
    m_cards.clear();
}

void ConsentsPane::setConsents(const QList<privacy::Consent> &consents, const RecordNames &names, qint64 nowMs)
{
    clearCards();
    QList<privacy::Consent> sorted = consents;
    std::stable_sort(sorted.begin(), sorted.end(), [nowMs](const privacy::Consent &a, const privacy::Consent &b) {
        const int ra = ConsentStatus::rank(ConsentStatus::of(a, nowMs));
        const int rb = ConsentStatus::rank(ConsentStatus::of(b, nowMs));
        if (ra != rb)
            return ra < rb;
        return ra <= 2 ? a.expiresAt < b.expiresAt : a.expiresAt > b.expiresAt;
    });
    for (const privacy::Consent &consent : std::as_const(sorted)) {
        auto *c = new ConsentCard(consent, names, nowMs, this);
        m_layout->addWidget(c);
        m_cards << c;
    }
    m_emptyLabel->setText(tr("No consent recorded. Nothing about this person may be given to anyone outside."));
    m_emptyLabel->setVisible(m_cards.isEmpty());
}

void ConsentsPane::showError(const QString &message)
{
    clearCards();
    m_emptyLabel->setText(tr("The consents could not be read: %1").arg(message));
    m_emptyLabel->show();
}

} // namespace tsunagu::ui
