// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QByteArray>
#include <QJsonObject>

namespace tsunagu::privacy {

// The person's right of access (APPI Art. 33, PRIVACY.md rules 10 and 11):
// everything held about one client — every field, conditions, contacts,
// consultations, cases and milestones, referrals and their events, consents,
// the history of corrections — and every disclosure record about them except
// those a supervisor withheld (the reason is kept, not shown).
//
// Handing the report to the person is not a disclosure to a third party; its
// generation is audited.
class AccessReport
{
public:
    enum class Format { Json, Html };

    explicit AccessReport(const Session &session) : m_session(session) {}

    Result<QJsonObject> build(qint64 clientId) const;
    Result<QByteArray> render(qint64 clientId, Format format) const;

    // A printable document (HTML, A4, Japanese layout) of a built report.
    static QString toHtml(const QJsonObject &report);

private:
    Session m_session;
};

} // namespace tsunagu::privacy
