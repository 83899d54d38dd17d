// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/Consent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace tsunagu::ui {

class ConsentCard;
class RecordNames;

// 同意: the client's consents as cards, those in force first (the ones about
// to expire at the very top), then those entered in advance, then withdrawn
// and expired ones.
class ConsentsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConsentsPane(QWidget *parent = nullptr);

    void setConsents(const QList<privacy::Consent> &consents, const RecordNames &names, qint64 nowMs);
    void showError(const QString &message);
    const QList<ConsentCard *> &cards() const { return m_cards; }
    ConsentCard *card(qint64 consentId) const;

private:
    void clearCards();

    QVBoxLayout *m_layout;
    QLabel *m_emptyLabel;
    QList<ConsentCard *> m_cards;
};

} // namespace tsunagu::ui
