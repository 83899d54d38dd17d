// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoOptions.h"

#include <QCoreApplication>

namespace tsunagu::demo {

DemoOptions DemoOptions::office()
{
    return scaled(20000);
}

DemoOptions DemoOptions::stress()
{
    return scaled(100000);
}

DemoOptions DemoOptions::scaled(int clients)
{
    DemoOptions o;
    o.clients = clients;
    o.consultations = clients * 10;
    o.referrals = clients * 3 / 2;
    o.consents = clients * 2;
    return o;
}

Result<DemoOptions> DemoOptions::forSize(const QString &size)
{
    if (size == QLatin1String("office"))
        return office();
    if (size == QLatin1String("stress"))
        return stress();
    bool ok = false;
    const int clients = size.toInt(&ok);
    if (!ok || clients < 1 || clients > 1000000)
        return fail(ErrorCode::Invalid,
            QCoreApplication::translate("tsunagu::demo::DemoOptions",
                "The size is office, stress or a number of clients from 1 to "
                "1,000,000 (not \"%1\").")
                .arg(size),
            QStringLiteral("size"));
    return scaled(clients);
}

} // namespace tsunagu::demo
