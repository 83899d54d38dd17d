// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ConsentStatus.h"

#include "common/Clock.h"
#include "ui/common/DateFormat.h"

namespace tsunagu::ui {

ConsentState ConsentStatus::of(const privacy::Consent &consent, qint64 atMs)
{
    if (consent.withdrawnAt && *consent.withdrawnAt <= atMs)
        return ConsentState::Withdrawn;
    if (atMs >= consent.expiresAt)
        return ConsentState::Expired;
    if (atMs < consent.givenAt)
        return ConsentState::NotYetValid;
    const qint64 daysLeft = jst::dateOf(atMs).daysTo(consent.validUntil());
    return daysLeft <= expiringWithinDays ? ConsentState::ExpiringSoon : ConsentState::Active;
}

QString ConsentStatus::name(ConsentState state)
{
    switch (state) {
    case ConsentState::Active:
        return QStringLiteral("active");
    case ConsentState::ExpiringSoon:
        return QStringLiteral("expiringSoon");
    case ConsentState::NotYetValid:
        return QStringLiteral("notYetValid");
    case ConsentState::Withdrawn:
        return QStringLiteral("withdrawn");
    case ConsentState::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString ConsentStatus::describe(const privacy::Consent &consent, qint64 atMs)
{
    switch (of(consent, atMs)) {
    case ConsentState::Active:
        return tr("In force");
    case ConsentState::ExpiringSoon: {
        const auto days = static_cast<int>(jst::dateOf(atMs).daysTo(consent.validUntil()));
        return days == 0 ? tr("Expires today") : tr("Expires in %n day(s)", "", days);
    }
    case ConsentState::NotYetValid:
        return tr("Starts on %1").arg(DateFormat::display(consent.validFrom()));
    case ConsentState::Withdrawn:
        return tr("Withdrawn on %1").arg(DateFormat::display(jst::dateOf(*consent.withdrawnAt)));
    case ConsentState::Expired:
        return tr("Expired");
    }
    return {};
}

int ConsentStatus::rank(ConsentState state)
{
    switch (state) {
    case ConsentState::ExpiringSoon:
        return 0;
    case ConsentState::Active:
        return 1;
    case ConsentState::NotYetValid:
        return 2;
    case ConsentState::Withdrawn:
        return 3;
    case ConsentState::Expired:
        return 4;
    }
    return 5;
}

} // namespace tsunagu::ui
