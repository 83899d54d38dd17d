// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QString>

#include <functional>

namespace tsunagu::privacy {

// The person's right to erasure (APPI Art. 35, PRIVACY.md rule 12).
//
// erase() removes identity (sex included), contact details, health (the
// conditions, disease groups included), the employment status, family and
// every free text, and keeps a de-identified skeleton (dates truncated to the
// month, channel, kind, topics, intake age band, case goal, stage and outcome,
// referral agency and status history) so published statistics stay
// reproducible: statistics::Statistics counts the erased on a line of their own
// in the tables by sex, disease group and employment status, whose totals do
// not change. Disclosure records stay until their retention ends
// (DisclosureLog::purgeExpired). The revision history of the person goes too.
//
// scrub() then rewrites the file (checkpoint and VACUUM) so nothing of the
// person remains in free pages or the write-ahead log. Backups taken before
// the erasure still hold the data until they rotate out.
class Erasure
{
public:
    explicit Erasure(const Session &session) : m_session(session) {}

    Status erase(qint64 clientId, const QString &reason) const;
    // Long on a large file (it rewrites it); `keepGoing` as for
    // storage::Database::vacuum(): stopping leaves the file as it was (the
    // erasure itself stays done; secure_delete already zeroed what it removed).
    Status scrub(const std::function<bool()> &keepGoing = {}) const;

private:
    Session m_session;
};

} // namespace tsunagu::privacy
