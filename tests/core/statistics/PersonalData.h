// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "StatsFixture.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace tsunagu::test {

// A database full of personal data, for the leakage tests of every export
// format: 150 people (rare names, readings, phones, e-mails, addresses, birth
// dates), their mothers, notes on conditions, consultations, referrals, cases
// and milestones, four agencies with unmistakable names, from 2025-04 to
// 2026-12; a fixed seed, so every run writes the same.
struct PersonalData {
    QStringList forbidden;       // no export may contain any of these
    QSet<QString> noteFragments; // every 4-character piece of every note
    QString lastNote;            // written last: to check it reached the file

    static PersonalData write(StatsFixture &f);

    // Where `text` (an export, as text) shows personal data: a whole forbidden
    // string or a note fragment, with `where` in each line. Empty: none.
    QStringList leaksIn(const QString &text, const QString &where) const;
};

} // namespace tsunagu::test
