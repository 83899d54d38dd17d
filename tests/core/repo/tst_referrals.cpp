// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/AgencyRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/RevisionHistory.h"

using namespace tsunagu;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 day = 24 * 60 * minute;

qint64 addAgency(test::TempDatabase &t, const QString &name = QStringLiteral("ハローワーク福岡中央"))
{
    Agency a;
    a.name = name;
    a.kind = AgencyKind::HelloWork;
    auto id = AgencyRepository(t.session()).create(a);
    if (!id)
        qFatal("cannot create an agency: %s", qPrintable(id.error().message));
    return *id;
}

Referral sample(qint64 clientId, qint64 agencyId)
{
    Referral r;
    r.clientId = clientId;
    r.agencyId = agencyId;
    r.purpose = Purpose::Referral;
    r.categories = {DataCategory::Identity, DataCategory::Employment};
    r.note = QStringLiteral("難病患者就職サポーターへのつなぎ");
    return r;
}

// A disclosure record as the privacy gate leaves it.
qint64 addDisclosure(test::TempDatabase &t, qint64 clientId, qint64 agencyId, std::optional<qint64> consentId)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral(
        "INSERT INTO disclosures (at, client_id, client_label, recipient_agency_id, recipient_kind, recipient_label, "
        "categories, purpose, method, basis, consent_id, exception_ground, justification, staff_id, retain_until) "
        "VALUES (?, ?, 'client', ?, 'hello_work', 'agency', 'identity,employment', 'referral', 'letter', ?, ?, ?, ?, "
        "?, ?)"));
    q.addBindValue(t.clock().nowMs());
    q.addBindValue(clientId);
    q.addBindValue(agencyId);
    q.addBindValue(consentId ? QStringLiteral("consent") : QStringLiteral("exception"));
    q.addBindValue(consentId ? QVariant(*consentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(consentId ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("law")));
    q.addBindValue(consentId ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QStringLiteral("法令に基づく照会")));
    q.addBindValue(t.staffId());
    q.addBindValue(t.clock().nowMs() + 3 * 365 * day);
    if (!q.exec())
        qFatal("cannot add a disclosure");
    return q.lastInsertId().toLongLong();
}
} // namespace

class TestReferrals : public QObject
{
    Q_OBJECT

private slots:
    void createIsProposedWithFirstEvent();
    void refusesBadInput_data();
    void refusesBadInput();
    void transitions_data();
    void transitions();
    void eventsInOrderOfTime();
    void openWithoutAnswer();
    void forClientAndAgency();
    void updateKeepsRevision();
    void attachDisclosure();
    void storesSqlAsText();
};

void TestReferrals::createIsProposedWithFirstEvent()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 agency = addAgency(t);
    ReferralRepository repo(t.session());
    auto id = repo.create(sample(client, agency));
    VERIFY_OK(id);
    auto r = repo.get(*id);
    VERIFY_OK(r);
    QCOMPARE(r->status, ReferralStatus::Proposed);
    QCOMPARE(r->clientId, client);
    QCOMPARE(r->agencyId, agency);
    QCOMPARE(r->purpose, Purpose::Referral);
    QVERIFY(r->categories == (DataCategories{DataCategory::Identity, DataCategory::Employment}));
    QCOMPARE(r->note, sample(client, agency).note);
    QVERIFY(!r->consentId);
    QVERIFY(!r->disclosureId);
    QVERIFY(r->isOpen());
    auto events = repo.events(*id);
    VERIFY_OK(events);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().status, ReferralStatus::Proposed);
    QCOMPARE(events->first().at, t.clock().nowMs());
    QCOMPARE(events->first().staffId, t.staffId());
    QCOMPARE(test::countRows(t, QStringLiteral("audit_log"), QStringLiteral("action = 'referral.create'")), 1);
}

void TestReferrals::refusesBadInput_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown agency") << "agency" << "agency_id";
    QTest::newRow("inactive agency") << "inactive" << "agency_id";
    QTest::newRow("another client's case") << "case" << "case_id";
    QTest::newRow("unknown purpose") << "purpose" << "purpose";
    QTest::newRow("unknown category") << "categories" << "categories";
    QTest::newRow("control character in note") << "note" << "note";
    QTest::newRow("dated in the future") << "future" << "at";
}

void TestReferrals::refusesBadInput()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    Referral r = sample(client, addAgency(t));
    std::optional<qint64> at;
    if (what == QLatin1String("agency")) {
        r.agencyId = 999;
    } else if (what == QLatin1String("inactive")) {
        auto a = AgencyRepository(t.session()).get(r.agencyId);
        a->active = false;
        VERIFY_OK(AgencyRepository(t.session()).update(*a, QStringLiteral("閉所")));
    } else if (what == QLatin1String("case")) {
        SupportCase c;
        c.clientId = test::addClient(t, QStringLiteral("別人"));
        c.openedOn = QDate(2026, 1, 1);
        r.caseId = *CaseRepository(t.session()).create(c);
    } else if (what == QLatin1String("purpose")) {
        r.purpose = static_cast<Purpose>(40);
    } else if (what == QLatin1String("categories")) {
        r.categories = DataCategories::fromBits(1ULL << 6);
    } else if (what == QLatin1String("note")) {
        r.note = QStringLiteral("\u0001");
    } else if (what == QLatin1String("future")) {
        at = t.clock().nowMs() + minute;
    }
    auto id = ReferralRepository(t.session()).create(r, at);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("referrals")), 0);
    QCOMPARE(test::countRows(t, QStringLiteral("referral_events")), 0);
}

void TestReferrals::transitions_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("lastAllowed");
    const auto steps = [](const char *codes) { return QString::fromLatin1(codes).split(QLatin1Char(' ')); };
    QTest::newRow("sent") << steps("sent") << true;
    QTest::newRow("withdrawn before sending") << steps("withdrawn") << true;
    QTest::newRow("accepted after sent") << steps("sent accepted") << true;
    QTest::newRow("declined after sent") << steps("sent declined") << true;
    QTest::newRow("first contact after sent") << steps("sent first_contact") << true;
    QTest::newRow("first contact after accepted") << steps("sent accepted first_contact") << true;
    QTest::newRow("completed") << steps("sent accepted first_contact completed") << true;
    QTest::newRow("withdrawn after first contact") << steps("sent first_contact withdrawn") << true;
    QTest::newRow("proposed again") << steps("proposed") << false;
    QTest::newRow("sent twice") << steps("sent sent") << false;
    QTest::newRow("accepted before sent") << steps("accepted") << false;
    QTest::newRow("first contact before sent") << steps("first_contact") << false;
    QTest::newRow("completed before first contact") << steps("sent accepted completed") << false;
    QTest::newRow("first contact after declined") << steps("sent declined first_contact") << false;
    QTest::newRow("anything after completed") << steps("sent first_contact completed withdrawn") << false;
    QTest::newRow("anything after withdrawn") << steps("withdrawn sent") << false;
    QTest::newRow("back to sent") << steps("sent accepted sent") << false;
}

void TestReferrals::transitions()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, lastAllowed);
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ReferralRepository repo(t.session());
    auto id = repo.create(sample(client, addAgency(t)), t.clock().nowMs() - day);
    VERIFY_OK(id);
    ReferralStatus expected = ReferralStatus::Proposed;
    for (int i = 0; i < steps.size(); ++i) {
        const auto status = fromCode<ReferralStatus>(steps.at(i));
        QVERIFY(status);
        const qint64 at = t.clock().nowMs() - day + (i + 1) * minute;
        auto event = repo.addEvent(*id, *status, at, QStringLiteral("電話で確認"));
        const bool last = i == steps.size() - 1;
        if (!last || lastAllowed) {
            VERIFY_OK(event);
            expected = *status;
        } else {
            QVERIFY(!event);
            QCOMPARE(event.error().code, ErrorCode::Invalid);
            QCOMPARE(event.error().field, QStringLiteral("status"));
            QVERIFY(!event.error().message.isEmpty());
        }
        QCOMPARE(ReferralRepository::canMove(i == 0 ? ReferralStatus::Proposed
                                                    : *fromCode<ReferralStatus>(steps.at(i - 1)),
                                             *status),
                 !last || lastAllowed);
    }
    QCOMPARE(repo.get(*id)->status, expected);
    QCOMPARE(repo.events(*id)->size(), 1 + steps.size() - (lastAllowed ? 0 : 1));
    QCOMPARE(repo.events(*id)->last().status, expected);
}

void TestReferrals::eventsInOrderOfTime()
{
    test::TempDatabase t;
    ReferralRepository repo(t.session());
    const qint64 now = t.clock().nowMs();
    auto id = repo.create(sample(test::addClient(t), addAgency(t)), now - 10 * day);
    VERIFY_OK(id);
    VERIFY_OK(repo.addEvent(*id, ReferralStatus::Sent, now - 5 * day));

    auto before = repo.addEvent(*id, ReferralStatus::Accepted, now - 6 * day);
    QCOMPARE(before.error().code, ErrorCode::Invalid);
    QCOMPARE(before.error().field, QStringLiteral("at"));
    auto future = repo.addEvent(*id, ReferralStatus::Accepted, now + minute);
    QCOMPARE(future.error().field, QStringLiteral("at"));
    QCOMPARE(repo.get(*id)->status, ReferralStatus::Sent);
    QCOMPARE(repo.events(*id)->size(), 2);

    VERIFY_OK(repo.addEvent(*id, ReferralStatus::Accepted, now - 5 * day)); // the same moment is fine
    VERIFY_OK(repo.addEvent(*id, ReferralStatus::FirstContact, now, QStringLiteral("初回面談\n本人同行")));
    auto events = repo.events(*id);
    VERIFY_OK(events);
    QCOMPARE(events->size(), 4);
    QCOMPARE(events->last().note, QStringLiteral("初回面談\n本人同行"));
    QCOMPARE(repo.addEvent(4242, ReferralStatus::Sent, now).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.addEvent(*id, ReferralStatus::Completed, now, QStringLiteral("\u0007")).error().field,
             QStringLiteral("note"));
    QCOMPARE(repo.addEvent(*id, static_cast<ReferralStatus>(30), now).error().field, QStringLiteral("status"));
}

void TestReferrals::openWithoutAnswer()
{
    test::TempDatabase t;
    ReferralRepository repo(t.session());
    const qint64 now = t.clock().nowMs();
    const qint64 agency = addAgency(t);
    const qint64 client = test::addClient(t);
    const auto sentAt = [&](qint64 when, qint64 who) {
        auto id = repo.create(sample(who, agency), when - minute);
        if (!id || !repo.addEvent(*id, ReferralStatus::Sent, when))
            qFatal("cannot send a referral");
        return *id;
    };
    const qint64 waiting10 = sentAt(now - 10 * day, client);
    const qint64 waiting2 = sentAt(now - 2 * day, client);
    const qint64 waiting30 = sentAt(now - 30 * day, client);
    const qint64 answered = sentAt(now - 20 * day, client);
    VERIFY_OK(repo.addEvent(answered, ReferralStatus::Accepted, now - 19 * day));
    VERIFY_OK(repo.create(sample(client, agency), now - 40 * day)); // proposed, never sent

    // A client under stop-use is left out of work lists.
    Client stopped;
    stopped.name = QStringLiteral("利用停止");
    stopped.stopUse = true;
    const qint64 stoppedId = *ClientRepository(t.session()).create(stopped);
    sentAt(now - 15 * day, stoppedId);

    auto found = repo.openWithoutAnswer(7);
    VERIFY_OK(found);
    QCOMPARE(found->size(), 2);
    QCOMPARE(found->at(0).id, waiting30); // longest waiting first
    QCOMPARE(found->at(1).id, waiting10);
    QCOMPARE(repo.openWithoutAnswer(0)->size(), 3);
    QCOMPARE(repo.openWithoutAnswer(0)->last().id, waiting2);
    QCOMPARE(repo.openWithoutAnswer(-1).error().code, ErrorCode::Invalid);
}

void TestReferrals::forClientAndAgency()
{
    test::TempDatabase t;
    ReferralRepository repo(t.session());
    const qint64 a = addAgency(t);
    const qint64 b = addAgency(t, QStringLiteral("福岡県難病相談支援センター"));
    const qint64 client = test::addClient(t);
    const qint64 other = test::addClient(t, QStringLiteral("別人"));
    const qint64 first = *repo.create(sample(client, a));
    t.clock().advance(minute);
    const qint64 second = *repo.create(sample(client, b));
    t.clock().advance(minute);
    const qint64 third = *repo.create(sample(other, a));

    auto mine = repo.forClient(client);
    VERIFY_OK(mine);
    QCOMPARE(mine->size(), 2);
    QCOMPARE(mine->at(0).id, second);
    QCOMPARE(mine->at(1).id, first);
    auto atA = repo.forAgency(a);
    VERIFY_OK(atA);
    QCOMPARE(atA->size(), 2);
    QCOMPARE(atA->at(0).id, third);
    QCOMPARE(atA->at(1).id, first);
}

void TestReferrals::updateKeepsRevision()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ReferralRepository repo(t.session());
    auto id = repo.create(sample(client, addAgency(t)));
    auto r = repo.get(*id);
    r->note = QStringLiteral("本人の希望で面談は午前に");
    r->categories.insert(DataCategory::Health);
    t.clock().advance(minute);
    QCOMPARE(repo.update(*r, QString()).error().field, QStringLiteral("reason"));
    VERIFY_OK(repo.update(*r, QStringLiteral("本人と確認")));
    auto back = repo.get(*id);
    QCOMPARE(back->note, r->note);
    QVERIFY(back->categories.contains(DataCategory::Health));

    t.clock().advance(minute);
    VERIFY_OK(repo.addEvent(*id, ReferralStatus::Sent, t.clock().nowMs()));
    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("referrals"), *id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).newValues.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(history->at(1).reason, QStringLiteral("本人と確認"));
    QCOMPARE(history->at(1).oldValues.value(QStringLiteral("categories")).toString(),
             QStringLiteral("identity,employment"));

    r = repo.get(*id);
    r->agencyId = addAgency(t, QStringLiteral("別の機関"));
    QCOMPARE(repo.update(*r, QStringLiteral("機関変更")).error().field, QStringLiteral("agency_id"));
    r = repo.get(*id);
    r->status = ReferralStatus::Completed; // the status moves only by events
    QCOMPARE(*repo.update(*r, QStringLiteral("状態変更")), 0);
    QCOMPARE(repo.get(*id)->status, ReferralStatus::Sent);
}

void TestReferrals::attachDisclosure()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 agency = addAgency(t);
    ReferralRepository repo(t.session());
    auto id = repo.create(sample(client, agency));
    VERIFY_OK(id);

    privacy::ConsentInput in;
    in.clientId = client;
    in.kind = privacy::ConsentKind::Disclosure;
    in.purposes = {Purpose::Referral};
    in.recipients = {privacy::ConsentRecipient::agency(agency)};
    in.categories = {DataCategory::Identity, DataCategory::Employment};
    in.validFrom = t.clock().today();
    in.validUntil = in.validFrom.addMonths(6);
    auto consent = privacy::ConsentRegistry(t.session()).record(in);
    VERIFY_OK(consent);
    const qint64 disclosure = addDisclosure(t, client, agency, *consent);

    const qint64 otherClient = test::addClient(t, QStringLiteral("別人"));
    const qint64 othersDisclosure = addDisclosure(t, otherClient, agency, std::nullopt);
    auto wrong = repo.attachDisclosure(*id, othersDisclosure, std::nullopt);
    QCOMPARE(wrong.error().code, ErrorCode::Invalid);
    QCOMPARE(wrong.error().field, QStringLiteral("disclosure_id"));
    QCOMPARE(repo.attachDisclosure(*id, 999, std::nullopt).error().field, QStringLiteral("disclosure_id"));
    QCOMPARE(repo.attachDisclosure(*id, disclosure, *consent + 100).error().field, QStringLiteral("consent_id"));
    QVERIFY(!repo.get(*id)->disclosureId);

    VERIFY_OK(repo.attachDisclosure(*id, disclosure, *consent));
    auto r = repo.get(*id);
    QCOMPARE(r->disclosureId, std::optional<qint64>(disclosure));
    QCOMPARE(r->consentId, std::optional<qint64>(*consent));
    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("referrals"), *id);
    QCOMPARE(history->size(), 1);
    QVERIFY(history->first().oldValues.value(QStringLiteral("disclosure_id")).isNull());

    // A disclosure under a statutory exception relies on no consent.
    auto second = repo.create(sample(client, agency));
    VERIFY_OK(repo.attachDisclosure(*second, addDisclosure(t, client, agency, std::nullopt), std::nullopt));
    QVERIFY(!repo.get(*second)->consentId);
}

void TestReferrals::storesSqlAsText()
{
    test::TempDatabase t;
    Referral r = sample(test::addClient(t), addAgency(t));
    r.note = QStringLiteral("'); DROP TABLE referral_events; --");
    auto id = ReferralRepository(t.session()).create(r);
    VERIFY_OK(id);
    QCOMPARE(ReferralRepository(t.session()).get(*id)->note, r.note);
    QCOMPARE(test::countRows(t, QStringLiteral("referral_events")), 1);
}

QTEST_GUILESS_MAIN(TestReferrals)
#include "tst_referrals.moc"
