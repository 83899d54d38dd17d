// SPDX-License-Identifier: GPL-3.0-or-later
// The consultations of a demo run (notes written on a second thread) and the
// history replayed through the services at its historical times.
#include "DemoRun.h"

#include "demo/BulkStatement.h"
#include "demo/DemoRandom.h"
#include "demo/PhraseBank.h"
#include "domain/Consultation.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/Erasure.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "search/NoteIndex.h"
#include "search/NoteTokenizer.h"
#include "storage/Database.h"

#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace tsunagu::demo::detail {

namespace {

// One consultation, ready to bind: made by the note thread.
struct PreparedConsultation {
    qint64 clientId = 0;
    qint64 caseId = 0; // 0: none
    qint64 startedAt = 0;
    qint64 staff = 0;
    qint64 recorded = 0;
    int duration = 0;
    Topics topics;
    Channel channel = Channel::InPerson;
    ConsultationKind kind = ConsultationKind::OneOff;
    QByteArray attendees;
    QByteArray notes;
    QByteArray next;
    QByteArray followUp; // empty: none
    QByteArray tokens; // the note index's tokens
};

// Hands batches from the thread that writes notes to the thread that inserts.
class BatchQueue
{
public:
    using Batch = std::vector<PreparedConsultation>;

    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < 4 || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // An empty batch once the producer is done (or stopped).
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_batches.empty())
            return {};
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace

Status Run::insertConsultations()
{
    // Every consultation's time first; then all of them in time order, so that
    // ids grow with time as they do in a real office.
    std::vector<ConsultationPlan> plan;
    plan.reserve(static_cast<std::size_t>(m_options.consultations));
    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        const ClientPlan &c = m_clients[k];
        DemoRandom random(m_options.seed, ConsultationStream, k);
        std::vector<qint64> times { c.intakeAt };
        for (int j = 1; j < c.consultations; ++j) {
            const qint64 at
                = c.intakeAt + static_cast<qint64>(random.unit() * static_cast<double>(c.lastAt - c.intakeAt));
            times.push_back(std::max(c.intakeAt + hour, workTime(random, jst::dateOf(at))));
        }
        std::sort(times.begin(), times.end());
        for (std::size_t j = 0; j < times.size(); ++j)
            plan.push_back({ clampToEnd(times[j]), static_cast<int>(k), static_cast<int>(j) });
    }
    std::stable_sort(plan.begin(), plan.end(),
        [](const ConsultationPlan &a, const ConsultationPlan &b) { return a.startedAt < b.startedAt; });

    auto consultation = BulkStatement::prepare(m_db,
        "INSERT INTO consultations (client_id, case_id, started_at, duration_min, channel, kind, attendees, topics, "
        "notes, next_steps, follow_up_on, staff_id, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto topic = BulkStatement::prepare(m_db, "INSERT INTO consultation_topics (consultation_id, topic) VALUES (?, ?)");
    auto index = BulkStatement::prepare(m_db, "INSERT INTO note_index (rowid, tokens) VALUES (?, ?)");
    for (auto *s : { &consultation, &topic, &index })
        if (!*s)
            return fail(s->error());

    // Writing notes and their tokens is half the work: a second thread does it
    // while this one inserts (the database is only touched from this thread).
    BatchQueue queue;
    std::jthread writer([&](std::stop_token stop) {
        // Topic weights by what the person came for.
        static const int general[] = { 30, 12, 12, 25, 10, 6, 10, 5, 6, 5, 8, 5, 12, 3 };
        static const int returning[] = { 8, 45, 10, 25, 15, 8, 12, 3, 4, 5, 12, 3, 12, 2 };
        static const int working[] = { 10, 8, 40, 25, 20, 10, 5, 3, 3, 4, 8, 2, 10, 2 };
        static_assert(std::size(general) == enumCount<Topic>());
        const PhraseBank &phrases = PhraseBank::instance();
        BatchQueue::Batch batch;
        for (std::size_t n = 0; n < plan.size() && !stop.stop_requested(); ++n) {
            const ConsultationPlan &p = plan[n];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(p.client)];
            DemoRandom random(m_options.seed, NoteStream,
                (static_cast<std::uint64_t>(p.client) << 20) ^ static_cast<std::uint64_t>(p.ordinal));
            PreparedConsultation row;
            const bool inCase = c.caseId != 0 && p.startedAt >= c.caseFrom;
            const int *weights = (c.goal && *c.goal == CaseGoal::ReturnToWork) ? returning
                : (c.goal && *c.goal == CaseGoal::StayInWork)                  ? working
                                                                               : general;
            const int topicCount = random.weighted({ 45, 40, 15 }) + 1;
            for (int t = 0; t < topicCount; ++t)
                row.topics.insert(
                    static_cast<Topic>(random.weighted(std::span<const int>(weights, enumCount<Topic>()))));

            const bool first = p.ordinal == 0;
            row.channel = first ? static_cast<Channel>(random.weighted({ 50, 25, 25, 0, 0, 0 }))
                : inCase        ? static_cast<Channel>(random.weighted({ 30, 25, 15, 5, 13, 12 }))
                                : static_cast<Channel>(random.weighted({ 35, 30, 25, 10, 0, 0 }));
            row.kind = inCase                    ? ConsultationKind::Accompaniment
                : c.kind == ClientKind::Coaching ? ConsultationKind::Coaching
                                                 : ConsultationKind::OneOff;
            Attendees attendees;
            if (random.chance(0.93))
                attendees.insert(Attendee::Self);
            if (random.chance(first ? 0.25 : 0.1))
                attendees.insert(Attendee::Family);
            if (random.chance(0.05))
                attendees.insert(Attendee::Supporter);
            if (random.chance(row.topics.contains(Topic::Retention) ? 0.25 : 0.02))
                attendees.insert(Attendee::Employer);
            if (attendees.isEmpty())
                attendees.insert(Attendee::Family);
            row.attendees = attendees.toCodes().toUtf8();

            const PhraseBank::Context context { row.topics, c.disease, c.helloWork, c.agency, first };
            const QString notes = phrases.note(random, context);
            const QString next = random.chance(0.85) ? phrases.nextSteps(random, context) : QString();
            row.notes = notes.toUtf8();
            row.next = next.toUtf8();
            // The same tokens search::NoteIndex::index() would write.
            row.tokens = search::NoteTokenizer::indexText(search::NoteIndex::indexedText(notes, next)).toUtf8();
            row.staff
                = random.chance(0.9) ? staffId(c.staff) : staffId(random.below(static_cast<int>(m_workers.size())));
            row.recorded = std::min(p.startedAt + random.between(30, 240) * minute, m_endMs);
            row.clientId = c.id;
            row.caseId = inCase ? c.caseId : 0;
            row.startedAt = p.startedAt;
            row.duration = row.channel == Channel::Email ? 0 : random.between(3, 24) * 5;
            if (random.chance(0.25))
                row.followUp = jst::dateOf(p.startedAt).addDays(random.between(7, 28)).toString(Qt::ISODate).toUtf8();
            batch.push_back(std::move(row));
            if (batch.size() == 1024) {
                if (!queue.push(std::move(batch)))
                    return;
                batch = {};
            }
        }
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    const auto stopWriter = qScopeGuard([&] {
        writer.request_stop();
        queue.stop();
    });

    std::vector<QByteArray> topicCodes;
    for (std::size_t t = 0; t < enumCount<Topic>(); ++t)
        topicCodes.push_back(toCode(static_cast<Topic>(t)).toUtf8());
    m_consultationIds.reserve(plan.size());
    DemoRandom corrections(m_options.seed, HistoryStream, 1);
    std::size_t n = 0;
    for (BatchQueue::Batch batch = queue.pop(); !batch.empty(); batch = queue.pop()) {
        for (const PreparedConsultation &row : batch) {
            int i = 1;
            consultation->bind(i++, row.clientId);
            consultation->bindOptional(i++, row.caseId ? std::optional<qint64>(row.caseId) : std::nullopt);
            consultation->bind(i++, row.startedAt);
            consultation->bind(i++, row.duration);
            consultation->bind(i++, toCode(row.channel));
            consultation->bind(i++, toCode(row.kind));
            consultation->bind(i++, row.attendees);
            consultation->bind(i++, row.topics.toCodes());
            consultation->bind(i++, row.notes);
            consultation->bind(i++, row.next);
            if (row.followUp.isEmpty())
                consultation->bindNull(i++);
            else
                consultation->bind(i++, row.followUp);
            consultation->bind(i++, row.staff);
            consultation->bind(i++, row.recorded);
            consultation->bind(i++, row.staff);
            consultation->bind(i++, row.recorded);
            consultation->bind(i++, row.staff);
            auto id = consultation->run();
            if (!id)
                return fail(id.error());
            m_consultationIds.push_back(*id);
            ++m_report.consultations;

            for (std::size_t t = 0; t < topicCodes.size(); ++t) {
                if (!row.topics.contains(static_cast<Topic>(t)))
                    continue;
                topic->bind(1, *id);
                topic->bind(2, topicCodes[t]);
                if (auto r = topic->run(); !r)
                    return fail(r.error());
            }
            if (!row.tokens.isEmpty()) {
                index->bind(1, *id);
                index->bind(2, row.tokens);
                if (auto r = index->run(); !r)
                    return fail(r.error());
            }

            // About one note in 2,000 is corrected a few days later (counted
            // from the gate's time on: before, corrections were on paper).
            if (corrections.chance(0.0005) && row.recorded >= m_gateFromMs && row.recorded + 3 * day < m_endMs)
                m_history.push_back({ HistoryAction::Correct, row.recorded + corrections.between(1, 3) * day,
                    static_cast<int>(m_consultationIds.size() - 1) });
            if (++n % 2000 == 0
                && !report(tr("Consultations"), static_cast<double>(n) / static_cast<double>(plan.size())))
                return cancelled();
        }
    }
    return {};
}

Status Run::runHistory()
{
    // A few people ask for erasure, a year or more after their last contact.
    DemoRandom erasures(m_options.seed, HistoryStream, 2);
    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        const ClientPlan &c = m_clients[k];
        if (c.lastAt < m_endMs - 400 * day && erasures.chance(0.0005))
            m_history.push_back(
                { HistoryAction::Erase, c.lastAt + erasures.between(365, 395) * day, static_cast<int>(k) });
    }
    std::stable_sort(m_history.begin(), m_history.end());

    FixedClock clock(m_startMs);
    const QString correction = QStringLiteral("（追記）本人の申し出により一部の表現を修正した。");
    for (std::size_t h = 0; h < m_history.size(); ++h) {
        const HistoryAction &a = m_history[h];
        clock.set(a.at);
        switch (a.kind) {
        case HistoryAction::Release: {
            const ReferralPlan &r = m_referrals[static_cast<std::size_t>(a.index)];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(r.client)];
            const Session session(m_db, staffId(c.staff), clock);
            privacy::DisclosureRequest request;
            request.clientId = c.id;
            request.recipient = privacy::Recipient::agency(r.agencyId);
            request.purpose = r.purpose;
            request.categories = r.categories;
            request.method = r.method;
            auto grant = privacy::DisclosureGate(session).release(request);
            if (!grant)
                return fail(grant.error().code == ErrorCode::Refused ? Error { ErrorCode::Database,
                                QStringLiteral("the demo plan made a referral the disclosure gate refuses: ")
                                    + grant.error().message,
                                {} }
                                                                     : grant.error());
            if (Status s
                = ReferralRepository(session).attachDisclosure(r.id, grant->disclosureId(), grant->consentId());
                !s)
                return s;
            ++m_report.disclosures;
            break;
        }
        case HistoryAction::Withdraw: {
            const ConsentPlan &p = m_consents[static_cast<std::size_t>(a.index)];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(p.client)];
            const Session session(m_db, staffId(c.staff), clock);
            auto withdrawn
                = privacy::ConsentRegistry(session).withdraw(p.id, QStringLiteral("本人の申し出により撤回"), a.at);
            // Erased meanwhile (NotFound) or already withdrawn (Conflict): nothing to do.
            if (!withdrawn && withdrawn.error().code != ErrorCode::Conflict
                && withdrawn.error().code != ErrorCode::NotFound)
                return fail(withdrawn.error());
            if (withdrawn)
                ++m_report.withdrawals;
            break;
        }
        case HistoryAction::Correct: {
            const Session session(m_db, m_workers.front(), clock);
            ConsultationRepository repository(session);
            auto c = repository.get(m_consultationIds[static_cast<std::size_t>(a.index)]);
            if (!c)
                return fail(c.error());
            Consultation changed = *c;
            changed.notes += correction;
            auto updated = repository.update(changed, QStringLiteral("本人の申し出による記載の修正"));
            if (!updated && updated.error().code != ErrorCode::NotFound && updated.error().code != ErrorCode::Invalid)
                return fail(updated.error());
            if (updated)
                ++m_report.corrections;
            break;
        }
        case HistoryAction::Erase: {
            const ClientPlan &c = m_clients[static_cast<std::size_t>(a.index)];
            const Session session(m_db, m_supervisor, clock);
            if (Status s = privacy::Erasure(session).erase(c.id, QStringLiteral("本人からの削除請求")); !s)
                return s;
            ++m_report.erasures;
            break;
        }
        }
        if (h % 200 == 0
            && !report(tr("Disclosures and history"), static_cast<double>(h) / static_cast<double>(m_history.size())))
            return cancelled();
    }
    return {};
}

Status Run::setLaterFlags()
{
    // Asked for after the history: stop-use of a few people, a few agencies closed.
    DemoRandom random(m_options.seed, FlagStream, 1);
    auto stop = BulkStatement::prepare(m_db,
        "UPDATE clients SET stop_use = 1, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND erased_at IS NULL");
    auto close
        = BulkStatement::prepare(m_db, "UPDATE agencies SET active = 0, updated_at = ?, updated_by = ? WHERE id = ?");
    if (!stop)
        return fail(stop.error());
    if (!close)
        return fail(close.error());
    for (const ClientPlan &c : m_clients) {
        if (!random.chance(0.005))
            continue;
        stop->bind(1, clampToEnd(c.lastAt + 30 * day));
        stop->bind(2, staffId(c.staff));
        stop->bind(3, c.id);
        if (auto r = stop->run(); !r)
            return fail(r.error());
    }
    for (const AgencyRow &a : m_agencies) {
        if (a.kind == AgencyKind::HelloWork || !random.chance(0.02))
            continue;
        close->bind(1, m_endMs - 60 * day);
        close->bind(2, m_admin);
        close->bind(3, a.id);
        if (auto r = close->run(); !r)
            return fail(r.error());
    }
    return {};
}

Status Run::setIndexBuffer(int bytes)
{
    auto q = BulkStatement::prepare(m_db, "INSERT INTO note_index (note_index, rank) VALUES ('hashsize', ?)");
    if (!q)
        return fail(q.error());
    q->bind(1, bytes);
    if (auto r = q->run(); !r)
        return fail(r.error());
    return {};
}

} // namespace tsunagu::demo::detail
