// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixtures.h"
#include "audit/AuditLog.h"
#include "importer/CsvReader.h"
#include "importer/Importer.h"
#include "importer/RejectReport.h"
#include "repo/ClientRepository.h"

#include <QSqlRecord>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::importer;

namespace {

const QString header
    = QStringLiteral("管理番号,氏名,フリガナ,生年月日,性別,電話番号,メール,住所,都道府県,市区町村\r\n");

QByteArray csv(const QString &rows, const QString &head = header)
{
    return (head + rows).toUtf8();
}

Result<ImportResult> run(
    test::TempDatabase &t, const QByteArray &bytes, bool dryRun = false, ImportKind kind = ImportKind::Clients)
{
    return Importer(t.session()).importData(bytes, test::options(kind, dryRun));
}

QString clientName(test::TempDatabase &t, const QString &externalId)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT name FROM clients WHERE external_id = ?"));
    q.addBindValue(externalId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

QString issues(const ImportResult &r)
{
    QStringList all;
    for (const RowIssue &i : r.rejected)
        all << i.reason;
    return all.join(u'\n');
}

} // namespace

class TestImportClients : public QObject
{
    Q_OBJECT

private slots:
    void encodings_data();
    void encodings();
    void everyDateForm();
    void rejectedRowsReportedOthersChecked();
    void dryRunWritesNothing();
    void allOrNothing();
    void reimportCreatesNoDuplicates();
    void matchesByReadingAndBirthDate();
    void duplicatesInOneFileRejected();
    void erasedPersonNotImportedAgain();
    void reportRoundTrips();
    void formulaCellsNeutralisedAndRestored();
    void importedRowEqualsManualEntry();
    void certificateNeedsConsentFirst();
    void auditEntries();
    void cancellationWritesNothing();
    void mappingRememberedAfterImport();
};

void TestImportClients::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString text = header
        + QStringLiteral("A1,髙橋 一郎,ﾀｶﾊｼ ｲﾁﾛｳ,S55.4.1,男,090-1234-5678,,東京都新宿区西新宿①,東京,新宿区\r\n"
                         "A2,佐藤 花子,サトウ ハナコ,1985/12/3,女,,hanako@example.jp,,,\r\n");
    QTest::newRow("utf-8") << text.toUtf8() << static_cast<int>(Encoding::Utf8);
    QTest::newRow("utf-8 with BOM") << test::withBom(text.toUtf8()) << static_cast<int>(Encoding::Utf8);
    QTest::newRow("cp932") << test::toCp932(text) << static_cast<int>(Encoding::Cp932);
}

void TestImportClients::encodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    test::TempDatabase t;
    auto r = run(t, bytes);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QVERIFY2(!r->hasRejections(), qPrintable(issues(*r)));
    QCOMPARE(static_cast<int>(r->encoding), encoding);
    QVERIFY(r->committed);
    QCOMPARE(r->accepted, 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 2);
    QCOMPARE(clientName(t, QStringLiteral("A1")), QStringLiteral("髙橋 一郎"));
    auto c = ClientRepository(t.session()).get(1);
    QVERIFY(c);
    QCOMPARE(c->nameKana, QStringLiteral("ﾀｶﾊｼ ｲﾁﾛｳ"));
    QCOMPARE(c->birthDate, std::optional<QDate>(QDate(1980, 4, 1)));
    QCOMPARE(c->sex, std::optional<Sex>(Sex::Male));
    QCOMPARE(c->prefecture, QStringLiteral("東京都")); // 東京 completed
    QCOMPARE(c->address, QStringLiteral("東京都新宿区西新宿①"));
}

void TestImportClients::everyDateForm()
{
    test::TempDatabase t;
    const QStringList forms { QStringLiteral("1980-04-01"), QStringLiteral("1980/4/1"), QStringLiteral("19800401"),
        QStringLiteral("昭和55年4月1日"), QStringLiteral("S55.4.1"), QStringLiteral("H2.1.8"), QStringLiteral("R5.4.1"),
        QStringLiteral("令和元年5月1日") };
    const QList<QDate> expected { QDate(1980, 4, 1), QDate(1980, 4, 1), QDate(1980, 4, 1), QDate(1980, 4, 1),
        QDate(1980, 4, 1), QDate(1990, 1, 8), QDate(2023, 4, 1), QDate(2019, 5, 1) };
    QString rows;
    for (int i = 0; i < forms.size(); ++i)
        rows += QStringLiteral("D%1,相談者%1,,%2,,,,,,\r\n").arg(i).arg(forms.at(i));
    auto r = run(t, csv(rows));
    QVERIFY(r);
    QVERIFY2(!r->hasRejections(), qPrintable(issues(*r)));
    for (int i = 0; i < forms.size(); ++i) {
        QSqlQuery q(t.db().connection());
        q.prepare(QStringLiteral("SELECT birth_date FROM clients WHERE external_id = ?"));
        q.addBindValue(QStringLiteral("D%1").arg(i));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), expected.at(i).toString(Qt::ISODate));
    }
}

void TestImportClients::rejectedRowsReportedOthersChecked()
{
    test::TempDatabase t;
    const QString rows
        = QStringLiteral("1,山田 太郎,やまだ たろう,1980/4/1,男,,,,,\r\n" // line 2: fine
                         "2,未来 さん,みらい,2099/1/1,,,,,,\r\n" // 3: birth date in the future (manual-entry rule)
                         "3,読み 違い,Yomi,1980/4/1,,,,,,\r\n" // 4: reading not in kana (manual-entry rule)
                         "4,性別 不詳,せいべつ,1980/4/1,おそらく男,,,,,\r\n" // 5: unknown sex
                         "5,,なまえなし,1980/4/1,,,,,,\r\n" // 6: no name
                         "6,平成 太郎,へいせい,平成32年1月1日,,,x@,,,\r\n" // 7: two problems in one row
                         "7,列 多い,れつ,1980/4/1,,,,,,,余分\r\n" // 8: too many values
                         "8,\"引用 \"壊れ\",こわれ,1980/4/1,,,,,,\r\n" // 9: broken quotes
                         "9,佐藤 花子,さとう はなこ,1985/12/3,女,,,,大阪,\r\n" // 10: fine
                         "10,県 違い,けん,1980/4/1,,,,,ニューヨーク,\r\n"); // 11: not a prefecture
    auto r = run(t, csv(rows));
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
    QVERIFY(!r->committed);
    QCOMPARE(r->dataRows, 10);
    QCOMPARE(r->accepted, 2);
    QList<int> lines;
    for (const RowIssue &i : r->rejected)
        lines << i.line;
    QCOMPARE(lines, QList<int>({ 3, 4, 5, 6, 7, 8, 9, 11 }));
    const auto reasonOf = [&](int line) {
        for (const RowIssue &i : r->rejected)
            if (i.line == line)
                return i.reason;
        return QString();
    };
    QVERIFY2(reasonOf(3).startsWith(QStringLiteral("line 3: ")), qPrintable(reasonOf(3)));
    QVERIFY2(reasonOf(3).contains(QStringLiteral("future")), qPrintable(reasonOf(3)));
    QVERIFY2(reasonOf(4).contains(QStringLiteral("kana")), qPrintable(reasonOf(4)));
    QVERIFY2(reasonOf(5).contains(QStringLiteral("おそらく男")), qPrintable(reasonOf(5)));
    QVERIFY2(reasonOf(6).contains(QStringLiteral("Name")), qPrintable(reasonOf(6)));
    QVERIFY2(reasonOf(7).contains(QStringLiteral("2019-04-30")) && reasonOf(7).contains(QStringLiteral("x@")),
        qPrintable(reasonOf(7)));
    QVERIFY2(reasonOf(8).contains(QStringLiteral("余分")), qPrintable(reasonOf(8)));
    QVERIFY2(reasonOf(9).contains(QStringLiteral("quote")), qPrintable(reasonOf(9)));
    QVERIFY2(reasonOf(11).contains(QStringLiteral("ニューヨーク")), qPrintable(reasonOf(11)));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 0);
}

void TestImportClients::dryRunWritesNothing()
{
    test::TempDatabase t;
    QVERIFY(run(t, csv(QStringLiteral("1,既存 一郎,きぞん いちろう,1970/1/1,,,,,,\r\n"))));
    const int clients = test::countRows(t.db(), QStringLiteral("clients"));
    const int audit = test::countRows(t.db(), QStringLiteral("audit_log"));
    const int settings = test::countRows(t.db(), QStringLiteral("settings"));
    t.close();
    const QByteArray before = test::readFile(t.dirPath() + QStringLiteral("/test.db"));
    t.reopen();

    auto r = run(t,
        csv(QStringLiteral("1,既存 一郎,きぞん いちろう,1970/1/1,,,,,,\r\n"
                           "2,新規 二郎,しんき じろう,1971/2/2,,,,,,\r\n")),
        true);
    QVERIFY(r);
    QVERIFY(r->dryRun);
    QVERIFY(!r->committed);
    QCOMPARE(r->accepted, 1);
    QCOMPARE(r->alreadyPresent, 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), clients);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), audit);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("settings")), settings);
    t.close();
    QCOMPARE(test::readFile(t.dirPath() + QStringLiteral("/test.db")), before);
    t.reopen();
}

void TestImportClients::allOrNothing()
{
    test::TempDatabase t;
    QString rows;
    for (int i = 0; i < 5; ++i)
        rows += QStringLiteral("%1,相談者 %1,そうだんしゃ,198%1/1/1,,,,,,\r\n").arg(i);
    auto rejected = run(t, csv(rows + QStringLiteral("9,誕生 未来,たんじょう,2100/1/1,,,,,,\r\n")));
    QVERIFY(rejected);
    QVERIFY(!rejected->committed);
    QCOMPARE(rejected->accepted, 5);
    QCOMPARE(rejected->rejected.size(), 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 0);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), 1); // only the staff member's creation

    auto fixed = run(t, csv(rows + QStringLiteral("9,誕生 未来,たんじょう,2000/1/1,,,,,,\r\n")));
    QVERIFY(fixed);
    QVERIFY(fixed->committed);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 6);
}

void TestImportClients::reimportCreatesNoDuplicates()
{
    test::TempDatabase t;
    const QByteArray file = csv(QStringLiteral("A1,山田 太郎,やまだ たろう,1980/4/1,,,,,,\r\n"
                                               ",佐藤 花子,さとう はなこ,1985/12/3,,,,,,\r\n"
                                               ",鈴木 一,,,,03-1234-5678,,,,\r\n"
                                               ",名前 だけ,,,,,,,,\r\n"));
    auto first = run(t, file);
    QVERIFY(first && first->committed);
    QCOMPARE(first->accepted, 4);
    auto second = run(t, file);
    QVERIFY(second);
    QVERIFY2(!second->hasRejections(), qPrintable(issues(*second)));
    QCOMPARE(second->accepted, 0);
    QCOMPARE(second->alreadyPresent, 4);
    QCOMPARE(second->present.first().existingId, qint64(1));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 4);
    // The same sheet saved by Excel as Shift_JIS, and with half-width readings: still the same people.
    const QString again = header
        + QStringLiteral("A1,山田 太郎,ﾔﾏﾀﾞ ﾀﾛｳ,S55.4.1,,,,,,\r\n"
                         ",佐藤　花子,サトウ　ハナコ,昭和60年12月3日,,,,,,\r\n");
    auto third = run(t, test::toCp932(again));
    QVERIFY(third);
    QCOMPARE(third->alreadyPresent, 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 4);
}

void TestImportClients::matchesByReadingAndBirthDate()
{
    test::TempDatabase t;
    Client manual;
    manual.name = QStringLiteral("高橋 次郎");
    manual.nameKana = QStringLiteral("たかはし じろう");
    manual.birthDate = QDate(1990, 5, 5);
    auto id = ClientRepository(t.session()).create(manual);
    QVERIFY(id);
    // Written differently in the sheet (another kanji, katakana reading), same reading and birth date.
    auto r = run(t,
        csv(QStringLiteral("X9,髙橋 次郎,タカハシ ジロウ,H2.5.5,,,,,,\r\n"
                           "X10,高橋 次郎,たかはし じろう,1990/5/6,,,,,,\r\n")));
    QVERIFY(r && r->committed);
    QCOMPARE(r->alreadyPresent, 1);
    QCOMPARE(r->present.first().existingId, *id);
    QCOMPARE(r->accepted, 1); // another birth date: another person
}

void TestImportClients::duplicatesInOneFileRejected()
{
    test::TempDatabase t;
    auto r = run(t,
        csv(QStringLiteral("A1,山田 太郎,やまだ たろう,1980/4/1,,,,,,\r\n"
                           "A1,山田 花子,やまだ はなこ,1982/4/1,,,,,,\r\n"
                           ",佐藤 一,さとう はじめ,1980/4/1,,,,,,\r\n"
                           ",佐藤 一,サトウ ハジメ,S55.4.1,,,,,,\r\n")));
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 2);
    QCOMPARE(r->rejected.at(0).line, 3);
    QVERIFY(r->rejected.at(0).reason.contains(QStringLiteral("line 2")));
    QCOMPARE(r->rejected.at(1).line, 5);
    QVERIFY(r->rejected.at(1).reason.contains(QStringLiteral("line 4")));
}

void TestImportClients::erasedPersonNotImportedAgain()
{
    test::TempDatabase t;
    QVERIFY(run(t, csv(QStringLiteral("E1,消去 される,しょうきょ,1980/4/1,,,,,,\r\n"))));
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE clients SET erased_at = 1, name = '', name_kana = '', name_norm = '', "
                                  "kana_norm = '', birth_date = NULL")));
    auto r = run(t, csv(QStringLiteral("E1,消去 される,しょうきょ,1980/4/1,,,,,,\r\n")));
    QVERIFY(r && r->committed);
    QCOMPARE(r->accepted, 0);
    QCOMPARE(r->alreadyPresent, 1);
    QVERIFY(r->present.first().reason.contains(QStringLiteral("erased")));
}

void TestImportClients::reportRoundTrips()
{
    test::TempDatabase t;
    const QString head = QStringLiteral("管理番号,氏名,フリガナ,生年月日,備考\r\n");
    auto r = run(t,
        csv(QStringLiteral("1,山田 太郎,やまだ たろう,1980/4/1,\"メモ, 改行\r\nあり\"\r\n"
                           "2,未来 さん,みらい,2099/1/1,\r\n"
                           "3,\"壊れ\"た,こわれ,1980/4/1,\r\n"
                           "4,佐藤 花子,さとう はなこ,1985/12/3,\r\n"),
            head));
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 2);
    const QByteArray report = RejectReport::toCsv(*r);
    QVERIFY(report.startsWith("\xEF\xBB\xBF"));
    QVERIFY(report.contains("\r\n"));

    // Read it back, as a person would after fixing it in Excel.
    auto doc = CsvReader::read(QByteArrayView(report).sliced(3));
    QVERIFY(doc);
    QCOMPARE(doc->records.size(), std::size_t(5));
    QCOMPARE(doc->records[0].fields.size(), 6);
    QCOMPARE(doc->records[0].fields.last(), RejectReport::problemHeader());
    QCOMPARE(doc->records[1].fields.at(4), QStringLiteral("メモ, 改行\r\nあり"));
    QVERIFY(doc->records[1].fields.last().isEmpty());
    QVERIFY(doc->records[2].fields.last().contains(QStringLiteral("line 4")));
    QVERIFY(doc->records[3].fields.last().contains(QStringLiteral("\"壊れ\"た"))); // the unreadable line, kept
    QVERIFY(doc->records[3].fields.first().isEmpty());

    // Importing the report unchanged is refused for the same rows, with the report's own line numbers.
    auto unchanged = run(t, report);
    QVERIFY(unchanged);
    QCOMPARE(unchanged->rejected.size(), 2);
    QVERIFY(unchanged->notices.isEmpty() || !unchanged->notices.join(u' ').contains(RejectReport::problemHeader()));

    // Fix the two rows (the problem cells may stay) and import the report: everything comes in.
    QString fixed = QString::fromUtf8(report);
    fixed.replace(QStringLiteral("\"2099/1/1\""), QStringLiteral("\"1999/1/1\""));
    fixed.replace(QStringLiteral("\"\",\"\",\"\",\"\",\"\",\"line 5"),
        QStringLiteral("\"3\",\"壊れた\",\"こわれ\",\"1980/4/1\",\"\",\"line 5"));
    auto imported = run(t, fixed.toUtf8());
    QVERIFY(imported);
    QVERIFY2(!imported->hasRejections(), qPrintable(issues(*imported)));
    QVERIFY(imported->committed);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 4);
    QCOMPARE(clientName(t, QStringLiteral("3")), QStringLiteral("壊れた"));
}

void TestImportClients::formulaCellsNeutralisedAndRestored()
{
    test::TempDatabase t;
    auto r = run(t,
        csv(QStringLiteral("F1,=cmd|' /C calc'!A0,,1980/4/1,,,,,,\r\n"
                           "F2,@SUM(A1),,2100/1/1,,+81 3 1234 5678,,-,,\r\n")));
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 1);
    const QString report = QString::fromUtf8(RejectReport::toCsv(*r));
    QVERIFY2(report.contains(QStringLiteral("\"'=cmd|' /C calc'!A0\"")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("\"'@SUM(A1)\"")));
    QVERIFY(report.contains(QStringLiteral("\"'+81 3 1234 5678\"")));
    QVERIFY(report.contains(QStringLiteral("\"'-\"")));
    QVERIFY(!report.contains(QStringLiteral("\"=")));

    // The apostrophes are the report's, not the person's data: taken off on import.
    QString fixed = report;
    fixed.replace(QStringLiteral("2100/1/1"), QStringLiteral("2000/1/1"));
    auto imported = run(t, fixed.toUtf8());
    QVERIFY(imported && imported->committed);
    QCOMPARE(clientName(t, QStringLiteral("F1")), QStringLiteral("=cmd|' /C calc'!A0"));
    QCOMPARE(clientName(t, QStringLiteral("F2")), QStringLiteral("@SUM(A1)"));
    auto f2 = ClientRepository(t.session()).get(2);
    QVERIFY(f2);
    QCOMPARE(f2->phone, QStringLiteral("+81 3 1234 5678"));
    QVERIFY(f2->address.isEmpty()); // a lone dash is an empty cell
}

void TestImportClients::importedRowEqualsManualEntry()
{
    // The bulk write path must store exactly what ClientRepository::create stores.
    test::TempDatabase t;
    Client c;
    c.name = QStringLiteral("山田 太郎");
    c.nameKana = QStringLiteral("ヤマダ タロウ");
    c.birthDate = QDate(1980, 4, 1);
    c.sex = Sex::Male;
    c.prefecture = QStringLiteral("東京都");
    c.municipality = QStringLiteral("新宿区");
    c.phone = QStringLiteral("090-1234-5678");
    c.email = QStringLiteral("taro@example.jp");
    c.address = QStringLiteral("西新宿1-1\n2階");
    c.emergencyContact = QStringLiteral("山田 花子 090-0000-0000");
    c.certificateKind = CertificateKind::None;
    c.employmentStatus = EmploymentStatus::SickLeave;
    auto manual = ClientRepository(t.session()).create(c);
    QVERIFY2(manual, qPrintable(manual ? QString() : manual.error().message));
    const QString head
        = QStringLiteral("ID,氏名,フリガナ,生年月日,性別,都道府県,市区町村,電話番号,メール,住所,緊急連絡先,"
                         "障害者手帳,就労状況\r\n");
    auto r = run(t,
        csv(QStringLiteral(" Z1 , 山田 太郎 ,ヤマダ タロウ,1980/4/1,男,東京都,新宿区,090-1234-5678,"
                           "taro@example.jp,\"西新宿1-1\r\n2階\",山田 花子 090-0000-0000,なし,休職中\r\n"),
            head));
    QVERIFY(r);
    QVERIFY2(!r->hasRejections(), qPrintable(issues(*r)));
    // The manual record is found as the same person; import into a second database to compare rows.
    QCOMPARE(r->alreadyPresent, 1);
    test::TempDatabase other;
    auto imported
        = Importer(other.session())
              .importData(csv(QStringLiteral(
                                  "Z1,山田 太郎 ,ヤマダ タロウ,1980/4/1,男,東京都,新宿区,090-1234-5678,taro@example.jp,"
                                  "\"西新宿1-1\r\n2階\",山田 花子 090-0000-0000,なし,休職中\r\n"),
                              head),
                  test::options(ImportKind::Clients));
    QVERIFY(imported && imported->committed);
    QSqlQuery a(t.db().connection());
    QSqlQuery b(other.db().connection());
    QVERIFY(a.exec(QStringLiteral("SELECT * FROM clients WHERE id = %1").arg(*manual)) && a.next());
    QVERIFY(b.exec(QStringLiteral("SELECT * FROM clients WHERE id = 1")) && b.next());
    const QSqlRecord ra = a.record();
    int compared = 0;
    for (int i = 0; i < ra.count(); ++i) {
        const QString column = ra.fieldName(i);
        if (column == QLatin1String("id") || column == QLatin1String("external_id")
            || column.endsWith(QLatin1String("_by")))
            continue;
        QCOMPARE(b.value(column).isNull(), a.value(i).isNull());
        QCOMPARE(b.value(column).toString(), a.value(i).toString());
        ++compared;
    }
    QVERIFY(compared >= 20);
    QCOMPARE(b.value(QStringLiteral("external_id")).toString(), QStringLiteral("Z1"));
}

void TestImportClients::certificateNeedsConsentFirst()
{
    // As in manual entry (PRIVACY.md rule 9): health information is never recorded at registration.
    test::TempDatabase t;
    auto r = run(t, QStringLiteral("氏名,障害者手帳,等級\r\n山田,精神,2級\r\n佐藤,なし,\r\n").toUtf8());
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 1);
    QCOMPARE(r->rejected.first().line, 2);
    QVERIFY(r->rejected.first().reason.contains(QStringLiteral("health")));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 0);
}

void TestImportClients::auditEntries()
{
    test::TempDatabase t;
    QVERIFY(run(t, csv(QStringLiteral("0,零,れい,1980/1/1,,,,,,\r\n"))));
    const int before = test::countRows(t.db(), QStringLiteral("audit_log"));
    auto r = run(t, csv(QStringLiteral("1,一,いち,1980/1/1,,,,,,\r\n2,二,に,1980/1/2,,,,,,\r\n")));
    QVERIFY(r && r->committed);
    // One entry for the import, naming the clients it created.
    QCOMPARE(test::countRows(t.db(), QStringLiteral("audit_log")), before + 1);
    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, staff_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("import.clients"));
    QCOMPARE(q.value(1).toLongLong(), t.staffId());
    const QString detail = q.value(2).toString();
    QVERIFY2(detail.contains(QStringLiteral("\"imported\":2")), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("\"first_client_id\":2")));
    QVERIFY(detail.contains(QStringLiteral("\"last_client_id\":3")));
    QVERIFY(!detail.contains(QStringLiteral("一"))); // ids and counts, never personal data
    auto chain = audit::AuditLog::verify(t.db());
    QVERIFY(chain && chain->intact());
    // Each client carries who created it and when: the same as the import's entry.
    auto c = ClientRepository(t.session()).get(3);
    QVERIFY(c);
    QCOMPARE(c->createdAt, t.clock().nowMs());
}

void TestImportClients::cancellationWritesNothing()
{
    test::TempDatabase t;
    QString rows;
    for (int i = 0; i < 1000; ++i)
        rows += QStringLiteral("%1,相談者 %1,,,,,,,,\r\n").arg(i);
    ImportOptions o = test::options(ImportKind::Clients);
    qint64 calls = 0;
    o.progress = [&](qint64 done, qint64 total) {
        ++calls;
        return total == 1000 && done < 500;
    };
    auto r = Importer(t.session()).importData(csv(rows), o);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("clients")), 0);
}

void TestImportClients::mappingRememberedAfterImport()
{
    test::TempDatabase t;
    ImportOptions o = test::options(ImportKind::Clients);
    o.mapping = { { QStringLiteral("お客様"), QStringLiteral("name") },
        { QStringLiteral("連絡先"), QStringLiteral("phone") } };
    const QByteArray file = QStringLiteral("お客様,連絡先\r\n山田,090-1111-2222\r\n").toUtf8();
    auto first = Importer(t.session()).importData(file, o);
    QVERIFY(first && first->committed);
    // Next time, no mapping file: the remembered one is used.
    auto second = Importer(t.session())
                      .importData(QStringLiteral("連絡先,お客様\r\n090-3333-4444,佐藤\r\n").toUtf8(),
                          test::options(ImportKind::Clients));
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message));
    QVERIFY(second->committed);
    auto c = ClientRepository(t.session()).get(2);
    QVERIFY(c);
    QCOMPARE(c->name, QStringLiteral("佐藤"));
    QCOMPARE(c->phone, QStringLiteral("090-3333-4444"));
}

QTEST_GUILESS_MAIN(TestImportClients)
#include "tst_import_clients.moc"
