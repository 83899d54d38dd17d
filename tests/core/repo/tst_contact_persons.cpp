// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/ContactPersonRepository.h"
#include "repo/RevisionHistory.h"

#include <functional>

using namespace tsunagu;

namespace {
using Mutate = std::function<void(ContactPerson &)>;

ContactPerson sample(qint64 clientId)
{
    ContactPerson p;
    p.clientId = clientId;
    p.name = QStringLiteral("山田 花子");
    p.nameKana = QStringLiteral("やまだ はなこ");
    p.relationship = Relationship::Mother;
    p.phone = QStringLiteral("092-123-4567");
    p.email = QStringLiteral("hanako@example.jp");
    p.note = QStringLiteral("最初に相談に来たのは母。\n本人は同席せず。");
    return p;
}
} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestContactPersons : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void nameIsEnough();
    void refusesBadInput_data();
    void refusesBadInput();
    void storesSqlAsText();
    void keepsRevisionOnUpdate();
    void refusesUnknownOrErasedClient();
};

void TestContactPersons::roundTrip()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ContactPersonRepository repo(t.session());
    auto id = repo.create(sample(client));
    VERIFY_OK(id);
    ContactPerson father = sample(client);
    father.name = QStringLiteral("山田 一郎");
    father.relationship = Relationship::Father;
    VERIFY_OK(repo.create(father));

    auto back = repo.get(*id);
    VERIFY_OK(back);
    const ContactPerson expected = sample(client);
    QCOMPARE(back->clientId, client);
    QCOMPARE(back->name, expected.name);
    QCOMPARE(back->nameKana, expected.nameKana);
    QCOMPARE(back->relationship, Relationship::Mother);
    QCOMPARE(back->phone, expected.phone);
    QCOMPARE(back->email, expected.email);
    QCOMPARE(back->note, expected.note);
    QCOMPARE(back->version, 1);

    auto all = repo.forClient(client);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(1).relationship, Relationship::Father);
    QCOMPARE(repo.forClient(test::addClient(t, QStringLiteral("別人")))->size(), 0);
    QCOMPARE(test::countRows(t, QStringLiteral("audit_log"), QStringLiteral("action = 'contact_person.create'")), 2);
}

void TestContactPersons::nameIsEnough()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ContactPerson p;
    p.clientId = client;
    p.name = QStringLiteral("支援者");
    p.relationship = Relationship::Supporter;
    auto id = ContactPersonRepository(t.session()).create(p);
    VERIFY_OK(id);
    auto back = ContactPersonRepository(t.session()).get(*id);
    QVERIFY(back->nameKana.isEmpty());
    QVERIFY(back->phone.isEmpty());
}

void TestContactPersons::refusesBadInput_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << Mutate([](ContactPerson &p) { p.name.clear(); }) << "name";
    QTest::newRow("blank name") << Mutate([](ContactPerson &p) { p.name = QStringLiteral(" 　\t"); }) << "name";
    QTest::newRow("overlong name") << Mutate([](ContactPerson &p) { p.name = QString(101, QChar(u'花')); }) << "name";
    QTest::newRow("line break in name") << Mutate([](ContactPerson &p) { p.name = QStringLiteral("山田\n花子"); })
                                        << "name";
    QTest::newRow("bell in name") << Mutate([](ContactPerson &p) { p.name = QStringLiteral("山田\u0007"); }) << "name";
    QTest::newRow("kanji reading") << Mutate([](ContactPerson &p) { p.nameKana = QStringLiteral("山田"); })
                                   << "name_kana";
    QTest::newRow("unknown relationship")
        << Mutate([](ContactPerson &p) { p.relationship = static_cast<Relationship>(42); }) << "relationship";
    QTest::newRow("phone without digits") << Mutate([](ContactPerson &p) { p.phone = QStringLiteral("なし"); })
                                          << "phone";
    QTest::newRow("bad email") << Mutate([](ContactPerson &p) { p.email = QStringLiteral("hanako@"); }) << "email";
    QTest::newRow("overlong note") << Mutate([](ContactPerson &p) { p.note = QString(20001, QChar(u'a')); }) << "note";
    QTest::newRow("NUL in note") << Mutate([](ContactPerson &p) { p.note = QString::fromUtf16(u"a\u0000b", 3); })
                                 << "note";
}

void TestContactPersons::refusesBadInput()
{
    QFETCH(Mutate, mutate);
    QFETCH(QString, field);
    test::TempDatabase t;
    ContactPerson p = sample(test::addClient(t));
    mutate(p);
    auto id = ContactPersonRepository(t.session()).create(p);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("contact_persons")), 0);
}

void TestContactPersons::storesSqlAsText()
{
    test::TempDatabase t;
    ContactPerson p = sample(test::addClient(t));
    p.name = QStringLiteral("Robert'); DROP TABLE contact_persons;--");
    p.note = QStringLiteral("\" OR \"\"=\"");
    auto id = ContactPersonRepository(t.session()).create(p);
    VERIFY_OK(id);
    auto back = ContactPersonRepository(t.session()).get(*id);
    QCOMPARE(back->name, p.name);
    QCOMPARE(back->note, p.note);
}

void TestContactPersons::keepsRevisionOnUpdate()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ContactPersonRepository repo(t.session());
    auto id = repo.create(sample(client));
    auto p = repo.get(*id);
    p->phone = QStringLiteral("080-9999-0000");
    t.clock().advance(5 * 60 * 1000);
    QCOMPARE(repo.update(*p, QStringLiteral("   ")).error().field, QStringLiteral("reason"));
    auto changed = repo.update(*p, QStringLiteral("母の携帯番号に変更"));
    VERIFY_OK(changed);
    QCOMPARE(*changed, 1);
    QCOMPARE(repo.get(*id)->phone, QStringLiteral("080-9999-0000"));

    auto history = RevisionHistory(t.session()).forClient(client);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().entity, QStringLiteral("contact_persons"));
    QCOMPARE(history->first().reason, QStringLiteral("母の携帯番号に変更"));
    QCOMPARE(history->first().oldValues.value(QStringLiteral("phone")).toString(), QStringLiteral("092-123-4567"));

    // Unchanged: nothing written, no revision.
    p = repo.get(*id);
    QCOMPARE(*repo.update(*p, QStringLiteral("確認のみ")), 0);
    QCOMPARE(test::countRows(t, QStringLiteral("revisions")), 1);

    p->clientId = test::addClient(t, QStringLiteral("別人"));
    QCOMPARE(repo.update(*p, QStringLiteral("付け替え")).error().field, QStringLiteral("client_id"));
}

void TestContactPersons::refusesUnknownOrErasedClient()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    QCOMPARE(ContactPersonRepository(t.session()).create(sample(client + 1)).error().code, ErrorCode::NotFound);
    test::markErased(t, client);
    QCOMPARE(ContactPersonRepository(t.session()).create(sample(client)).error().code, ErrorCode::Refused);
    QCOMPARE(test::countRows(t, QStringLiteral("contact_persons")), 0);
}

QTEST_GUILESS_MAIN(TestContactPersons)
#include "tst_contact_persons.moc"
