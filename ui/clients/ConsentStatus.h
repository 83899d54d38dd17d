// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/Consent.h"

#include <QCoreApplication>
#include <QString>

namespace tsunagu::ui {

// Where a consent stands on a given day, as the client screen shows it.
enum class ConsentState {
    Active, // in force
    ExpiringSoon, // in force, and its last day is within expiringWithinDays
    NotYetValid, // entered in advance: its period has not started
    Withdrawn, // withdrawn at or before the moment asked about
    Expired, // its period is over
};

class ConsentStatus
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::ConsentStatus)

public:
    static constexpr int expiringWithinDays = 30;

    static ConsentState of(const privacy::Consent &consent, qint64 atMs);
    // A stable name for properties and tests: "active", "expiringSoon", …
    static QString name(ConsentState state);
    // Words for people, e.g. "expires in 12 days", "withdrawn on 2026-11-15".
    static QString describe(const privacy::Consent &consent, qint64 atMs);
    // The order cards are listed in: what is in force first.
    static int rank(ConsentState state);
};

} // namespace tsunagu::ui
