// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "privacy/Consent.h"

#include <QList>
#include <QString>

namespace tsunagu::documents {

struct ConsentFormOptions {
    QString organisation; // who asks for the consent (our organisation)
    QString staffName; // who explains it to the person
};

// The consent form (同意書) a person signs, on A4, as HTML for printing or
// PDF. It states exactly the scope that is (or is about to be) recorded:
// recipients, purposes, the kinds of information included and those not
// included, and the period; Health is never implied and is named on its own.
// A health-acquisition consent (要配慮個人情報の取得) gets its own page.
//
// The form goes to the person themself, so it is not a disclosure: it shows
// their name and the names of the recipients they agree to, nothing else.
class ConsentForm
{
public:
    explicit ConsentForm(const Session &session)
        : m_session(session)
    { }

    // One page per consent, in order. All consents must be about one client.
    Result<QString> html(const QList<privacy::ConsentInput> &consents, const ConsentFormOptions &options) const;
    Result<QString> html(const privacy::Consent &consent, const ConsentFormOptions &options) const;

    // The scope of a recorded consent, as it was entered.
    static privacy::ConsentInput inputOf(const privacy::Consent &consent);

private:
    Result<QString> page(const privacy::ConsentInput &input, const ConsentFormOptions &options) const;
    Result<QString> recipientName(const privacy::ConsentRecipient &recipient) const;

    Session m_session;
};

} // namespace tsunagu::documents
