// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/ConditionRepository.h"
#include "repo/RevisionHistory.h"

#include <functional>

using namespace tsunagu;

namespace {
using Mutate = std::function<void(Condition &)>;

Condition sample(qint64 clientId)
{
    Condition c;
    c.clientId = clientId;
    c.diseaseGroup = DiseaseGroup::Immune;
    c.designatedNumber = 49;
    c.designatedName = QStringLiteral("全身性エリテマトーデス");
    c.note = QStringLiteral("通院は月1回。\n疲れやすい時期がある。");
    return c;
}
} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestConditions : public QObject
{
    Q_OBJECT

private slots:
    void refusedBeforeHealthConsentThenAccepted();
    void updateRefusedAfterConsentWithdrawn();
    void roundTrip();
    void acceptsDesignatedNumbers_data();
    void acceptsDesignatedNumbers();
    void refusesBadInput_data();
    void refusesBadInput();
    void storesSqlAsText();
    void keepsRevisionOnUpdate();
    void refusesUnknownOrErasedClient();
};

void TestConditions::refusedBeforeHealthConsentThenAccepted()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ConditionRepository repo(t.session());

    auto refused = repo.create(sample(client));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("client_conditions")), 0);

    test::recordHealthConsent(t, client);
    auto id = repo.create(sample(client));
    VERIFY_OK(id);
    QCOMPARE(test::countRows(t, QStringLiteral("client_conditions")), 1);
}

void TestConditions::updateRefusedAfterConsentWithdrawn()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 consent = test::recordHealthConsent(t, client);
    ConditionRepository repo(t.session());
    auto id = repo.create(sample(client));
    VERIFY_OK(id);

    t.clock().advance(60 * 60 * 1000);
    auto withdrawn = privacy::ConsentRegistry(t.session()).withdraw(consent, QStringLiteral("本人の申し出"));
    VERIFY_OK(withdrawn);
    t.clock().advance(60 * 1000);

    auto c = repo.get(*id);
    VERIFY_OK(c);
    c->note = QStringLiteral("追記");
    auto refused = repo.update(*c, QStringLiteral("面談で確認"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QCOMPARE(repo.get(*id)->note, sample(client).note);
    QCOMPARE(repo.create(sample(client)).error().code, ErrorCode::Refused);
}

void TestConditions::roundTrip()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    ConditionRepository repo(t.session());
    auto id = repo.create(sample(client));
    VERIFY_OK(id);
    Condition other;
    other.clientId = client;
    other.diseaseGroup = DiseaseGroup::Cancer;
    VERIFY_OK(repo.create(other));

    auto back = repo.get(*id);
    VERIFY_OK(back);
    QCOMPARE(back->clientId, client);
    QCOMPARE(back->diseaseGroup, DiseaseGroup::Immune);
    QCOMPARE(back->designatedNumber, std::optional<int>(49));
    QCOMPARE(back->designatedName, QStringLiteral("全身性エリテマトーデス"));
    QCOMPARE(back->note, sample(client).note);
    QCOMPARE(back->version, 1);
    QCOMPARE(back->createdAt, t.clock().nowMs());

    auto all = repo.forClient(client);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).diseaseGroup, DiseaseGroup::Cancer);
    QVERIFY(!all->at(1).designatedNumber);
    QVERIFY(all->at(1).designatedName.isEmpty());

    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT disease_group, created_by, updated_by FROM client_conditions WHERE id = %1")
                       .arg(*id))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("immune"));
    QCOMPARE(q.value(1).toLongLong(), t.staffId());
    QCOMPARE(q.value(2).toLongLong(), t.staffId());
    QCOMPARE(test::countRows(t, QStringLiteral("audit_log"), QStringLiteral("action = 'condition.create'")), 2);
}

void TestConditions::acceptsDesignatedNumbers_data()
{
    QTest::addColumn<int>("number");
    QTest::newRow("first") << 1;
    QTest::newRow("last in the catalogue") << 341;
    QTest::newRow("not yet catalogued") << 999;
}

void TestConditions::acceptsDesignatedNumbers()
{
    QFETCH(int, number);
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    Condition c = sample(client);
    c.designatedNumber = number;
    auto id = ConditionRepository(t.session()).create(c);
    VERIFY_OK(id);
    QCOMPARE(ConditionRepository(t.session()).get(*id)->designatedNumber, std::optional<int>(number));
}

void TestConditions::refusesBadInput_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("number 0") << Mutate([](Condition &c) { c.designatedNumber = 0; }) << "designated_number";
    QTest::newRow("number 342") << Mutate([](Condition &c) { c.designatedNumber = 342; }) << "designated_number";
    QTest::newRow("number 1000") << Mutate([](Condition &c) { c.designatedNumber = 1000; }) << "designated_number";
    QTest::newRow("negative number") << Mutate([](Condition &c) { c.designatedNumber = -5; }) << "designated_number";
    QTest::newRow("unknown disease group")
        << Mutate([](Condition &c) { c.diseaseGroup = static_cast<DiseaseGroup>(99); }) << "disease_group";
    QTest::newRow("control character in name")
        << Mutate([](Condition &c) { c.designatedName = QStringLiteral("潰瘍性\u0007大腸炎"); }) << "designated_name";
    QTest::newRow("line break in name")
        << Mutate([](Condition &c) { c.designatedName = QStringLiteral("潰瘍性\n大腸炎"); }) << "designated_name";
    QTest::newRow("overlong name")
        << Mutate([](Condition &c) { c.designatedName = QString(201, QChar(u'病')); }) << "designated_name";
    QTest::newRow("overlong note") << Mutate([](Condition &c) { c.note = QString(20001, QChar(u'a')); }) << "note";
    QTest::newRow("escape in note") << Mutate([](Condition &c) { c.note = QStringLiteral("ok\u001b[31m"); }) << "note";
}

void TestConditions::refusesBadInput()
{
    QFETCH(Mutate, mutate);
    QFETCH(QString, field);
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    Condition c = sample(client);
    mutate(c);
    auto id = ConditionRepository(t.session()).create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("client_conditions")), 0);
    QCOMPARE(ConditionRepository(t.session()).validate(c).error().field, field);
}

void TestConditions::storesSqlAsText()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    Condition c = sample(client);
    c.designatedName = QStringLiteral("x'); DROP TABLE client_conditions;--");
    c.note = QStringLiteral("' OR 1=1 --");
    auto id = ConditionRepository(t.session()).create(c);
    VERIFY_OK(id);
    auto back = ConditionRepository(t.session()).get(*id);
    QCOMPARE(back->designatedName, c.designatedName);
    QCOMPARE(back->note, c.note);
}

void TestConditions::keepsRevisionOnUpdate()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    ConditionRepository repo(t.session());
    auto id = repo.create(sample(client));
    VERIFY_OK(id);
    auto c = repo.get(*id);
    c->designatedNumber = 97;
    c->designatedName = QStringLiteral("潰瘍性大腸炎");
    c->diseaseGroup = DiseaseGroup::Digestive;
    t.clock().advance(60000);
    QCOMPARE(repo.update(*c, QString()).error().field, QStringLiteral("reason"));
    auto changed = repo.update(*c, QStringLiteral("診断名の訂正"));
    VERIFY_OK(changed);
    QCOMPARE(*changed, 3);
    QCOMPARE(repo.get(*id)->version, 2);

    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("client_conditions"), *id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    const Revision &r = history->first();
    QCOMPARE(r.reason, QStringLiteral("診断名の訂正"));
    QCOMPARE(r.at, t.clock().nowMs());
    QCOMPARE(r.oldValues.value(QStringLiteral("designated_number")).toInt(), 49);
    QCOMPARE(r.newValues.value(QStringLiteral("designated_number")).toInt(), 97);
    QCOMPARE(r.oldValues.value(QStringLiteral("disease_group")).toString(), QStringLiteral("immune"));
    // The correction belongs to the client's history (and to their access report).
    QCOMPARE(RevisionHistory(t.session()).forClient(client)->size(), 1);

    auto stale = repo.update(*c, QStringLiteral("再訂正"));
    QCOMPARE(stale.error().code, ErrorCode::Conflict);

    c = repo.get(*id);
    c->clientId = test::addClient(t, QStringLiteral("別人"));
    QCOMPARE(repo.update(*c, QStringLiteral("移動")).error().field, QStringLiteral("client_id"));
}

void TestConditions::refusesUnknownOrErasedClient()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    test::recordHealthConsent(t, client);
    QCOMPARE(ConditionRepository(t.session()).create(sample(client + 100)).error().code, ErrorCode::NotFound);
    test::markErased(t, client);
    QCOMPARE(ConditionRepository(t.session()).create(sample(client)).error().code, ErrorCode::Refused);
    QCOMPARE(test::countRows(t, QStringLiteral("client_conditions")), 0);
    QCOMPARE(ConditionRepository(t.session()).get(12345).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
