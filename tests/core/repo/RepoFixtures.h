// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the repository tests share: a client to attach records to, a row
// counter to prove that a refused input wrote nothing, and a check macro that
// prints the error's message when a call fails.

#include "TestSupport.h"

#include "common/Error.h"
#include "privacy/ConsentRegistry.h"
#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"

#include <QSqlQuery>
#include <QTest>

// Evaluates `expression` once (it may be a call that writes).
#define VERIFY_OK(expression)                                                                                   \
    do {                                                                                                        \
        const auto &verifyOkResult = (expression);                                                              \
        QVERIFY2(verifyOkResult.has_value(),                                                                    \
                 qPrintable(verifyOkResult.has_value() ? QString() : verifyOkResult.error().message));          \
    } while (false)

namespace tsunagu::test {

inline qint64 addClient(TempDatabase &t, const QString &name = QStringLiteral("山田 太郎"))
{
    Client c;
    c.name = name;
    auto id = ClientRepository(t.session()).create(c);
    if (!id)
        qFatal("cannot create a client: %s", qPrintable(id.error().message));
    return *id;
}

inline int countRows(TempDatabase &t, const QString &table, const QString &where = QString())
{
    QSqlQuery q(t.db().connection());
    const QString sql = QStringLiteral("SELECT count(*) FROM ") + table
        + (where.isEmpty() ? QString() : QString(QStringLiteral(" WHERE ") + where));
    if (!q.exec(sql) || !q.next())
        qFatal("cannot count rows of %s", qPrintable(table));
    return q.value(0).toInt();
}

// The client's consent to record health information, from today for a year.
inline qint64 recordHealthConsent(TempDatabase &t, qint64 clientId)
{
    privacy::ConsentInput in;
    in.clientId = clientId;
    in.kind = privacy::ConsentKind::HealthAcquisition;
    in.validFrom = t.clock().today();
    in.validUntil = in.validFrom.addYears(1);
    in.method = ConsentMethod::Written;
    in.formVersion = QStringLiteral("健康情報取得同意書 v1");
    auto id = privacy::ConsentRegistry(t.session()).record(in);
    if (!id)
        qFatal("cannot record the health consent: %s", qPrintable(id.error().message));
    return *id;
}

// Marks the client as erased, as privacy::Erasure leaves them.
inline void markErased(TempDatabase &t, qint64 clientId)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("UPDATE clients SET erased_at = ? WHERE id = ?"));
    q.addBindValue(t.clock().nowMs());
    q.addBindValue(clientId);
    if (!q.exec())
        qFatal("cannot mark the client erased");
}

// Another staff member, to see who changed what.
inline qint64 addStaff(TempDatabase &t, const QString &name)
{
    auto id = StaffRepository(t.session()).create(name, StaffRole::Outreach);
    if (!id)
        qFatal("cannot create staff: %s", qPrintable(id.error().message));
    return *id;
}

} // namespace tsunagu::test
