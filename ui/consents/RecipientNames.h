// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "privacy/Consent.h"

#include <QHash>
#include <QString>

namespace tsunagu::ui {

// The recipients a consent names, as a coordinator reads them: the agency's
// name, "every Hello Work office", "山田 和子 (Mother)".
class RecipientNames
{
public:
    // Reads the directory and the client's contacts once.
    RecipientNames(const Session &session, qint64 clientId);

    QString name(const privacy::ConsentRecipient &recipient) const;
    QString names(const QList<privacy::ConsentRecipient> &recipients) const;

private:
    QHash<qint64, QString> m_agencies;
    QHash<qint64, QString> m_contacts;
};

} // namespace tsunagu::ui
