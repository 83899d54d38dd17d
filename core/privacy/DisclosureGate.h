// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "privacy/DisclosureGrant.h"
#include "privacy/DisclosureRequest.h"

namespace tsunagu::privacy {

// The only way a client's personal data leaves the organisation (PRIVACY.md).
// Default deny: a request is allowed only when one consent covers all of it,
// or a statutory exception is invoked with a justification.
class DisclosureGate
{
public:
    explicit DisclosureGate(const Session &session) : m_session(session) {}

    // Asks without releasing anything (the referral dialog's live verdict).
    Result<Decision> decide(const DisclosureRequest &request) const;

    // Allowed: records the disclosure (and an audit entry) in one transaction
    // and returns the grant carrying only the allowed categories. Refused:
    // records an audit entry and returns ErrorCode::Refused with every reason.
    Result<DisclosureGrant> release(const DisclosureRequest &request) const;

    // How long disclosure records are kept at least (APPI Art. 29: 3 years).
    static constexpr int retentionYears = 3;

private:
    Result<Decision> decideNow(const DisclosureRequest &request, qint64 at) const;
    Result<ReleasedData> collect(qint64 clientId, DataCategories categories) const;

    Session m_session;
};

} // namespace tsunagu::privacy
