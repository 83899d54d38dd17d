// SPDX-License-Identifier: GPL-3.0-or-later
// CaseList: support cases across clients, by next follow-up, a page at a time.
#include "RepoFixtures.h"

#include "repo/CaseList.h"
#include "repo/CaseRepository.h"
#include "repo/ConsultationRepository.h"

using namespace tsunagu;

namespace {

qint64 addCase(test::TempDatabase &t, qint64 clientId, std::optional<QDate> followUp, bool closed = false)
{
    SupportCase c;
    c.clientId = clientId;
    c.goal = CaseGoal::ReturnToWork;
    c.stage = closed ? CaseStage::Closed : CaseStage::Preparation;
    c.openedOn = QDate(2026, 6, 1);
    if (closed)
        c.closedOn = QDate(2026, 10, 1);
    c.nextFollowUp = followUp;
    auto id = CaseRepository(t.session()).create(c);
    if (!id)
        qFatal("cannot create a case: %s", qPrintable(id.error().message));
    return *id;
}

QList<qint64> idsOf(const QList<CaseListRow> &rows)
{
    QList<qint64> ids;
    for (const CaseListRow &row : rows)
        ids << row.caseId;
    return ids;
}

} // namespace

class TestCaseList : public QObject
{
    Q_OBJECT

private slots:
    void filtersAndSortsByNextFollowUp();
    void pagesWithoutGapsOrRepeats();
    void rowsCarryTheClientAndLastContact();
};

void TestCaseList::filtersAndSortsByNextFollowUp()
{
    test::TempDatabase t;
    const qint64 a = test::addClient(t, QStringLiteral("青木 一郎"));
    const qint64 b = test::addClient(t, QStringLiteral("伊藤 二郎"));
    const qint64 later = addCase(t, a, QDate(2026, 12, 1));
    const qint64 undated = addCase(t, b, std::nullopt);
    const qint64 sooner = addCase(t, b, QDate(2026, 11, 25));
    const qint64 closed = addCase(t, a, std::nullopt, true);

    // Nobody erased or under stop-use shows.
    Client stopped;
    stopped.name = QStringLiteral("利用停止");
    stopped.stopUse = true;
    addCase(t, *ClientRepository(t.session()).create(stopped), QDate(2026, 11, 21));
    const qint64 erased = test::addClient(t, QStringLiteral("消去済み"));
    addCase(t, erased, QDate(2026, 11, 22));
    test::markErased(t, erased);

    const CaseList list(t.db());
    auto open = list.page({});
    VERIFY_OK(open);
    QCOMPARE(idsOf(open->rows), (QList<qint64> { sooner, later, undated })); // undated last
    QVERIFY(!open->next);

    CaseListQuery query;
    query.filter = CaseListFilter::Closed;
    auto closedOnly = list.page(query);
    VERIFY_OK(closedOnly);
    QCOMPARE(idsOf(closedOnly->rows), QList<qint64> { closed });
    QCOMPARE(closedOnly->rows.first().closedOn, std::optional<QDate>(QDate(2026, 10, 1)));

    query.filter = CaseListFilter::All;
    auto all = list.page(query);
    VERIFY_OK(all);
    QCOMPARE(idsOf(all->rows), (QList<qint64> { sooner, later, undated, closed }));
}

void TestCaseList::pagesWithoutGapsOrRepeats()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    QList<qint64> expected;
    // Several on one day: the case number breaks the tie.
    for (int i = 0; i < 7; ++i)
        expected << addCase(t, client, QDate(2026, 12, 1 + i / 3));
    const qint64 undated1 = addCase(t, client, std::nullopt);
    const qint64 undated2 = addCase(t, client, std::nullopt);
    expected << undated1 << undated2;

    const CaseList list(t.db());
    CaseListQuery query;
    query.limit = 2;
    QList<qint64> seen;
    int pages = 0;
    for (;;) {
        auto page = list.page(query);
        VERIFY_OK(page);
        QVERIFY(page->rows.size() <= 2);
        seen += idsOf(page->rows);
        ++pages;
        if (!page->next)
            break;
        query.after = page->next;
        QVERIFY(pages < 20);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(pages, 5);
}

void TestCaseList::rowsCarryTheClientAndLastContact()
{
    test::TempDatabase t;
    Client c;
    c.name = QStringLiteral("山田 太郎");
    c.nameKana = QStringLiteral("やまだ たろう");
    const qint64 client = *ClientRepository(t.session()).create(c);
    const qint64 id = addCase(t, client, QDate(2026, 12, 4));

    auto before = CaseList(t.db()).page({});
    VERIFY_OK(before);
    QCOMPARE(before->rows.size(), 1);
    QVERIFY(!before->rows.first().lastContactAt); // no consultation yet

    const qint64 first = test::jstDateTime(2026, 11, 2, 14, 0).toMSecsSinceEpoch();
    const qint64 latest = test::jstDateTime(2026, 11, 18, 9, 30).toMSecsSinceEpoch();
    for (qint64 at : { latest, first }) {
        Consultation k;
        k.clientId = client;
        k.startedAt = at;
        k.durationMin = 30;
        VERIFY_OK(ConsultationRepository(t.session()).create(k));
    }
    auto page = CaseList(t.db()).page({});
    VERIFY_OK(page);
    const CaseListRow &row = page->rows.first();
    QCOMPARE(row.caseId, id);
    QCOMPARE(row.clientId, client);
    QCOMPARE(row.clientName, QStringLiteral("山田 太郎"));
    QCOMPARE(row.clientKana, QStringLiteral("やまだ たろう"));
    QCOMPARE(row.goal, CaseGoal::ReturnToWork);
    QCOMPARE(row.stage, CaseStage::Preparation);
    QCOMPARE(row.openedOn, QDate(2026, 6, 1));
    QCOMPARE(row.nextFollowUp, std::optional<QDate>(QDate(2026, 12, 4)));
    QCOMPARE(row.lastContactAt, std::optional<qint64>(latest));
}

QTEST_GUILESS_MAIN(TestCaseList)
#include "tst_case_list.moc"
