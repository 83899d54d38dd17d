// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/Consent.h"
#include "ui/clients/ConsentStatus.h"

#include <QFrame>
#include <QList>

class QLabel;

namespace tsunagu::ui {

class Chip;
class RecordNames;

// One consent at a glance: who may receive what, for which purposes, until
// when. Health is always a chip of its own. Expiring within 30 days: amber;
// withdrawn: struck through; expired: greyed.
class ConsentCard : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString consentState READ stateName CONSTANT)
    Q_PROPERTY(bool struckOut READ isStruckOut CONSTANT)
    Q_PROPERTY(bool greyedOut READ isGreyedOut CONSTANT)

public:
    ConsentCard(const privacy::Consent &consent, const RecordNames &names, qint64 nowMs, QWidget *parent = nullptr);

    qint64 consentId() const { return m_consentId; }
    ConsentState state() const { return m_state; }
    QString stateName() const { return ConsentStatus::name(m_state); }
    bool isStruckOut() const { return m_state == ConsentState::Withdrawn; }
    bool isGreyedOut() const { return m_state == ConsentState::Expired; }
    // The category chips, Health first when present.
    const QList<Chip *> &categoryChips() const { return m_chips; }
    QString recipientsText() const;
    QString statusText() const;

private:
    void applyState();

    qint64 m_consentId;
    ConsentState m_state;
    QLabel *m_recipients;
    QLabel *m_purposes;
    QLabel *m_period;
    QLabel *m_status;
    QList<Chip *> m_chips;
};

} // namespace tsunagu::ui
