// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/AgencyRepository.h"
#include "repo/RevisionHistory.h"

#include <functional>

using namespace tsunagu;

namespace {
using Mutate = std::function<void(Agency &)>;

Agency sample()
{
    Agency a;
    a.name = QStringLiteral("ハローワーク福岡中央");
    a.kind = AgencyKind::HelloWork;
    a.prefecture = QStringLiteral("福岡県");
    a.municipality = QStringLiteral("福岡市中央区");
    a.address = QStringLiteral("赤坂1-6-19");
    a.phone = QStringLiteral("092-712-8609");
    a.email = QStringLiteral("info@example.go.jp");
    a.contactName = QStringLiteral("専門援助部門 田中");
    a.note = QStringLiteral("難病患者就職サポーターは火・木。");
    return a;
}

Agency named(const QString &name, AgencyKind kind)
{
    Agency a;
    a.name = name;
    a.kind = kind;
    return a;
}

QStringList names(const QList<Agency> &agencies)
{
    QStringList out;
    for (const Agency &a : agencies)
        out << a.name;
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestAgencies : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void refusesBadInput_data();
    void refusesBadInput();
    void storesSqlAsText();
    void searchIgnoresKanaWidthSpacesAndCase_data();
    void searchIgnoresKanaWidthSpacesAndCase();
    void searchPutsPrefixFirst();
    void searchByKind();
    void searchMatchesWildcardsLiterally();
    void inactiveLeavesSearchNotList();
    void keepsRevisionOnUpdate();
};

void TestAgencies::roundTrip()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    auto id = repo.create(sample());
    VERIFY_OK(id);
    auto back = repo.get(*id);
    VERIFY_OK(back);
    const Agency expected = sample();
    QCOMPARE(back->name, expected.name);
    QCOMPARE(back->kind, AgencyKind::HelloWork);
    QCOMPARE(back->prefecture, expected.prefecture);
    QCOMPARE(back->municipality, expected.municipality);
    QCOMPARE(back->address, expected.address);
    QCOMPARE(back->phone, expected.phone);
    QCOMPARE(back->email, expected.email);
    QCOMPARE(back->contactName, expected.contactName);
    QCOMPARE(back->note, expected.note);
    QVERIFY(back->active);
    QCOMPARE(back->version, 1);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT name_norm, created_by FROM agencies")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("はろーわーく福岡中央"));
    QCOMPARE(q.value(1).toLongLong(), t.staffId());
    QCOMPARE(repo.get(*id + 1).error().code, ErrorCode::NotFound);
}

void TestAgencies::refusesBadInput_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << Mutate([](Agency &a) { a.name.clear(); }) << "name";
    QTest::newRow("blank name") << Mutate([](Agency &a) { a.name = QStringLiteral("　"); }) << "name";
    QTest::newRow("overlong name") << Mutate([](Agency &a) { a.name = QString(101, QChar(u'所')); }) << "name";
    QTest::newRow("line break in name") << Mutate([](Agency &a) { a.name = QStringLiteral("ハロー\nワーク"); })
                                        << "name";
    QTest::newRow("unknown kind") << Mutate([](Agency &a) { a.kind = static_cast<AgencyKind>(-1); }) << "kind";
    QTest::newRow("not a prefecture") << Mutate([](Agency &a) { a.prefecture = QStringLiteral("福岡"); })
                                      << "prefecture";
    QTest::newRow("bad email") << Mutate([](Agency &a) { a.email = QStringLiteral("a@b@c.jp"); }) << "email";
    QTest::newRow("phone without digits") << Mutate([](Agency &a) { a.phone = QStringLiteral("-"); }) << "phone";
    QTest::newRow("bidi override in contact")
        << Mutate([](Agency &a) { a.contactName = QStringLiteral("田中\u202E"); }) << "contact_name";
    QTest::newRow("overlong address") << Mutate([](Agency &a) { a.address = QString(301, QChar(u'町')); })
                                      << "address";
    QTest::newRow("overlong note") << Mutate([](Agency &a) { a.note = QString(20001, QChar(u'x')); }) << "note";
}

void TestAgencies::refusesBadInput()
{
    QFETCH(Mutate, mutate);
    QFETCH(QString, field);
    test::TempDatabase t;
    Agency a = sample();
    mutate(a);
    auto id = AgencyRepository(t.session()).create(a);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("agencies")), 0);
    QCOMPARE(AgencyRepository(t.session()).validate(a).error().field, field);
}

void TestAgencies::storesSqlAsText()
{
    test::TempDatabase t;
    Agency a = sample();
    a.name = QStringLiteral("x'; DELETE FROM agencies; --");
    auto id = AgencyRepository(t.session()).create(a);
    VERIFY_OK(id);
    QCOMPARE(AgencyRepository(t.session()).get(*id)->name, a.name);
    auto found = AgencyRepository(t.session()).search(QStringLiteral("DELETE FROM"));
    VERIFY_OK(found);
    QCOMPARE(names(*found), QStringList{a.name});
}

void TestAgencies::searchIgnoresKanaWidthSpacesAndCase_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("katakana") << QStringLiteral("ハローワーク") << QStringLiteral("ハローワーク福岡中央");
    QTest::newRow("half-width") << QStringLiteral("ﾊﾛｰﾜｰｸ") << QStringLiteral("ハローワーク福岡中央");
    QTest::newRow("hiragana") << QStringLiteral("はろーわーく") << QStringLiteral("ハローワーク福岡中央");
    QTest::newRow("with a space") << QStringLiteral("ハローワーク 福岡") << QStringLiteral("ハローワーク福岡中央");
    QTest::newRow("substring") << QStringLiteral("中央") << QStringLiteral("ハローワーク福岡中央");
    QTest::newRow("lower case") << QStringLiteral("clinic") << QStringLiteral("HELLO Clinic 糸島");
    QTest::newRow("full-width latin") << QStringLiteral("ＨＥＬＬＯ") << QStringLiteral("HELLO Clinic 糸島");
}

void TestAgencies::searchIgnoresKanaWidthSpacesAndCase()
{
    QFETCH(QString, query);
    QFETCH(QString, expected);
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    VERIFY_OK(repo.create(sample()));
    VERIFY_OK(repo.create(named(QStringLiteral("HELLO Clinic 糸島"), AgencyKind::Hospital)));
    VERIFY_OK(repo.create(named(QStringLiteral("糸島市社会福祉協議会"), AgencyKind::SocialWelfareCouncil)));
    auto found = repo.search(query);
    VERIFY_OK(found);
    QCOMPARE(names(*found), QStringList{expected});
}

void TestAgencies::searchPutsPrefixFirst()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    VERIFY_OK(repo.create(sample()));
    VERIFY_OK(repo.create(named(QStringLiteral("福岡障害者職業センター"), AgencyKind::VocationalCenter)));
    VERIFY_OK(repo.create(named(QStringLiteral("北九州市役所"), AgencyKind::MunicipalOffice)));
    auto found = repo.search(QStringLiteral("福岡"));
    VERIFY_OK(found);
    QCOMPARE(names(*found), (QStringList{QStringLiteral("福岡障害者職業センター"), QStringLiteral("ハローワーク福岡中央")}));
    auto everyone = repo.search(QString());
    VERIFY_OK(everyone);
    QCOMPARE(everyone->size(), 3);
}

void TestAgencies::searchByKind()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    VERIFY_OK(repo.create(sample()));
    VERIFY_OK(repo.create(named(QStringLiteral("ハローワーク福岡東"), AgencyKind::HelloWork)));
    VERIFY_OK(repo.create(named(QStringLiteral("福岡県難病相談支援センター"), AgencyKind::IntractableDiseaseCenter)));
    QCOMPARE(repo.search(QString(), AgencyKind::HelloWork)->size(), 2);
    QCOMPARE(names(*repo.search(QStringLiteral("福岡"), AgencyKind::IntractableDiseaseCenter)),
             QStringList{QStringLiteral("福岡県難病相談支援センター")});
    QCOMPARE(repo.search(QStringLiteral("東"), AgencyKind::Hospital)->size(), 0);
    QCOMPARE(repo.search(QString(), static_cast<AgencyKind>(77)).error().field, QStringLiteral("kind"));
}

void TestAgencies::searchMatchesWildcardsLiterally()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    VERIFY_OK(repo.create(sample()));
    VERIFY_OK(repo.create(named(QStringLiteral("100%サポート_事業所"), AgencyKind::TransitionSupport)));
    QCOMPARE(names(*repo.search(QStringLiteral("%"))), QStringList{QStringLiteral("100%サポート_事業所")});
    QCOMPARE(names(*repo.search(QStringLiteral("_"))), QStringList{QStringLiteral("100%サポート_事業所")});
    QCOMPARE(repo.search(QStringLiteral("ハ%")).value().size(), 0);
}

void TestAgencies::inactiveLeavesSearchNotList()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    auto id = repo.create(sample());
    VERIFY_OK(repo.create(named(QStringLiteral("ハローワーク博多"), AgencyKind::HelloWork)));
    auto a = repo.get(*id);
    a->active = false;
    VERIFY_OK(repo.update(*a, QStringLiteral("統合により閉所")));
    QCOMPARE(names(*repo.search(QStringLiteral("ハローワーク"))), QStringList{QStringLiteral("ハローワーク博多")});
    QCOMPARE(repo.list()->size(), 1);
    auto all = repo.list(false);
    VERIFY_OK(all);
    QCOMPARE(names(*all), (QStringList{QStringLiteral("ハローワーク博多"), QStringLiteral("ハローワーク福岡中央")}));
    QVERIFY(!all->at(1).active);
}

void TestAgencies::keepsRevisionOnUpdate()
{
    test::TempDatabase t;
    AgencyRepository repo(t.session());
    auto id = repo.create(sample());
    auto a = repo.get(*id);
    a->name = QStringLiteral("ハローワーク福岡中央（移転）");
    t.clock().advance(1000);
    QCOMPARE(repo.update(*a, QString()).error().field, QStringLiteral("reason"));
    auto changed = repo.update(*a, QStringLiteral("名称変更"));
    VERIFY_OK(changed);
    QCOMPARE(*changed, 1); // the search key is derived, not part of the history
    QCOMPARE(names(*repo.search(QStringLiteral("移転"))), QStringList{a->name});

    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("agencies"), *id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().oldValues.value(QStringLiteral("name")).toString(), QStringLiteral("ハローワーク福岡中央"));
    QVERIFY(!history->first().oldValues.contains(QStringLiteral("name_norm")));
    QCOMPARE(history->first().staffName, QStringLiteral("中村"));

    auto stale = repo.update(*a, QStringLiteral("再変更"));
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
}

QTEST_GUILESS_MAIN(TestAgencies)
#include "tst_agencies.moc"
