// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "privacy/Consent.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace tsunagu::ui {

// Names of the agencies, contact persons and staff members the records of one
// client refer to, read once per client screen instead of once per record.
class RecordNames
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::RecordNames)

public:
    RecordNames() = default;
    // Reads every agency (inactive ones too: they stay in history), the
    // client's contact persons and the staff. What cannot be read shows as a number.
    RecordNames(const Session &session, qint64 clientId);

    QString agency(qint64 id) const;
    QString contactPerson(qint64 id) const;
    QString staff(qint64 id) const;
    // "ハローワーク福岡中央", "any ハローワーク", "山田 和子 (母)".
    QString recipient(const privacy::ConsentRecipient &recipient) const;
    QString recipients(const QList<privacy::ConsentRecipient> &recipients) const;

private:
    QHash<qint64, QString> m_agencies;
    QHash<qint64, QString> m_contacts;
    QHash<qint64, QString> m_staff;
};

} // namespace tsunagu::ui
