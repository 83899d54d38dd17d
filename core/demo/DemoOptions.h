// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace tsunagu::demo {

// How much demo data to make, and from which seed. The named sizes are the
// data sets of BENCHMARKS.md; any other number of clients scales them.
struct DemoOptions {
    int clients = 0;
    int consultations = 0;
    int referrals = 0;
    int consents = 0;
    std::uint64_t seed = 1;
    // The last day of the generated history (Japan); ten years lead up to it.
    // Invalid = today.
    QDate until;
    int years = 10;

    static DemoOptions office(); // 20,000 / 200,000 / 30,000 / 40,000
    static DemoOptions stress(); // 100,000 / 1,000,000 / 150,000 / 200,000
    static DemoOptions scaled(int clients); // the same proportions as office
    // "office", "stress" or a number of clients (1 to 1,000,000).
    static Result<DemoOptions> forSize(const QString &size);
};

} // namespace tsunagu::demo
