// SPDX-License-Identifier: GPL-3.0-or-later
#include "Consent.h"

#include "common/Clock.h"

namespace tsunagu::privacy {

QDate Consent::validFrom() const
{
    return jst::dateOf(givenAt);
}

QDate Consent::validUntil() const
{
    return jst::dateOf(expiresAt - 1);
}

} // namespace tsunagu::privacy
