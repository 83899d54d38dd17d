// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "repo/ClientRepository.h"
#include "search/ClientSearch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;

namespace {
Client sample()
{
    Client c;
    c.name = QStringLiteral("山田 太郎");
    c.nameKana = QStringLiteral("やまだ たろう");
    c.birthDate = QDate(1980, 4, 1);
    c.prefecture = QStringLiteral("福岡県");
    c.municipality = QStringLiteral("糸島市");
    c.phone = QStringLiteral("090-1234-5678");
    c.email = QStringLiteral("taro@example.jp");
    return c;
}
} // namespace

class TestClients : public QObject
{
    Q_OBJECT

private slots:
    void createAndGet();
    void createWithNameOnly();
    void refusesBadInput_data();
    void refusesBadInput();
    void storesSqlAsText();
    void keepsRevisionOnUpdate();
    void refusesStaleUpdate();
    void findsDuplicates();
    void searchIgnoresKanaWidthAndSpaces_data();
    void searchIgnoresKanaWidthAndSpaces();
    void searchPages();
    void searchHidesStopUse();
};

void TestClients::createAndGet()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    auto id = repo.create(sample());
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto c = repo.get(*id);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("山田 太郎"));
    QCOMPARE(c->birthDate, QDate(1980, 4, 1));
    QCOMPARE(c->version, 1);
    QCOMPARE(c->createdAt, t.clock().nowMs());
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT created_by, kana_norm, phone_norm FROM clients")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), t.staffId());
    QCOMPARE(q.value(1).toString(), QStringLiteral("やまだたろう"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("09012345678"));
}

void TestClients::createWithNameOnly()
{
    // Only the name is required: a first call often gives nothing more.
    test::TempDatabase t;
    Client c;
    c.name = QStringLiteral("匿名の相談者");
    auto id = ClientRepository(t.session()).create(c);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto back = ClientRepository(t.session()).get(*id);
    QVERIFY(back);
    QCOMPARE(back->name, c.name);
    QVERIFY(back->nameKana.isEmpty());
    QVERIFY(!back->birthDate);
}

void TestClients::refusesBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedField");
    QTest::newRow("empty name") << "name" << "" << "name";
    QTest::newRow("blank name") << "name" << "   　 " << "name";
    QTest::newRow("long name") << "name" << QString(101, QChar(u'山')) << "name";
    QTest::newRow("control char in name") << "name" << QStringLiteral("山田\u0007太郎") << "name";
    QTest::newRow("newline in name") << "name" << QStringLiteral("山田\n太郎") << "name";
    QTest::newRow("NUL in phone") << "phone" << QString::fromUtf16(u"090\u0000123", 7) << "phone";
    QTest::newRow("bidi override") << "name" << QStringLiteral("abc\u202Edef") << "name";
    QTest::newRow("kanji reading") << "kana" << "山田" << "name_kana";
    QTest::newRow("future birth") << "birth" << "2027-01-01" << "birth_date";
    QTest::newRow("ancient birth") << "birth" << "1850-01-01" << "birth_date";
    QTest::newRow("bad prefecture") << "prefecture" << "Atlantis" << "prefecture";
    QTest::newRow("bad email") << "email" << "taro at example" << "email";
    QTest::newRow("huge address") << "address" << QString(100000, QChar(u'a')) << "address";
}

void TestClients::refusesBadInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expectedField);
    test::TempDatabase t;
    Client c = sample();
    if (field == QLatin1String("name"))
        c.name = value;
    else if (field == QLatin1String("kana"))
        c.nameKana = value;
    else if (field == QLatin1String("phone"))
        c.phone = value;
    else if (field == QLatin1String("birth"))
        c.birthDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("prefecture"))
        c.prefecture = value;
    else if (field == QLatin1String("email"))
        c.email = value;
    else if (field == QLatin1String("address"))
        c.address = value;
    auto id = ClientRepository(t.session()).create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, expectedField);
    QVERIFY(!id.error().message.isEmpty());
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestClients::storesSqlAsText()
{
    test::TempDatabase t;
    Client c = sample();
    c.name = QStringLiteral("Robert'); DROP TABLE clients;--");
    c.municipality = QStringLiteral("' OR 1=1 --");
    auto id = ClientRepository(t.session()).create(c);
    QVERIFY(id);
    auto back = ClientRepository(t.session()).get(*id);
    QVERIFY(back);
    QCOMPARE(back->name, c.name);
    QCOMPARE(back->municipality, c.municipality);
}

void TestClients::keepsRevisionOnUpdate()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    auto id = repo.create(sample());
    QVERIFY(id);
    auto c = repo.get(*id);
    c->phone = QStringLiteral("080-0000-1111");
    t.clock().advance(60000);
    QVERIFY(!repo.update(*c, QString())); // a reason is required
    auto changed = repo.update(*c, QStringLiteral("本人から電話番号変更の連絡"));
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    QCOMPARE(*changed, 1);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, at, reason, old_values, new_values FROM revisions")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), t.staffId());
    QCOMPARE(q.value(1).toLongLong(), t.clock().nowMs());
    QCOMPARE(q.value(2).toString(), QStringLiteral("本人から電話番号変更の連絡"));
    const QJsonObject old = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    QCOMPARE(old.value(QStringLiteral("phone")).toString(), QStringLiteral("090-1234-5678"));
    const QJsonObject now = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    QCOMPARE(now.value(QStringLiteral("phone")).toString(), QStringLiteral("080-0000-1111"));
    QVERIFY(!q.next());
    QCOMPARE(repo.get(*id)->version, 2);
}

void TestClients::refusesStaleUpdate()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    auto id = repo.create(sample());
    auto first = repo.get(*id);
    auto second = repo.get(*id);
    first->municipality = QStringLiteral("福岡市");
    QVERIFY(repo.update(*first, QStringLiteral("転居")));
    second->municipality = QStringLiteral("北九州市");
    auto stale = repo.update(*second, QStringLiteral("転居"));
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
    QCOMPARE(repo.get(*id)->municipality, QStringLiteral("福岡市"));
}

void TestClients::findsDuplicates()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    auto id = repo.create(sample());
    Client sameReading;
    sameReading.name = QStringLiteral("山田太郎");
    sameReading.nameKana = QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ");
    sameReading.birthDate = QDate(1980, 4, 1);
    auto dup = repo.findDuplicates(sameReading);
    QVERIFY(dup);
    QCOMPARE(dup->size(), 1);
    QCOMPARE(dup->first().id, *id);

    Client samePhone;
    samePhone.name = QStringLiteral("別人");
    samePhone.phone = QStringLiteral("０９０１２３４５６７８");
    QCOMPARE(repo.findDuplicates(samePhone)->size(), 1);

    Client other;
    other.name = QStringLiteral("山田太郎");
    other.nameKana = QStringLiteral("やまだたろう");
    other.birthDate = QDate(1990, 1, 1);
    QCOMPARE(repo.findDuplicates(other)->size(), 0);
}

void TestClients::searchIgnoresKanaWidthAndSpaces_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("hiragana") << QStringLiteral("かたかな");
    QTest::newRow("katakana") << QStringLiteral("カタカナ");
    QTest::newRow("half-width") << QStringLiteral("ｶﾀｶﾅ");
    QTest::newRow("prefix") << QStringLiteral("カタ");
    QTest::newRow("kanji with space") << QStringLiteral("片仮 名子");
    QTest::newRow("kanji without space") << QStringLiteral("片仮名子");
}

void TestClients::searchIgnoresKanaWidthAndSpaces()
{
    QFETCH(QString, query);
    test::TempDatabase t;
    Client c;
    c.name = QStringLiteral("片仮　名子");
    c.nameKana = QStringLiteral("カタカナ ナコ");
    QVERIFY(ClientRepository(t.session()).create(c));
    Client other;
    other.name = QStringLiteral("平田花子");
    other.nameKana = QStringLiteral("ひらた はなこ");
    QVERIFY(ClientRepository(t.session()).create(other));
    auto page = ClientSearch(t.db()).find(ClientQuery(query));
    QVERIFY(page);
    QCOMPARE(page->rows.size(), 1);
    QCOMPARE(page->rows.first().name, c.name);
}

void TestClients::searchPages()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    const QString kana = QStringLiteral("あいうえおかきくけこさしすせそたちつてと");
    for (int i = 0; i < 20; ++i) {
        Client c;
        c.name = QStringLiteral("相談者%1").arg(i);
        c.nameKana = QString(kana.at(19 - i)) + QStringLiteral("やま");
        QVERIFY(repo.create(c));
    }
    QStringList seen;
    std::optional<ClientCursor> after;
    int pages = 0;
    do {
        auto page = ClientSearch(t.db()).find(ClientQuery(QString(), 6, after));
        QVERIFY(page);
        QVERIFY(page->rows.size() <= 6);
        for (const auto &row : page->rows)
            seen << row.nameKana;
        after = page->next;
        ++pages;
    } while (after);
    QCOMPARE(pages, 4);
    QCOMPARE(seen.size(), 20);
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted);
    QCOMPARE(seen.first(), QStringLiteral("あやま"));
}

void TestClients::searchHidesStopUse()
{
    test::TempDatabase t;
    ClientRepository repo(t.session());
    Client c = sample();
    c.stopUse = true;
    QVERIFY(repo.create(c));
    QCOMPARE(ClientSearch(t.db()).find(ClientQuery(QStringLiteral("やまだ")))->rows.size(), 0);
    ClientQuery all(QStringLiteral("やまだ"));
    all.includeStopped = true;
    QCOMPARE(ClientSearch(t.db()).find(all)->rows.size(), 1);
}

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
