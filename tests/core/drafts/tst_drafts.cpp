// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "drafts/DraftStore.h"
#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using tsunagu::drafts::Draft;
using tsunagu::drafts::DraftStore;

namespace {

qint64 addClient(test::TempDatabase &t, const QString &name)
{
    Client c;
    c.name = name;
    auto id = ClientRepository(t.session()).create(c);
    if (!id)
        qFatal("cannot create a client: %s", qPrintable(id.error().message));
    return *id;
}

Draft consultationDraft(qint64 clientId, const QString &notes)
{
    Draft d;
    d.kind = drafts::consultationDraft;
    d.clientId = clientId;
    d.payload.insert(QStringLiteral("notes"), notes);
    return d;
}

int draftRows(test::TempDatabase &t)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM drafts")) || !q.next())
        qFatal("cannot count drafts");
    return q.value(0).toInt();
}

} // namespace

class TestDrafts : public QObject
{
    Q_OBJECT

private slots:
    void saveInsertsThenOverwrites();
    void pendingIsPerStaffNewestFirst();
    void latestFindsTheClientsDraft();
    void discardDeletes();
    void survivesClosingTheFile();
    void discardedDraftIsStoredAgain();
    void anotherStaffMembersDraftIsNotOverwritten();
    void kindIsRequired();
    void erasureDeletesDraftsAndRefusesNewOnes();
};

void TestDrafts::saveInsertsThenOverwrites()
{
    test::TempDatabase t;
    const qint64 client = addClient(t, QStringLiteral("山田 太郎"));
    const DraftStore store(t.session());

    Draft d = consultationDraft(client, QStringLiteral("復職に向けて"));
    auto id = store.save(d);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QVERIFY(*id > 0);

    t.clock().advance(60'000);
    d.id = *id;
    d.payload.insert(QStringLiteral("notes"), QStringLiteral("復職に向けて主治医と面談"));
    auto again = store.save(d);
    QVERIFY(again);
    QCOMPARE(*again, *id);
    QCOMPARE(draftRows(t), 1);

    auto stored = store.get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->staffId, t.staffId());
    QCOMPARE(stored->kind, drafts::consultationDraft);
    QCOMPARE(stored->clientId, std::optional<qint64>(client));
    QCOMPARE(stored->updatedAt, t.clock().nowMs());
    QCOMPARE(stored->payload.value(QStringLiteral("notes")).toString(), QStringLiteral("復職に向けて主治医と面談"));
}

void TestDrafts::pendingIsPerStaffNewestFirst()
{
    test::TempDatabase t;
    const qint64 a = addClient(t, QStringLiteral("山田 太郎"));
    const qint64 b = addClient(t, QStringLiteral("田中 花子"));
    auto other = StaffRepository(t.session()).create(QStringLiteral("佐藤"), StaffRole::Outreach);
    QVERIFY(other);

    const DraftStore mine(t.session());
    auto first = mine.save(consultationDraft(a, QStringLiteral("一")));
    t.clock().advance(1000);
    auto second = mine.save(consultationDraft(b, QStringLiteral("二")));
    t.clock().advance(1000);
    auto theirs = DraftStore(t.sessionAs(*other)).save(consultationDraft(a, QStringLiteral("三")));
    QVERIFY(first && second && theirs);

    auto pending = mine.pending(t.staffId());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 2);
    QCOMPARE(pending->at(0).id, *second);
    QCOMPARE(pending->at(1).id, *first);
    auto theirPending = mine.pending(*other);
    QVERIFY(theirPending);
    QCOMPARE(theirPending->size(), 1);
    QCOMPARE(theirPending->at(0).id, *theirs);
}

void TestDrafts::latestFindsTheClientsDraft()
{
    test::TempDatabase t;
    const qint64 a = addClient(t, QStringLiteral("山田 太郎"));
    const qint64 b = addClient(t, QStringLiteral("田中 花子"));
    const DraftStore store(t.session());
    auto none = store.latest(t.staffId(), drafts::consultationDraft, a);
    QVERIFY(none);
    QVERIFY(!none->has_value());

    QVERIFY(store.save(consultationDraft(b, QStringLiteral("田中さん"))));
    t.clock().advance(1000);
    auto ofA = store.save(consultationDraft(a, QStringLiteral("山田さん")));
    QVERIFY(ofA);
    auto found = store.latest(t.staffId(), drafts::consultationDraft, a);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->id, *ofA);
    QCOMPARE((*found)->payload.value(QStringLiteral("notes")).toString(), QStringLiteral("山田さん"));
}

void TestDrafts::discardDeletes()
{
    test::TempDatabase t;
    const DraftStore store(t.session());
    auto id = store.save(consultationDraft(addClient(t, QStringLiteral("山田 太郎")), QStringLiteral("メモ")));
    QVERIFY(id);
    QVERIFY(store.discard(*id));
    QCOMPARE(draftRows(t), 0);
    QCOMPARE(store.get(*id).error().code, ErrorCode::NotFound);
    QVERIFY(store.discard(*id)); // already gone: fine
}

void TestDrafts::survivesClosingTheFile()
{
    test::TempDatabase t;
    const qint64 client = addClient(t, QStringLiteral("山田 太郎"));
    auto id = DraftStore(t.session()).save(consultationDraft(client, QStringLiteral("落とさない")));
    QVERIFY(id);
    t.close();
    t.reopen();
    auto pending = DraftStore(t.session()).pending(t.staffId());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).payload.value(QStringLiteral("notes")).toString(), QStringLiteral("落とさない"));
}

void TestDrafts::discardedDraftIsStoredAgain()
{
    test::TempDatabase t;
    const DraftStore store(t.session());
    Draft d = consultationDraft(addClient(t, QStringLiteral("山田 太郎")), QStringLiteral("一"));
    auto id = store.save(d);
    QVERIFY(id);
    QVERIFY(store.discard(*id));
    d.id = *id;
    auto again = store.save(d);
    QVERIFY(again);
    QCOMPARE(*again, *id);
    QCOMPARE(draftRows(t), 1);
}

void TestDrafts::anotherStaffMembersDraftIsNotOverwritten()
{
    test::TempDatabase t;
    auto other = StaffRepository(t.session()).create(QStringLiteral("佐藤"), StaffRole::Outreach);
    QVERIFY(other);
    Draft d = consultationDraft(addClient(t, QStringLiteral("山田 太郎")), QStringLiteral("私の"));
    auto id = DraftStore(t.session()).save(d);
    QVERIFY(id);
    d.id = *id;
    d.payload.insert(QStringLiteral("notes"), QStringLiteral("上書き"));
    auto refused = DraftStore(t.sessionAs(*other)).save(d);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(
        DraftStore(t.session()).get(*id)->payload.value(QStringLiteral("notes")).toString(), QStringLiteral("私の"));
}

void TestDrafts::kindIsRequired()
{
    test::TempDatabase t;
    Draft d;
    auto refused = DraftStore(t.session()).save(d);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("kind"));
    QCOMPARE(draftRows(t), 0);
}

void TestDrafts::erasureDeletesDraftsAndRefusesNewOnes()
{
    test::TempDatabase t;
    const qint64 erased = addClient(t, QStringLiteral("山田 太郎"));
    const qint64 kept = addClient(t, QStringLiteral("田中 花子"));
    const DraftStore store(t.session());
    auto draft = store.save(consultationDraft(erased, QStringLiteral("消えるべきメモ")));
    QVERIFY(store.save(consultationDraft(kept, QStringLiteral("残るメモ"))));
    QVERIFY(draft);

    auto done = privacy::Erasure(t.session()).erase(erased, QStringLiteral("本人の求め"));
    QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
    auto pending = store.pending(t.staffId());
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->at(0).clientId, std::optional<qint64>(kept));

    // A window still open on the erased person cannot bring their notes back.
    Draft late = consultationDraft(erased, QStringLiteral("消えるべきメモ"));
    late.id = *draft;
    auto refused = store.save(late);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QCOMPARE(draftRows(t), 1);
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
