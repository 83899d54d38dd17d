// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepoFixtures.h"

#include "repo/CaseRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/RevisionHistory.h"

#include <functional>

using namespace tsunagu;

namespace {
using Mutate = std::function<void(Consultation &)>;

Consultation sample(test::TempDatabase &t, qint64 clientId)
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = test::jstDateTime(2026, 11, 20, 9, 30).toMSecsSinceEpoch();
    c.durationMin = 45;
    c.channel = Channel::Online;
    c.kind = ConsultationKind::Coaching;
    c.attendees = {Attendee::Self, Attendee::Family};
    c.topics = {Topic::TreatmentWorkBalance, Topic::DisclosureAtWork};
    c.notes = QStringLiteral("主治医から短時間勤務を勧められている。\n職場に病名を伝えるか迷っている。");
    c.nextSteps = QStringLiteral("両立支援プランの様式を送る");
    c.followUpOn = QDate(2026, 11, 27);
    c.staffId = t.staffId();
    return c;
}

QStringList topicRows(test::TempDatabase &t, qint64 consultationId)
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT topic FROM consultation_topics WHERE consultation_id = ? ORDER BY topic"));
    q.addBindValue(consultationId);
    QStringList out;
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}
} // namespace

Q_DECLARE_METATYPE(Mutate)

class TestConsultations : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void minimalConsultation();
    void refusesBadInput_data();
    void refusesBadInput();
    void followUpUsesJapaneseDate();
    void notesKeepLineBreaks();
    void storesSqlAsText();
    void caseMustBeTheClients();
    void topicsStayInSyncOnUpdate();
    void forClientNewestFirst();
    void lastChannelUsedBy();
    void refusesErasedClient();
};

void TestConsultations::roundTrip()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    auto caseId = CaseRepository(t.session()).create([&] {
        SupportCase c;
        c.clientId = client;
        c.openedOn = QDate(2026, 11, 1);
        return c;
    }());
    VERIFY_OK(caseId);
    Consultation c = sample(t, client);
    c.caseId = *caseId;
    ConsultationRepository repo(t.session());
    auto id = repo.create(c);
    VERIFY_OK(id);
    auto back = repo.get(*id);
    VERIFY_OK(back);
    QCOMPARE(back->clientId, client);
    QCOMPARE(back->caseId, std::optional<qint64>(*caseId));
    QCOMPARE(back->startedAt, c.startedAt);
    QCOMPARE(back->durationMin, 45);
    QCOMPARE(back->channel, Channel::Online);
    QCOMPARE(back->kind, ConsultationKind::Coaching);
    QVERIFY(back->attendees == c.attendees);
    QVERIFY(back->topics == c.topics);
    QCOMPARE(back->notes, c.notes);
    QCOMPARE(back->nextSteps, c.nextSteps);
    QCOMPARE(back->followUpOn, c.followUpOn);
    QCOMPARE(back->staffId, t.staffId());
    QCOMPARE(back->version, 1);

    QSqlQuery q(t.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT attendees, topics, created_by FROM consultations")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("self,family"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("treatment_work_balance,disclosure_at_work"));
    QCOMPARE(q.value(2).toLongLong(), t.staffId());
    QCOMPARE(topicRows(t, *id), (QStringList{QStringLiteral("disclosure_at_work"), QStringLiteral("treatment_work_balance")}));
    QCOMPARE(test::countRows(t, QStringLiteral("audit_log"), QStringLiteral("action = 'consultation.create'")), 1);
}

void TestConsultations::minimalConsultation()
{
    // A one-minute log: a time, a channel, nothing else.
    test::TempDatabase t;
    Consultation c;
    c.clientId = test::addClient(t);
    c.startedAt = t.clock().nowMs();
    c.channel = Channel::Phone;
    auto id = ConsultationRepository(t.session()).create(c);
    VERIFY_OK(id);
    auto back = ConsultationRepository(t.session()).get(*id);
    QCOMPARE(back->staffId, t.staffId()); // the session's staff member
    QVERIFY(back->attendees.isEmpty());
    QVERIFY(back->topics.isEmpty());
    QVERIFY(back->notes.isEmpty());
    QVERIFY(!back->followUpOn);
    QVERIFY(!back->caseId);
    QVERIFY(topicRows(t, *id).isEmpty());
}

void TestConsultations::refusesBadInput_data()
{
    QTest::addColumn<Mutate>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("no time") << Mutate([](Consultation &c) { c.startedAt = 0; }) << "started_at";
    QTest::newRow("negative duration") << Mutate([](Consultation &c) { c.durationMin = -1; }) << "duration_min";
    QTest::newRow("more than a day") << Mutate([](Consultation &c) { c.durationMin = 1441; }) << "duration_min";
    QTest::newRow("follow-up before consultation")
        << Mutate([](Consultation &c) { c.followUpOn = QDate(2026, 11, 19); }) << "follow_up_on";
    QTest::newRow("invalid follow-up") << Mutate([](Consultation &c) { c.followUpOn = QDate(2026, 13, 1); })
                                       << "follow_up_on";
    QTest::newRow("unknown channel") << Mutate([](Consultation &c) { c.channel = static_cast<Channel>(6); })
                                     << "channel";
    QTest::newRow("unknown kind") << Mutate([](Consultation &c) { c.kind = static_cast<ConsultationKind>(9); })
                                  << "kind";
    QTest::newRow("unknown topic") << Mutate([](Consultation &c) { c.topics = Topics::fromBits(1ULL << 20); })
                                   << "topics";
    QTest::newRow("unknown attendee") << Mutate([](Consultation &c) { c.attendees = Attendees::fromBits(1ULL << 4); })
                                      << "attendees";
    QTest::newRow("overlong notes") << Mutate([](Consultation &c) { c.notes = QString(20001, QChar(u'相')); })
                                    << "notes";
    QTest::newRow("escape in notes") << Mutate([](Consultation &c) { c.notes = QStringLiteral("\u001b]0;x\u0007"); })
                                     << "notes";
    QTest::newRow("control character in next steps")
        << Mutate([](Consultation &c) { c.nextSteps = QStringLiteral("電話\u0000"); }) << "next_steps";
    QTest::newRow("broken surrogate in next steps")
        << Mutate([](Consultation &c) { c.nextSteps = QString(QChar(0xD800)); }) << "next_steps";
    QTest::newRow("unknown staff") << Mutate([](Consultation &c) { c.staffId = 77; }) << "staff_id";
    QTest::newRow("unknown case") << Mutate([](Consultation &c) { c.caseId = 88; }) << "case_id";
}

void TestConsultations::refusesBadInput()
{
    QFETCH(Mutate, mutate);
    QFETCH(QString, field);
    test::TempDatabase t;
    Consultation c = sample(t, test::addClient(t));
    mutate(c);
    auto id = ConsultationRepository(t.session()).create(c);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(test::countRows(t, QStringLiteral("consultations")), 0);
    QCOMPARE(test::countRows(t, QStringLiteral("consultation_topics")), 0);
    QCOMPARE(ConsultationRepository(t.session()).validate(c).error().field, field);
}

void TestConsultations::followUpUsesJapaneseDate()
{
    // 00:30 in Japan on the 21st is still the 20th in UTC: the follow-up is
    // compared with the Japanese date.
    test::TempDatabase t;
    Consultation c = sample(t, test::addClient(t));
    c.startedAt = test::jstDateTime(2026, 11, 21, 0, 30).toMSecsSinceEpoch();
    c.followUpOn = QDate(2026, 11, 20);
    QCOMPARE(ConsultationRepository(t.session()).create(c).error().field, QStringLiteral("follow_up_on"));
    c.followUpOn = QDate(2026, 11, 21); // the same day is fine
    VERIFY_OK(ConsultationRepository(t.session()).create(c));
}

void TestConsultations::notesKeepLineBreaks()
{
    test::TempDatabase t;
    Consultation c = sample(t, test::addClient(t));
    c.notes = QStringLiteral("  一行目\r\n二行目\r三行目\n\t字下げ  ");
    auto id = ConsultationRepository(t.session()).create(c);
    VERIFY_OK(id);
    QCOMPARE(ConsultationRepository(t.session()).get(*id)->notes, QStringLiteral("一行目\n二行目\n三行目\n\t字下げ"));
}

void TestConsultations::storesSqlAsText()
{
    test::TempDatabase t;
    Consultation c = sample(t, test::addClient(t));
    c.notes = QStringLiteral("'); DELETE FROM consultations; --");
    c.nextSteps = QStringLiteral("1' OR '1'='1");
    auto id = ConsultationRepository(t.session()).create(c);
    VERIFY_OK(id);
    auto back = ConsultationRepository(t.session()).get(*id);
    QCOMPARE(back->notes, c.notes);
    QCOMPARE(back->nextSteps, c.nextSteps);
}

void TestConsultations::caseMustBeTheClients()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 other = test::addClient(t, QStringLiteral("別人"));
    SupportCase sc;
    sc.clientId = other;
    sc.openedOn = QDate(2026, 1, 1);
    auto othersCase = CaseRepository(t.session()).create(sc);
    VERIFY_OK(othersCase);
    Consultation c = sample(t, client);
    c.caseId = *othersCase;
    auto refused = ConsultationRepository(t.session()).create(c);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(refused.error().field, QStringLiteral("case_id"));
    QCOMPARE(test::countRows(t, QStringLiteral("consultations")), 0);
}

void TestConsultations::topicsStayInSyncOnUpdate()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ConsultationRepository repo(t.session());
    auto id = repo.create(sample(t, client));
    VERIFY_OK(id);
    auto c = repo.get(*id);
    c->topics = {Topic::Accommodation, Topic::Benefits, Topic::TreatmentWorkBalance};
    c->durationMin = 60;
    t.clock().advance(10 * 60 * 1000);
    QCOMPARE(repo.update(*c, QString()).error().field, QStringLiteral("reason"));
    QCOMPARE(topicRows(t, *id).size(), 2); // a refused update changes nothing
    auto changed = repo.update(*c, QStringLiteral("話題の記録漏れ"));
    VERIFY_OK(changed);
    QCOMPARE(*changed, 2);
    QCOMPARE(topicRows(t, *id), (QStringList{QStringLiteral("accommodation"), QStringLiteral("benefits"),
                                             QStringLiteral("treatment_work_balance")}));
    QVERIFY(repo.get(*id)->topics == c->topics);

    auto history = RevisionHistory(t.session()).forRecord(QStringLiteral("consultations"), *id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().reason, QStringLiteral("話題の記録漏れ"));
    QCOMPARE(history->first().oldValues.value(QStringLiteral("topics")).toString(),
             QStringLiteral("treatment_work_balance,disclosure_at_work"));
    QCOMPARE(history->first().oldValues.value(QStringLiteral("duration_min")).toInt(), 45);
    QCOMPARE(RevisionHistory(t.session()).forClient(client)->size(), 1);

    c = repo.get(*id);
    c->topics = {};
    VERIFY_OK(repo.update(*c, QStringLiteral("話題を取り消し")));
    QVERIFY(topicRows(t, *id).isEmpty());
    QVERIFY(repo.get(*id)->topics.isEmpty());

    auto stale = repo.update(*c, QStringLiteral("古い版から"));
    QCOMPARE(stale.error().code, ErrorCode::Conflict);
}

void TestConsultations::forClientNewestFirst()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    ConsultationRepository repo(t.session());
    QList<qint64> ids;
    for (int day : {3, 10, 7}) {
        Consultation c = sample(t, client);
        c.startedAt = test::jstDateTime(2026, 11, day, 14, 0).toMSecsSinceEpoch();
        c.followUpOn.reset();
        auto id = repo.create(c);
        VERIFY_OK(id);
        ids << *id;
    }
    VERIFY_OK(repo.create(sample(t, test::addClient(t, QStringLiteral("別人")))));
    auto all = repo.forClient(client);
    VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).id, ids.at(1));
    QCOMPARE(all->at(1).id, ids.at(2));
    QCOMPARE(all->at(2).id, ids.at(0));
}

void TestConsultations::lastChannelUsedBy()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    const qint64 colleague = test::addStaff(t, QStringLiteral("佐藤"));
    ConsultationRepository repo(t.session());
    auto none = repo.lastChannelUsedBy(t.staffId());
    VERIFY_OK(none);
    QVERIFY(!*none);

    Consultation c = sample(t, client);
    c.channel = Channel::HomeVisit;
    VERIFY_OK(repo.create(c));
    t.clock().advance(1000);
    c.channel = Channel::Phone;
    c.startedAt -= 86400000; // entered later, held earlier: still the last one used
    c.followUpOn.reset();
    VERIFY_OK(repo.create(c));
    t.clock().advance(1000);
    c.channel = Channel::Accompanied;
    c.staffId = colleague;
    VERIFY_OK(repo.create(c));

    QCOMPARE(*repo.lastChannelUsedBy(t.staffId()), std::optional<Channel>(Channel::Phone));
    QCOMPARE(*repo.lastChannelUsedBy(colleague), std::optional<Channel>(Channel::Accompanied));
}

void TestConsultations::refusesErasedClient()
{
    test::TempDatabase t;
    const qint64 client = test::addClient(t);
    QCOMPARE(ConsultationRepository(t.session()).create(sample(t, client + 9)).error().code, ErrorCode::NotFound);
    test::markErased(t, client);
    QCOMPARE(ConsultationRepository(t.session()).create(sample(t, client)).error().code, ErrorCode::Refused);
    QCOMPARE(test::countRows(t, QStringLiteral("consultations")), 0);
}

QTEST_GUILESS_MAIN(TestConsultations)
#include "tst_consultations.moc"
