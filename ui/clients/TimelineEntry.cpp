// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/TimelineEntry.h"

namespace tsunagu::ui {

QString TimelineEntry::table(Kind kind)
{
    switch (kind) {
    case Kind::Consultation:
        return QStringLiteral("consultations");
    case Kind::Case:
        return QStringLiteral("support_cases");
    case Kind::Referral:
        return QStringLiteral("referrals");
    case Kind::Consent:
        return QStringLiteral("consents");
    case Kind::Disclosure:
        return QStringLiteral("disclosures");
    }
    return {};
}

} // namespace tsunagu::ui
