// SPDX-License-Identifier: GPL-3.0-or-later
// ReferralList: referrals across clients, newest first, by group of statuses,
// a page at a time.
#include "RepoFixtures.h"

#include "repo/AgencyRepository.h"
#include "repo/ReferralList.h"
#include "repo/ReferralRepository.h"

using namespace tsunagu;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 day = 24 * 60 * minute;

qint64 addAgency(test::TempDatabase &t, const QString &name)
{
    Agency a;
    a.name = name;
    a.kind = AgencyKind::HelloWork;
    auto id = AgencyRepository(t.session()).create(a);
    if (!id)
        qFatal("cannot create an agency: %s", qPrintable(id.error().message));
    return *id;
}

// A referral proposed at `at`, then moved through `steps`, a day apart.
qint64 addReferral(
    test::TempDatabase &t, qint64 clientId, qint64 agencyId, qint64 at, const QList<ReferralStatus> &steps = {})
{
    const ReferralRepository repo(t.session());
    Referral r;
    r.clientId = clientId;
    r.agencyId = agencyId;
    r.purpose = Purpose::CaseConference;
    r.categories = { DataCategory::Identity };
    auto id = repo.create(r, at);
    if (!id)
        qFatal("cannot create a referral: %s", qPrintable(id.error().message));
    qint64 when = at;
    for (ReferralStatus step : steps) {
        when += day;
        if (auto e = repo.addEvent(*id, step, when); !e)
            qFatal("cannot record a step: %s", qPrintable(e.error().message));
    }
    return *id;
}

QList<qint64> idsOf(const QList<ReferralListRow> &rows)
{
    QList<qint64> ids;
    for (const ReferralListRow &row : rows)
        ids << row.referralId;
    return ids;
}

QList<qint64> listed(const ReferralList &list, ReferralListFilter filter)
{
    ReferralListQuery query;
    query.filter = filter;
    auto page = list.page(query);
    if (!page)
        qFatal("cannot list referrals: %s", qPrintable(page.error().message));
    return idsOf(page->rows);
}

} // namespace

class TestReferralList : public QObject
{
    Q_OBJECT

private slots:
    void filtersByStatusNewestFirst();
    void pagesWithoutGapsOrRepeats();
    void rowsCarryNamesDatesAndWaiting();
};

void TestReferralList::filtersByStatusNewestFirst()
{
    test::TempDatabase t;
    const qint64 now = t.clock().nowMs();
    const qint64 agency = addAgency(t, QStringLiteral("ハローワーク福岡中央"));
    const qint64 client = test::addClient(t);
    const qint64 proposed = addReferral(t, client, agency, now - 30 * day);
    const qint64 sent = addReferral(t, client, agency, now - 20 * day, { ReferralStatus::Sent });
    const qint64 accepted
        = addReferral(t, client, agency, now - 15 * day, { ReferralStatus::Sent, ReferralStatus::Accepted });
    const qint64 declined
        = addReferral(t, client, agency, now - 10 * day, { ReferralStatus::Sent, ReferralStatus::Declined });
    const qint64 withdrawn = addReferral(t, client, agency, now - 5 * day, { ReferralStatus::Withdrawn });

    // Left out: a client under stop-use, an erased one.
    Client stopped;
    stopped.name = QStringLiteral("利用停止");
    stopped.stopUse = true;
    addReferral(t, *ClientRepository(t.session()).create(stopped), agency, now - 3 * day);
    const qint64 erased = test::addClient(t, QStringLiteral("消去済み"));
    addReferral(t, erased, agency, now - 2 * day);
    test::markErased(t, erased);

    const ReferralList list(t.db());
    QCOMPARE(listed(list, ReferralListFilter::All), (QList<qint64> { withdrawn, declined, accepted, sent, proposed }));
    QCOMPARE(listed(list, ReferralListFilter::Open), (QList<qint64> { accepted, sent, proposed }));
    QCOMPARE(listed(list, ReferralListFilter::AwaitingAnswer), QList<qint64> { sent });
    QCOMPARE(listed(list, ReferralListFilter::InProgress), (QList<qint64> { accepted, proposed }));
    QCOMPARE(listed(list, ReferralListFilter::Closed), (QList<qint64> { withdrawn, declined }));
}

void TestReferralList::pagesWithoutGapsOrRepeats()
{
    test::TempDatabase t;
    const qint64 agency = addAgency(t, QStringLiteral("ハローワーク福岡中央"));
    const qint64 client = test::addClient(t);
    QList<qint64> expected;
    for (int i = 0; i < 7; ++i)
        expected.prepend(addReferral(t, client, agency, t.clock().nowMs() - (10 - i) * day, { ReferralStatus::Sent }));
    addReferral(t, client, agency, t.clock().nowMs() - day); // proposed: not awaiting an answer

    const ReferralList list(t.db());
    ReferralListQuery query;
    query.filter = ReferralListFilter::AwaitingAnswer;
    query.limit = 3;
    QList<qint64> seen;
    int pages = 0;
    for (;;) {
        auto page = list.page(query);
        VERIFY_OK(page);
        QVERIFY(page->rows.size() <= 3);
        seen += idsOf(page->rows);
        ++pages;
        if (!page->next)
            break;
        query.afterId = page->next;
        QVERIFY(pages < 10);
    }
    QCOMPARE(seen, expected);
    QCOMPARE(pages, 3);
}

void TestReferralList::rowsCarryNamesDatesAndWaiting()
{
    test::TempDatabase t;
    const qint64 now = t.clock().nowMs();
    const qint64 agency = addAgency(t, QStringLiteral("福岡県難病相談支援センター"));
    Client c;
    c.name = QStringLiteral("山田 太郎");
    c.nameKana = QStringLiteral("やまだ たろう");
    const qint64 client = *ClientRepository(t.session()).create(c);
    const qint64 proposedAt = now - 12 * day;
    const qint64 open = addReferral(t, client, agency, proposedAt, { ReferralStatus::Sent }); // sent 11 days ago
    const qint64 closed = addReferral(t, client, agency, now - 4 * day, { ReferralStatus::Withdrawn });

    auto page = ReferralList(t.db()).page({});
    VERIFY_OK(page);
    QCOMPARE(idsOf(page->rows), (QList<qint64> { closed, open }));
    const ReferralListRow &row = page->rows.last();
    QCOMPARE(row.clientId, client);
    QCOMPARE(row.agencyId, agency);
    QCOMPARE(row.clientName, QStringLiteral("山田 太郎"));
    QCOMPARE(row.clientKana, QStringLiteral("やまだ たろう"));
    QCOMPARE(row.agencyName, QStringLiteral("福岡県難病相談支援センター"));
    QCOMPARE(row.purpose, Purpose::CaseConference);
    QCOMPARE(row.status, ReferralStatus::Sent);
    QCOMPARE(row.proposedAt, proposedAt);
    QCOMPARE(row.lastEventAt, proposedAt + day);
    QVERIFY(row.isOpen());
    QCOMPARE(row.daysWaiting(t.clock().today()), std::optional<int>(11));

    const ReferralListRow &done = page->rows.first();
    QCOMPARE(done.status, ReferralStatus::Withdrawn);
    QVERIFY(!done.isOpen());
    QCOMPARE(done.daysWaiting(t.clock().today()), std::nullopt);
}

QTEST_GUILESS_MAIN(TestReferralList)
#include "tst_referral_list.moc"
