// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::privacy {
class DisclosureGrant;
}

namespace tsunagu::documents {

struct LetterOptions {
    QString organisation; // the sender (our organisation)
    QString staffName;    // who writes
    QString message;      // a short covering note (no personal data beyond what the grant allows)
};

// A referral letter (紹介状) on A4 in Japanese layout, as HTML for printing or
// PDF. It can only be made from a DisclosureGrant, so it holds nothing but the
// categories the disclosure gate allowed — and it says which (PRIVACY.md rule 6).
class ReferralLetter
{
public:
    static QString html(const privacy::DisclosureGrant &grant, const LetterOptions &options);
};

} // namespace tsunagu::documents
