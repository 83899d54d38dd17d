// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/AgencyRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/RevisionHistory.h"

using namespace tsunagu;

class TestRevisionHistory : public QObject
{
    Q_OBJECT

private slots:
    void forRecordNewestFirst();
    void forClientCoversRecordsAboutThem();
    void emptyWhenNeverCorrected();
};

void TestRevisionHistory::forRecordNewestFirst()
{
    test::TempDatabase t;
    const qint64 colleague = test::addStaff(t, QStringLiteral("佐藤"));
    const qint64 client = test::addClient(t);
    ClientRepository repo(t.session());
    auto c = repo.get(client);
    c->municipality = QStringLiteral("糸島市");
    t.clock().advance(60000);
    const qint64 firstAt = t.clock().nowMs();
    VERIFY_OK(repo.update(*c, QStringLiteral("初回面談で確認")));

    c = repo.get(client);
    c->municipality = QStringLiteral("福岡市");
    c->phone = QStringLiteral("092-000-0000");
    t.clock().advance(60000);
    VERIFY_OK(ClientRepository(t.sessionAs(colleague)).update(*c, QStringLiteral("転居の連絡")));

    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("clients"), client);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    const Revision &latest = history->at(0);
    QCOMPARE(latest.entity, QStringLiteral("clients"));
    QCOMPARE(latest.entityId, client);
    QCOMPARE(latest.at, t.clock().nowMs());
    QCOMPARE(latest.staffId, colleague);
    QCOMPARE(latest.staffName, QStringLiteral("佐藤"));
    QCOMPARE(latest.reason, QStringLiteral("転居の連絡"));
    QCOMPARE(latest.oldValues.value(QStringLiteral("municipality")).toString(), QStringLiteral("糸島市"));
    QCOMPARE(latest.newValues.value(QStringLiteral("municipality")).toString(), QStringLiteral("福岡市"));
    QVERIFY(latest.oldValues.value(QStringLiteral("phone")).isNull());
    QCOMPARE(latest.newValues.value(QStringLiteral("phone")).toString(), QStringLiteral("092-000-0000"));
    QVERIFY(!latest.oldValues.contains(QStringLiteral("phone_norm"))); // derived columns are not history

    const Revision &earlier = history->at(1);
    QCOMPARE(earlier.at, firstAt);
    QCOMPARE(earlier.staffName, QStringLiteral("中村"));
    QVERIFY(earlier.oldValues.value(QStringLiteral("municipality")).isNull());
    QCOMPARE(earlier.newValues.value(QStringLiteral("municipality")).toString(), QStringLiteral("糸島市"));

    QCOMPARE(RevisionHistory(t.session()).forRecord(QStringLiteral("consultations"), client)->size(), 0);
}

void TestRevisionHistory::forClientCoversRecordsAboutThem()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 other = test::addClient(t, QStringLiteral("別人"));

    Agency a;
    a.name = QStringLiteral("ハローワーク福岡中央");
    a.kind = AgencyKind::HelloWork;
    const qint64 agency = *AgencyRepository(t.session()).create(a);
    auto stored = AgencyRepository(t.session()).get(agency);
    stored->phone = QStringLiteral("092-712-8609");
    VERIFY_OK(AgencyRepository(t.session()).update(*stored, QStringLiteral("代表番号"))); // not about a client

    const auto edit = [&](qint64 who) {
        t.clock().advance(1000);
        auto c = ClientRepository(t.session()).get(who);
        c->email = QStringLiteral("new@example.jp");
        VERIFY_OK(ClientRepository(t.session()).update(*c, QStringLiteral("メール変更")));

        ContactPerson p;
        p.clientId = who;
        p.name = QStringLiteral("家族");
        const qint64 person = *ContactPersonRepository(t.session()).create(p);
        auto storedPerson = ContactPersonRepository(t.session()).get(person);
        storedPerson->relationship = Relationship::Spouse;
        t.clock().advance(1000);
        VERIFY_OK(ContactPersonRepository(t.session()).update(*storedPerson, QStringLiteral("続柄訂正")));

        Consultation c2;
        c2.clientId = who;
        c2.startedAt = t.clock().nowMs();
        const qint64 consultation = *ConsultationRepository(t.session()).create(c2);
        auto storedConsultation = ConsultationRepository(t.session()).get(consultation);
        storedConsultation->notes = QStringLiteral("追記");
        t.clock().advance(1000);
        VERIFY_OK(ConsultationRepository(t.session()).update(*storedConsultation, QStringLiteral("記録の追記")));

        Referral r;
        r.clientId = who;
        r.agencyId = agency;
        const qint64 referral = *ReferralRepository(t.session()).create(r);
        t.clock().advance(1000);
        VERIFY_OK(ReferralRepository(t.session()).addEvent(referral, ReferralStatus::Sent, t.clock().nowMs()));
    };
    edit(client);
    if (QTest::currentTestFailed())
        return;
    edit(other);
    if (QTest::currentTestFailed())
        return;

    auto history = RevisionHistory(t.session()).forClient(client);
    VERIFY_OK(history);
    QStringList entities;
    for (const Revision &r : *history)
        entities << r.entity;
    QCOMPARE(entities, (QStringList{QStringLiteral("referrals"), QStringLiteral("consultations"),
                                    QStringLiteral("contact_persons"), QStringLiteral("clients")}));
    for (int i = 1; i < history->size(); ++i)
        QVERIFY(history->at(i - 1).at >= history->at(i).at);
    QCOMPARE(RevisionHistory(t.session()).forClient(other)->size(), 4);
    QCOMPARE(test::countRows(t, QStringLiteral("revisions")), 9);
}

void TestRevisionHistory::emptyWhenNeverCorrected()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    auto history = RevisionHistory(t.session()).forClient(client);
    VERIFY_OK(history);
    QVERIFY(history->isEmpty());
    QVERIFY(RevisionHistory(t.session()).forRecord(QStringLiteral("no_such_table'; --"), 1)->isEmpty());
}

QTEST_GUILESS_MAIN(TestRevisionHistory)
#include "tst_revision_history.moc"
