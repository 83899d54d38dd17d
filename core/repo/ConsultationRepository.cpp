// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsultationRepository.h"

#include "repo/RowHelpers.h"
#include "search/NoteIndex.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ConsultationRepository", text);
}

const QString table = QStringLiteral("consultations");
const QString entity = QStringLiteral("consultation");

const text::TextRule notesRule{"notes", QT_TRANSLATE_NOOP("tsunagu::Fields", "Notes"), text::limits::note, false,
                               text::Lines::Multi};
const text::TextRule nextStepsRule{"next_steps", QT_TRANSLATE_NOOP("tsunagu::Fields", "Next steps"),
                                   text::limits::note, false, text::Lines::Multi};

// Every check; the row to write (without client_id). `staffId` 0 means the
// session's staff member.
Result<storage::Row> toRow(const Session &session, const Consultation &c)
{
    Consultation clean = c;
    if (clean.staffId == 0)
        clean.staffId = session.staffId();
    for (const Status &s :
         {repo::checkKnown(clean.channel, "channel", QT_TRANSLATE_NOOP("tsunagu::Fields", "Channel")),
          repo::checkKnown(clean.kind, "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of consultation")),
          repo::checkKnown(clean.attendees, "attendees", QT_TRANSLATE_NOOP("tsunagu::Fields", "Attendees")),
          repo::checkKnown(clean.topics, "topics", QT_TRANSLATE_NOOP("tsunagu::Fields", "Topics"))}) {
        if (!s)
            return fail(s.error());
    }
    if (clean.startedAt <= 0)
        return fail(ErrorCode::Invalid, tr("Enter when the consultation took place."), QStringLiteral("started_at"));
    if (clean.durationMin < 0 || clean.durationMin > maxConsultationMinutes)
        return fail(ErrorCode::Invalid,
                    tr("The duration is from 0 to %1 minutes (one day).").arg(maxConsultationMinutes),
                    QStringLiteral("duration_min"));
    const QDate day = jst::dateOf(clean.startedAt);
    if (clean.followUpOn && !clean.followUpOn->isValid())
        return fail(ErrorCode::Invalid, tr("The follow-up date is not a valid date."), QStringLiteral("follow_up_on"));
    if (clean.followUpOn && *clean.followUpOn < day)
        return fail(ErrorCode::Invalid,
                    tr("The follow-up (%1) cannot be before the consultation (%2).")
                        .arg(clean.followUpOn->toString(Qt::ISODate), day.toString(Qt::ISODate)),
                    QStringLiteral("follow_up_on"));
    if (Status s = repo::cleanFields({{&clean.notes, &notesRule}, {&clean.nextSteps, &nextStepsRule}}); !s)
        return fail(s.error());
    for (const Status &s : {repo::checkStaff(session.db(), clean.staffId, "staff_id"),
                            repo::checkCaseOfClient(session.db(), clean.caseId, clean.clientId)}) {
        if (!s)
            return fail(s.error());
    }
    return storage::Row{{QStringLiteral("case_id"), storage::orNull(clean.caseId)},
                        {QStringLiteral("started_at"), clean.startedAt},
                        {QStringLiteral("duration_min"), clean.durationMin},
                        {QStringLiteral("channel"), toCode(clean.channel)},
                        {QStringLiteral("kind"), toCode(clean.kind)},
                        {QStringLiteral("attendees"), repo::textNotNull(clean.attendees.toCodes())},
                        {QStringLiteral("topics"), repo::textNotNull(clean.topics.toCodes())},
                        {QStringLiteral("notes"), repo::textNotNull(clean.notes)},
                        {QStringLiteral("next_steps"), repo::textNotNull(clean.nextSteps)},
                        {QStringLiteral("follow_up_on"), repo::dateOrNull(clean.followUpOn)},
                        {QStringLiteral("staff_id"), clean.staffId}};
}

// consultation_topics mirrors the topics column, for statistics.
Status writeTopics(const storage::Database &db, qint64 consultationId, const Topics &topics)
{
    if (Status s = repo::execute(db, QStringLiteral("DELETE FROM consultation_topics WHERE consultation_id = ?"),
                                 {consultationId});
        !s)
        return s;
    Status result;
    topics.forEach([&](Topic topic) {
        if (result)
            result = repo::execute(db,
                                   QStringLiteral("INSERT INTO consultation_topics (consultation_id, topic) VALUES (?, ?)"),
                                   {consultationId, toCode(topic)});
    });
    return result;
}

const QString selectConsultations = QStringLiteral(
    "SELECT id, client_id, case_id, started_at, duration_min, channel, kind, attendees, topics, notes, next_steps, "
    "follow_up_on, staff_id, created_at, updated_at, version FROM consultations ");

Consultation consultationFrom(const QSqlQuery &q)
{
    Consultation c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toLongLong();
    c.caseId = repo::optionalId(q.value(2));
    c.startedAt = q.value(3).toLongLong();
    c.durationMin = q.value(4).toInt();
    c.channel = repo::requiredCode(q.value(5), Channel::InPerson);
    c.kind = repo::requiredCode(q.value(6), ConsultationKind::OneOff);
    c.attendees = repo::codeSet<Attendee>(q.value(7));
    c.topics = repo::codeSet<Topic>(q.value(8));
    c.notes = q.value(9).toString();
    c.nextSteps = q.value(10).toString();
    c.followUpOn = repo::optionalDate(q.value(11));
    c.staffId = q.value(12).toLongLong();
    c.createdAt = q.value(13).toLongLong();
    c.updatedAt = q.value(14).toLongLong();
    c.version = q.value(15).toInt();
    return c;
}

} // namespace

Status ConsultationRepository::validate(const Consultation &consultation) const
{
    auto row = toRow(m_session, consultation);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> ConsultationRepository::create(const Consultation &consultation) const
{
    if (Status s = repo::requireWritableClient(m_session, consultation.clientId); !s)
        return fail(s.error());
    auto row = toRow(m_session, consultation);
    if (!row)
        return fail(row.error());
    row->insert(row->begin(), {QStringLiteral("client_id"), consultation.clientId});

    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto id = storage::RecordStore(m_session).insert(table, entity, *row, consultation.clientId);
    if (!id)
        return fail(id.error());
    if (Status s = writeTopics(m_session.db(), *id, consultation.topics); !s)
        return fail(s.error());
    if (Status s = search::NoteIndex(m_session.db())
                       .index(*id, search::NoteIndex::indexedText(consultation.notes, consultation.nextSteps));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return id;
}

Result<Consultation> ConsultationRepository::get(qint64 id) const
{
    Consultation c;
    auto found = repo::selectOne(m_session.db(), selectConsultations + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { c = consultationFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No consultation with number %1.").arg(id));
    return c;
}

Result<int> ConsultationRepository::update(const Consultation &consultation, const QString &reason) const
{
    auto existing = get(consultation.id);
    if (!existing)
        return fail(existing.error());
    if (Status s = repo::checkSameClient(existing->clientId, consultation.clientId); !s)
        return fail(s.error());
    if (Status s = repo::requireWritableClient(m_session, existing->clientId); !s)
        return fail(s.error());
    auto row = toRow(m_session, consultation);
    if (!row)
        return fail(row.error());

    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    auto changed = storage::RecordStore(m_session).update(table, entity, consultation.id, *row, reason,
                                                          existing->clientId, consultation.version);
    if (!changed)
        return fail(changed.error());
    if (consultation.topics != existing->topics) {
        if (Status s = writeTopics(m_session.db(), consultation.id, consultation.topics); !s)
            return fail(s.error());
    }
    if (Status s = search::NoteIndex(m_session.db())
                       .replace(consultation.id, search::NoteIndex::indexedText(existing->notes, existing->nextSteps),
                                search::NoteIndex::indexedText(consultation.notes, consultation.nextSteps));
        !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return changed;
}

Result<QList<Consultation>> ConsultationRepository::forClient(qint64 clientId) const
{
    QList<Consultation> all;
    if (Status s = repo::selectEach(
            m_session.db(),
            selectConsultations + QStringLiteral("WHERE client_id = ? ORDER BY started_at DESC, id DESC"), {clientId},
            [&](const QSqlQuery &q) { all << consultationFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

Result<std::optional<Channel>> ConsultationRepository::lastChannelUsedBy(qint64 staffId) const
{
    std::optional<Channel> channel;
    auto found = repo::selectOne(
        m_session.db(),
        QStringLiteral("SELECT channel FROM consultations WHERE staff_id = ? ORDER BY created_at DESC, id DESC LIMIT 1"),
        {staffId}, [&](const QSqlQuery &q) { channel = repo::optionalCode<Channel>(q.value(0)); });
    if (!found)
        return fail(found.error());
    return channel;
}

} // namespace tsunagu
