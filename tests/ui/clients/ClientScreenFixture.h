// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A client with something of every kind on the client screen: consultations,
// a support case, a referral that was sent (with its disclosure record),
// consents in force, about to expire, withdrawn and expired, a health
// condition, a contact person, and both the confidential-address and the
// no-statistics flags. Dated around the session's clock, so that the same
// person looks right in the tests (fixed clock) and in the screenshot (today).
// Built through core only; stops the program if core refuses a step.

#include "common/Session.h"
#include "domain/Enums.h"

#include <QDate>
#include <QString>

namespace tsunagu::test {

// Who the person is; the tests use the defaults.
struct ClientScreenPerson {
    QString name = QStringLiteral("山田 太郎");
    QString reading = QStringLiteral("やまだ たろう");
    QDate birthDate = QDate(1980, 4, 1);
    Sex sex = Sex::Male;
    QString mother = QStringLiteral("山田 和子");
    QString motherReading = QStringLiteral("やまだ かずこ");
};

struct ClientScreen {
    qint64 client = 0; // 山田 太郎, やまだ たろう, 1980-04-01 (by default)
    qint64 mother = 0; // 山田 和子, his mother
    qint64 helloWork = 0; // ハローワーク福岡中央
    qint64 diseaseCenter = 0; // 福岡県難病相談支援センター
    qint64 hospital = 0; // 九州中央病院
    qint64 supportCase = 0; // return to work, preparation
    qint64 latestConsultation = 0; // 2 days ago, by phone
    qint64 firstConsultation = 0; // 40 days ago, in person
    qint64 healthConsent = 0; // in force
    qint64 helloWorkConsent = 0; // in force: any Hello Work, referral, identity + employment
    qint64 expiringConsent = 0; // ends in 12 days: disease centre, case conference, with Health
    qint64 withdrawnConsent = 0; // withdrawn 5 days ago: hospital, medical coordination, with Health
    qint64 expiredConsent = 0; // ended a month ago: mother, other purpose
    qint64 referral = 0; // to Hello Work, sent then accepted
    qint64 disclosure = 0; // the referral's data to Hello Work

    static QString latestNotesFirstLine();
};

ClientScreen addClientScreen(const Session &session, const ClientScreenPerson &person = {});

} // namespace tsunagu::test
