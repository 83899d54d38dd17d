// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportFixtures.h"
#include "importer/Importer.h"
#include "repo/AgencyRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/StaffRepository.h"

#include <QTest>

using namespace tsunagu;
using namespace tsunagu::importer;

namespace {

Result<ImportResult> run(test::TempDatabase &t, ImportKind kind, const QString &text, bool dryRun = false)
{
    return Importer(t.session()).importData(text.toUtf8(), test::options(kind, dryRun));
}

QString issues(const ImportResult &r)
{
    QStringList all;
    for (const RowIssue &i : r.rejected)
        all << i.reason;
    return all.join(u'\n');
}

void addClients(test::TempDatabase &t)
{
    auto r = run(t, ImportKind::Clients,
        QStringLiteral("相談者ID,氏名,ふりがな,生年月日\r\n"
                       "C1,山田 太郎,やまだ たろう,1980/4/1\r\n"
                       "C2,佐藤 花子,さとう はなこ,1985/12/3\r\n"));
    if (!r || !r->committed)
        qFatal("cannot add clients");
}

} // namespace

class TestImportRecords : public QObject
{
    Q_OBJECT

private slots:
    void agencies();
    void agenciesWithoutKindAreOther();
    void agenciesReimportNoDuplicates();
    void consultationsByIdAndByNameAndBirthDate();
    void consultationsRejectedRows();
    void consultationsReimportNoDuplicates();
    void consultationsStaffColumn();
};

void TestImportRecords::agencies()
{
    test::TempDatabase t;
    auto r = run(t, ImportKind::Agencies,
        QStringLiteral("機関名,種別,都道府県,電話,担当者,備考\r\n"
                       "ハローワーク新宿,ハローワーク,東京,03-1111-1111,窓口 太郎,\"月曜休み\r\n要予約\"\r\n"
                       "新宿区 難病相談支援センター,難病相談支援センター,東京都,,,\r\n"
                       "なかぽつ新宿,なかぽつ,東京都,,,\r\n"
                       "ＡＢＣ病院,医療機関,東京都,,,\r\n"
                       "謎の機関,宇宙センター,東京都,,,\r\n"));
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 1);
    QCOMPARE(r->rejected.first().line, 7); // the first row spans lines 2 and 3
    QVERIFY(r->rejected.first().reason.contains(QStringLiteral("宇宙センター")));
    QCOMPARE(test::countRows(t.db(), QStringLiteral("agencies")), 0);

    auto fixed = run(t, ImportKind::Agencies,
        QStringLiteral("機関名,種別,都道府県,電話,担当者,備考\r\n"
                       "ハローワーク新宿,ハローワーク,東京,03-1111-1111,窓口 太郎,\"月曜休み\r\n要予約\"\r\n"
                       "新宿区 難病相談支援センター,難病相談支援センター,東京都,,,\r\n"
                       "なかぽつ新宿,なかぽつ,東京都,,,\r\n"
                       "ＡＢＣ病院,医療機関,東京都,,,\r\n"));
    QVERIFY(fixed && fixed->committed);
    auto all = AgencyRepository(t.session()).list();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    auto hw = AgencyRepository(t.session()).get(1);
    QVERIFY(hw);
    QCOMPARE(hw->kind, AgencyKind::HelloWork);
    QCOMPARE(hw->prefecture, QStringLiteral("東京都"));
    QCOMPARE(hw->contactName, QStringLiteral("窓口 太郎"));
    QCOMPARE(hw->note, QStringLiteral("月曜休み\n要予約"));
    QCOMPARE(AgencyRepository(t.session()).get(3)->kind, AgencyKind::EmploymentLifeSupportCenter);
    QCOMPARE(AgencyRepository(t.session()).get(4)->kind, AgencyKind::Hospital);
}

void TestImportRecords::agenciesWithoutKindAreOther()
{
    test::TempDatabase t;
    auto r = run(t, ImportKind::Agencies, QStringLiteral("名称\r\n株式会社つなぐ\r\n社協\r\n"));
    QVERIFY(r && r->committed);
    QCOMPARE(AgencyRepository(t.session()).get(1)->kind, AgencyKind::Other);
    QVERIFY(r->notices.join(u' ').contains(QStringLiteral("2 agencies")));
}

void TestImportRecords::agenciesReimportNoDuplicates()
{
    test::TempDatabase t;
    const QString file
        = QStringLiteral("機関ID,機関名,種別\r\nH1,ハローワーク新宿,ハローワーク\r\n,ＡＢＣ病院,病院\r\n");
    QVERIFY(run(t, ImportKind::Agencies, file)->committed);
    auto again = run(t, ImportKind::Agencies, file);
    QVERIFY(again && again->committed);
    QCOMPARE(again->alreadyPresent, 2);
    // The same name in another width is the same agency.
    auto width = run(t, ImportKind::Agencies, QStringLiteral("機関名,種別\r\nABC病院,病院\r\n"));
    QVERIFY(width);
    QCOMPARE(width->alreadyPresent, 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("agencies")), 2);
}

void TestImportRecords::consultationsByIdAndByNameAndBirthDate()
{
    test::TempDatabase t;
    addClients(t);
    auto r = run(t, ImportKind::Consultations,
        QStringLiteral("相談者ID,氏名,生年月日,相談日,時刻,方法,種別,所要時間,テーマ,内容\r\n"
                       "C1,,,2026/4/1,10:30,来所,スポット相談,60分,\"就職活動、両立\",初回の相談\r\n"
                       ",佐藤 花子,S60.12.3,令和8年4月2日 14時00分,,電話,,1時間30分,,\"電話で\r\n経過確認\"\r\n"
                       ",佐藤 花子,1985-12-03,2026-04-03,,訪問,伴走支援,,,\r\n"));
    QVERIFY(r);
    QVERIFY2(!r->hasRejections(), qPrintable(issues(*r)));
    QVERIFY(r->committed);
    auto first = ConsultationRepository(t.session()).forClient(1);
    QVERIFY(first && first->size() == 1);
    const Consultation &c = first->first();
    QCOMPARE(c.startedAt, test::jstDateTime(2026, 4, 1, 10, 30).toMSecsSinceEpoch());
    QCOMPARE(c.channel, Channel::InPerson);
    QCOMPARE(c.durationMin, 60);
    QVERIFY(c.topics.contains(Topic::JobSearch) && c.topics.contains(Topic::TreatmentWorkBalance));
    QCOMPARE(c.notes, QStringLiteral("初回の相談"));
    QCOMPARE(c.staffId, t.staffId());
    auto second = ConsultationRepository(t.session()).forClient(2);
    QVERIFY(second && second->size() == 2);
    QCOMPARE(second->at(1).startedAt, test::jstDateTime(2026, 4, 2, 14, 0).toMSecsSinceEpoch());
    QCOMPARE(second->at(1).durationMin, 90);
    QCOMPARE(second->at(1).kind, ConsultationKind::OneOff);
    QCOMPARE(second->at(1).notes, QStringLiteral("電話で\n経過確認"));
    QCOMPARE(second->at(0).channel, Channel::HomeVisit);
    QCOMPARE(second->at(0).kind, ConsultationKind::Accompaniment);
}

void TestImportRecords::consultationsRejectedRows()
{
    test::TempDatabase t;
    addClients(t);
    auto r = run(t, ImportKind::Consultations,
        QStringLiteral("相談者ID,氏名,生年月日,相談日,方法,内容,次回予定日\r\n"
                       "C9,,,2026/4/1,来所,,\r\n" // 2: no such client
                       ",田中 一,1990/1/1,2026/4/1,来所,,\r\n" // 3: no such client
                       "C1,,,2026/4/1,,,\r\n" // 4: no channel
                       "C1,,,2026/4/31,電話,,\r\n" // 5: no such date
                       "C1,,,2026/4/1,伝書鳩,,\r\n" // 6: unknown channel
                       "C1,,,2026/4/5,電話,,2026/4/1\r\n" // 7: follow-up before (manual-entry rule)
                       "C2,,,2026/4/1,メール,ok,\r\n")); // 8: fine
    QVERIFY(r);
    QList<int> lines;
    for (const RowIssue &i : r->rejected)
        lines << i.line;
    QCOMPARE(lines, QList<int>({ 2, 3, 4, 5, 6, 7 }));
    QVERIFY(r->rejected.at(0).reason.contains(QStringLiteral("C9")));
    QVERIFY(r->rejected.at(5).reason.contains(QStringLiteral("follow-up")));
    QCOMPARE(r->accepted, 1);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("consultations")), 0);
}

void TestImportRecords::consultationsReimportNoDuplicates()
{
    test::TempDatabase t;
    addClients(t);
    const QString file = QStringLiteral("相談者ID,相談日,方法,内容\r\n"
                                        "C1,2026/4/1,来所,同じ日\r\n"
                                        "C1,2026/4/1,電話,同じ日\r\n"
                                        "C1,2026/4/1,来所,別の内容\r\n");
    auto first = run(t, ImportKind::Consultations, file);
    QVERIFY(first && first->committed);
    QCOMPARE(first->accepted, 3);
    auto again = run(t, ImportKind::Consultations, file);
    QVERIFY(again && again->committed);
    QCOMPARE(again->alreadyPresent, 3);
    QCOMPARE(test::countRows(t.db(), QStringLiteral("consultations")), 3);
    auto twice = run(t, ImportKind::Consultations,
        QStringLiteral("相談者ID,相談日,方法,内容\r\nC2,2026/4/1,来所,x\r\nC2,2026/4/1,来所,x\r\n"));
    QVERIFY(twice);
    QCOMPARE(twice->rejected.size(), 1);
    QCOMPARE(twice->rejected.first().line, 3);
}

void TestImportRecords::consultationsStaffColumn()
{
    test::TempDatabase t;
    addClients(t);
    auto other = StaffRepository(t.session()).create(QStringLiteral("鈴木 看護師"), StaffRole::Outreach);
    QVERIFY(other);
    auto r = run(t, ImportKind::Consultations,
        QStringLiteral("相談者ID,相談日,方法,担当者\r\nC1,2026/4/1,同行,鈴木　看護師\r\nC1,2026/4/2,同行,退職者\r\n"));
    QVERIFY(r);
    QCOMPARE(r->rejected.size(), 1);
    QVERIFY(r->rejected.first().reason.contains(QStringLiteral("退職者")));
    auto ok = run(t, ImportKind::Consultations,
        QStringLiteral("相談者ID,相談日,方法,担当者\r\nC1,2026/4/1,同行,鈴木　看護師\r\n"));
    QVERIFY(ok && ok->committed);
    auto list = ConsultationRepository(t.session()).forClient(1);
    QVERIFY(list && list->size() == 1);
    QCOMPARE(list->first().staffId, *other);
    QCOMPARE(list->first().channel, Channel::Accompanied);
}

QTEST_GUILESS_MAIN(TestImportRecords)
#include "tst_import_records.moc"
