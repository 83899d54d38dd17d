// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixtures.h"
#include "importer/ColumnMapping.h"
#include "importer/FieldCatalog.h"

#include <QTest>

using namespace tsunagu;
using namespace tsunagu::importer;

class TestImportMapping : public QObject
{
    Q_OBJECT

private slots:
    void headers_data();
    void headers();
    void unknownColumnsReported();
    void twoColumnsForOneFieldRefused();
    void requiredColumnMissingRefused();
    void mappingFileWins();
    void mappingFileWithUnknownFieldRefused();
    void mappingRememberedPerKind();
};

void TestImportMapping::headers_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("field");
    const auto row = [](ImportKind kind, const char *header, const char *field) {
        QTest::addRow("%s %s", qPrintable(kindCode(kind)), header)
            << static_cast<int>(kind) << QString::fromUtf8(header) << QString::fromLatin1(field);
    };
    const ImportKind c = ImportKind::Clients;
    for (const char *h : { "氏名", "名前", "お名前", "name", "NAME", "Ｎａｍｅ", " 氏 名 ", "氏名※", "【氏名】",
             "氏名(必須)", "氏名（必須）" })
        row(c, h, "name");
    for (const char *h : { "ふりがな", "フリガナ", "ﾌﾘｶﾞﾅ", "よみがな", "ヨミガナ", "カナ", "ｶﾅ", "氏名（カナ）",
             "Reading", "furigana" })
        row(c, h, "reading");
    for (const char *h : { "生年月日", "誕生日", "生年月日(西暦)", "生年月日（和暦）", "birth date", "Date of Birth" })
        row(c, h, "birth_date");
    for (const char *h : { "電話番号", "電話", "TEL", "ＴＥＬ", "Tel", "phone", "携帯電話" })
        row(c, h, "phone");
    for (const char *h : { "メール", "メールアドレス", "e-mail", "E-Mail", "Ｅ－ｍａｉｌ", "email" })
        row(c, h, "email");
    row(c, "住所", "address");
    row(c, "都道府県", "prefecture");
    row(c, "市区町村", "municipality");
    row(c, "性別", "sex");
    for (const char *h : { "ID", "ｉｄ", "管理番号", "external id", "External ID" })
        row(c, h, "external_id");
    row(c, "障害者手帳", "certificate_kind");
    row(c, "就労状況", "employment_status");

    const ImportKind a = ImportKind::Agencies;
    for (const char *h : { "機関名", "名称", "事業所名", "Agency name" })
        row(a, h, "name");
    for (const char *h : { "種別", "機関種別", "kind" })
        row(a, h, "kind");
    row(a, "担当者", "contact_name");
    row(a, "備考", "note");

    const ImportKind k = ImportKind::Consultations;
    for (const char *h : { "相談日", "日時", "日付", "date" })
        row(k, h, "date");
    for (const char *h : { "相談者ID", "ID", "管理番号" })
        row(k, h, "client_external_id");
    for (const char *h : { "氏名", "相談者名" })
        row(k, h, "client_name");
    row(k, "生年月日", "client_birth_date");
    for (const char *h : { "方法", "チャネル", "相談方法", "channel" })
        row(k, h, "channel");
    for (const char *h : { "内容", "メモ", "相談内容", "notes" })
        row(k, h, "notes");
    row(k, "担当者", "staff");
    row(k, "所要時間", "duration");
}

void TestImportMapping::headers()
{
    QFETCH(int, kind);
    QFETCH(QString, header);
    QFETCH(QString, field);
    auto found = FieldCatalog::byHeader(static_cast<ImportKind>(kind), header);
    QVERIFY2(found, qPrintable(header));
    QCOMPARE(FieldCatalog::id(*found), field);
}

void TestImportMapping::unknownColumnsReported()
{
    auto m = ColumnMapping::build(
        ImportKind::Clients, { QStringLiteral("氏名"), QStringLiteral("趣味"), QStringLiteral("フリガナ") }, {}, {});
    QVERIFY(m);
    QCOMPARE(m->columnOf(Field::Name), 0);
    QCOMPARE(m->columnOf(Field::Reading), 2);
    QCOMPARE(m->unknownColumns().size(), 1);
    QCOMPARE(m->unknownColumns().first().header, QStringLiteral("趣味"));
}

void TestImportMapping::twoColumnsForOneFieldRefused()
{
    auto m = ColumnMapping::build(
        ImportKind::Clients, { QStringLiteral("氏名"), QStringLiteral("電話"), QStringLiteral("携帯電話") }, {}, {});
    QVERIFY(!m);
    QVERIFY(m.error().message.contains(QStringLiteral("携帯電話")));
    // …unless a mapping file says which one.
    auto fixed = ColumnMapping::build(ImportKind::Clients,
        { QStringLiteral("氏名"), QStringLiteral("電話"), QStringLiteral("携帯電話") },
        { { QStringLiteral("携帯電話"), QStringLiteral("ignore") } }, {});
    QVERIFY(fixed);
    QCOMPARE(fixed->columnOf(Field::Phone), 1);
}

void TestImportMapping::requiredColumnMissingRefused()
{
    auto m = ColumnMapping::build(ImportKind::Clients, { QStringLiteral("フリガナ") }, {}, {});
    QVERIFY(!m);
    auto consultations = ColumnMapping::build(ImportKind::Consultations,
        { QStringLiteral("相談日"), QStringLiteral("方法"), QStringLiteral("氏名") }, {}, {});
    QVERIFY(!consultations); // no birth date and no client ID: whose consultation?
}

void TestImportMapping::mappingFileWins()
{
    auto rules = ColumnMapping::parseRules(
        ImportKind::Clients, QByteArray(R"({"お客様": "name", "連絡先": "phone", "趣味": null, "ＴＥＬ": "ignore"})"));
    QVERIFY(rules);
    auto m = ColumnMapping::build(ImportKind::Clients,
        { QStringLiteral("お客様"), QStringLiteral("連絡先"), QStringLiteral("趣味"), QStringLiteral("TEL") }, *rules,
        {});
    QVERIFY2(m, qPrintable(m ? QString() : m.error().message));
    QCOMPARE(m->columnOf(Field::Name), 0);
    QCOMPARE(m->columnOf(Field::Phone), 1);
    QVERIFY(m->unknownColumns().isEmpty()); // 趣味 is ignored on purpose, not unknown
    QCOMPARE(m->columns().at(3).source, ColumnInfo::Source::MappingFile);
}

void TestImportMapping::mappingFileWithUnknownFieldRefused()
{
    auto rules = ColumnMapping::parseRules(ImportKind::Clients, QByteArray(R"({"氏名": "full_name"})"));
    QVERIFY(!rules);
    QVERIFY(rules.error().message.contains(QStringLiteral("birth_date"))); // lists the valid fields
    QVERIFY(!ColumnMapping::parseRules(ImportKind::Clients, QByteArray("[1, 2]")));
}

void TestImportMapping::mappingRememberedPerKind()
{
    test::TempDatabase t;
    auto first = ColumnMapping::build(ImportKind::Clients, { QStringLiteral("お客様"), QStringLiteral("連絡先") },
        { { QStringLiteral("お客様"), QStringLiteral("name") }, { QStringLiteral("連絡先"), QStringLiteral("phone") } },
        {});
    QVERIFY(first);
    QVERIFY(ColumnMapping::remember(t.db(), ImportKind::Clients, *first));
    auto remembered = ColumnMapping::remembered(t.db(), ImportKind::Clients);
    QVERIFY(remembered);
    auto again = ColumnMapping::build(
        ImportKind::Clients, { QStringLiteral("連絡先"), QStringLiteral("お客様") }, {}, *remembered);
    QVERIFY(again);
    QCOMPARE(again->columnOf(Field::Name), 1);
    QCOMPARE(again->columns().at(1).source, ColumnInfo::Source::Remembered);
    auto agencies = ColumnMapping::remembered(t.db(), ImportKind::Agencies);
    QVERIFY(agencies && agencies->isEmpty());
}

QTEST_GUILESS_MAIN(TestImportMapping)
#include "tst_import_mapping.moc"
