// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The world the GUI tests of referrals, consents, agencies, Today and the
// review queue share: a temporary database (clock: 2026-11-20 10:00 JST)
// with a coordinator (the default session) and a supervisor, three partner
// agencies, and a client with something in every data category. Built
// through core only; a setup step that fails stops the test program.

#include "TestSupport.h"

#include "domain/Enums.h"
#include "privacy/Consent.h"

#include <QString>

class QAbstractButton;
class QWidget;

namespace tsunagu::test {

class UiWorld
{
public:
    UiWorld();

    TempDatabase t;
    qint64 supervisorId = 0;
    qint64 helloWork = 0; // ハローワーク糸島 (Hello Work, 福岡県糸島市, 092-322-0000, 窓口: 井上)
    qint64 hospital = 0; // 九州中央病院 (Hospital, 福岡県福岡市)
    qint64 employer = 0; // 株式会社つなぐ物産 (Employer)
    qint64 client = 0; // 山田 花子: identity, contact (phone 090-1111-2222), employment, a consultation
    qint64 mother = 0; // 山田 和子, the client's mother

    static const QString clientPhone;
    static const QString clientAddress;

    Session session() const { return t.session(); }
    Session supervisor() const { return t.sessionAs(supervisorId); }

    qint64 addClient(const QString &name, const QString &kana) const;
    qint64 addAgency(
        const QString &name, AgencyKind kind, const QString &prefecture = {}, const QString &municipality = {}) const;
    // A disclosure consent of the client to `agencyId` for Referral, 2026-11-01 to 2027-10-31 unless given.
    qint64 addConsent(qint64 clientId, qint64 agencyId, DataCategories categories, QDate from = QDate(2026, 11, 1),
        QDate until = QDate(2027, 10, 31)) const;
    // A referral of the client to the agency, sent through the gate on the consent.
    qint64 sendReferral(qint64 clientId, qint64 agencyId, DataCategories categories) const;
    int disclosureCount(qint64 clientId) const;
};

// QTest::keyClicks (Qt 6.4) turns kana into NUL: this types any text, one
// key press per character.
void typeText(QWidget *widget, const QString &text);

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("setup failed (%s): %s", what, qPrintable(result.error().message));
    return std::move(*result);
}
void must(Status status, const char *what);

// Keeps Qt's settings of the tests out of the user's home, and starts them empty.
void isolateSettings();
// A mouse click on the box of a check box or radio button (its middle may be
// blank space when a layout stretches it).
void clickBox(QAbstractButton *button);
// Shows a top-level widget and waits until it is active (so that focus checks hold).
bool showActive(QWidget &widget);

} // namespace tsunagu::test
