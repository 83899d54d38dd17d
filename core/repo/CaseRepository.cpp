// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseRepository.h"

#include "repo/RowHelpers.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <utility>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::CaseRepository", text);
}

const QString caseTable = QStringLiteral("support_cases");
const QString caseEntity = QStringLiteral("case");
const QString milestoneTable = QStringLiteral("case_milestones");
const QString milestoneEntity = QStringLiteral("case_milestone");

const text::TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), text::limits::note, false,
                              text::Lines::Multi};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

Result<storage::Row> caseRow(const storage::Database &db, const SupportCase &c)
{
    SupportCase clean = c;
    for (const Status &s : {repo::checkKnown(clean.goal, "goal", QT_TRANSLATE_NOOP("tsunagu::Fields", "Goal")),
                            repo::checkKnown(clean.stage, "stage", QT_TRANSLATE_NOOP("tsunagu::Fields", "Stage")),
                            repo::checkKnown(clean.outcome, "outcome", QT_TRANSLATE_NOOP("tsunagu::Fields", "Outcome")),
                            repo::checkValidDate(clean.openedOn, "opened_on",
                                                 QT_TRANSLATE_NOOP("tsunagu::Fields", "Opened on"))}) {
        if (!s)
            return fail(s.error());
    }
    if (clean.closedOn && !clean.closedOn->isValid())
        return fail(ErrorCode::Invalid, tr("The closing date is not a valid date."), QStringLiteral("closed_on"));
    if (clean.closedOn && *clean.closedOn < clean.openedOn)
        return fail(ErrorCode::Invalid,
                    tr("The case cannot close on %1, before it opened on %2.")
                        .arg(isoDate(*clean.closedOn), isoDate(clean.openedOn)),
                    QStringLiteral("closed_on"));
    if (clean.stage == CaseStage::Closed && !clean.closedOn)
        return fail(ErrorCode::Invalid, tr("Enter the date the case closed."), QStringLiteral("closed_on"));
    if (clean.closedOn && clean.stage != CaseStage::Closed)
        return fail(ErrorCode::Invalid,
                    tr("A case with a closing date is closed: set its stage to \"%1\", or clear the date to reopen it.")
                        .arg(label(CaseStage::Closed)),
                    QStringLiteral("stage"));
    if (clean.experienceScore
        && (*clean.experienceScore < minExperienceScore || *clean.experienceScore > maxExperienceScore))
        return fail(ErrorCode::Invalid,
                    tr("The experience score is from %1 to %2.").arg(minExperienceScore).arg(maxExperienceScore),
                    QStringLiteral("experience_score"));
    if (clean.nextFollowUp && !clean.nextFollowUp->isValid())
        return fail(ErrorCode::Invalid, tr("The next follow-up is not a valid date."), QStringLiteral("next_follow_up"));
    if (clean.nextFollowUp && *clean.nextFollowUp < clean.openedOn)
        return fail(ErrorCode::Invalid,
                    tr("The next follow-up (%1) is before the case opened (%2).")
                        .arg(isoDate(*clean.nextFollowUp), isoDate(clean.openedOn)),
                    QStringLiteral("next_follow_up"));
    if (Status s = repo::cleanFields({{&clean.note, &noteRule}}); !s)
        return fail(s.error());
    if (clean.staffId) {
        if (Status s = repo::checkStaff(db, *clean.staffId, "staff_id"); !s)
            return fail(s.error());
    }
    return storage::Row{{QStringLiteral("goal"), toCode(clean.goal)},
                        {QStringLiteral("stage"), toCode(clean.stage)},
                        {QStringLiteral("opened_on"), isoDate(clean.openedOn)},
                        {QStringLiteral("closed_on"), repo::dateOrNull(clean.closedOn)},
                        {QStringLiteral("outcome"), repo::codeOrNull(clean.outcome)},
                        {QStringLiteral("experience_score"), storage::orNull(clean.experienceScore)},
                        {QStringLiteral("next_follow_up"), repo::dateOrNull(clean.nextFollowUp)},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)},
                        {QStringLiteral("staff_id"), storage::orNull(clean.staffId)}};
}

Result<storage::Row> milestoneRow(const CaseMilestone &m)
{
    CaseMilestone clean = m;
    for (const Status &s : {repo::checkKnown(clean.kind, "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Milestone")),
                            repo::checkKnown(clean.result, "result", QT_TRANSLATE_NOOP("tsunagu::Fields", "Result"))}) {
        if (!s)
            return fail(s.error());
    }
    if (clean.dueOn && !clean.dueOn->isValid())
        return fail(ErrorCode::Invalid, tr("The due date is not a valid date."), QStringLiteral("due_on"));
    if (clean.doneOn && !clean.doneOn->isValid())
        return fail(ErrorCode::Invalid, tr("The date done is not a valid date."), QStringLiteral("done_on"));
    if (clean.result && !clean.doneOn)
        return fail(ErrorCode::Invalid, tr("Enter the date it was done to record a result."),
                    QStringLiteral("done_on"));
    if (Status s = repo::cleanFields({{&clean.note, &noteRule}}); !s)
        return fail(s.error());
    return storage::Row{{QStringLiteral("kind"), toCode(clean.kind)},
                        {QStringLiteral("due_on"), repo::dateOrNull(clean.dueOn)},
                        {QStringLiteral("done_on"), repo::dateOrNull(clean.doneOn)},
                        {QStringLiteral("result"), repo::codeOrNull(clean.result)},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)}};
}

const QString selectCases = QStringLiteral(
    "SELECT id, client_id, goal, stage, opened_on, closed_on, outcome, experience_score, next_follow_up, note, "
    "staff_id, created_at, updated_at, version FROM support_cases ");

SupportCase caseFrom(const QSqlQuery &q)
{
    SupportCase c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toLongLong();
    c.goal = repo::requiredCode(q.value(2), CaseGoal::Job);
    c.stage = repo::requiredCode(q.value(3), CaseStage::Intake);
    c.openedOn = repo::optionalDate(q.value(4)).value_or(QDate());
    c.closedOn = repo::optionalDate(q.value(5));
    c.outcome = repo::optionalCode<CaseOutcome>(q.value(6));
    c.experienceScore = repo::optionalInt(q.value(7));
    c.nextFollowUp = repo::optionalDate(q.value(8));
    c.note = q.value(9).toString();
    c.staffId = repo::optionalId(q.value(10));
    c.createdAt = q.value(11).toLongLong();
    c.updatedAt = q.value(12).toLongLong();
    c.version = q.value(13).toInt();
    return c;
}

const QString selectMilestones = QStringLiteral(
    "SELECT id, case_id, kind, due_on, done_on, result, note, created_at, updated_at, version FROM case_milestones ");

CaseMilestone milestoneFrom(const QSqlQuery &q)
{
    CaseMilestone m;
    m.id = q.value(0).toLongLong();
    m.caseId = q.value(1).toLongLong();
    m.kind = repo::requiredCode(q.value(2), MilestoneKind::Other);
    m.dueOn = repo::optionalDate(q.value(3));
    m.doneOn = repo::optionalDate(q.value(4));
    m.result = repo::optionalCode<MilestoneResult>(q.value(5));
    m.note = q.value(6).toString();
    m.createdAt = q.value(7).toLongLong();
    m.updatedAt = q.value(8).toLongLong();
    m.version = q.value(9).toInt();
    return m;
}

} // namespace

Status CaseRepository::validate(const SupportCase &supportCase) const
{
    auto row = caseRow(m_session.db(), supportCase);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> CaseRepository::create(const SupportCase &supportCase) const
{
    auto row = caseRow(m_session.db(), supportCase);
    if (!row)
        return fail(row.error());
    if (Status s = repo::requireWritableClient(m_session, supportCase.clientId); !s)
        return fail(s.error());
    row->insert(row->begin(), {QStringLiteral("client_id"), supportCase.clientId});
    return storage::RecordStore(m_session).insert(caseTable, caseEntity, *row, supportCase.clientId);
}

Result<SupportCase> CaseRepository::get(qint64 id) const
{
    SupportCase c;
    auto found = repo::selectOne(m_session.db(), selectCases + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { c = caseFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No support case with number %1.").arg(id));
    return c;
}

Result<int> CaseRepository::update(const SupportCase &supportCase, const QString &reason) const
{
    auto existing = get(supportCase.id);
    if (!existing)
        return fail(existing.error());
    if (Status s = repo::checkSameClient(existing->clientId, supportCase.clientId); !s)
        return fail(s.error());
    if (Status s = repo::requireWritableClient(m_session, existing->clientId); !s)
        return fail(s.error());
    auto row = caseRow(m_session.db(), supportCase);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(caseTable, caseEntity, supportCase.id, *row, reason,
                                                  existing->clientId, supportCase.version);
}

Result<QList<SupportCase>> CaseRepository::forClient(qint64 clientId) const
{
    QList<SupportCase> all;
    if (Status s = repo::selectEach(m_session.db(),
                                    selectCases + QStringLiteral("WHERE client_id = ? ORDER BY opened_on DESC, id DESC"),
                                    {clientId}, [&](const QSqlQuery &q) { all << caseFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

Result<qint64> CaseRepository::addMilestone(const CaseMilestone &milestone) const
{
    auto row = milestoneRow(milestone);
    if (!row)
        return fail(row.error());
    auto owner = get(milestone.caseId);
    if (!owner)
        return fail(owner.error().code == ErrorCode::NotFound
                        ? Error{ErrorCode::Invalid, owner.error().message, QStringLiteral("case_id")}
                        : owner.error());
    if (Status s = repo::requireWritableClient(m_session, owner->clientId); !s)
        return fail(s.error());
    row->insert(row->begin(), {QStringLiteral("case_id"), milestone.caseId});
    return storage::RecordStore(m_session).insert(milestoneTable, milestoneEntity, *row, owner->clientId);
}

Result<CaseMilestone> CaseRepository::milestone(qint64 id) const
{
    CaseMilestone m;
    auto found = repo::selectOne(m_session.db(), selectMilestones + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { m = milestoneFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No milestone with number %1.").arg(id));
    return m;
}

Result<int> CaseRepository::updateMilestone(const CaseMilestone &milestone, const QString &reason) const
{
    auto existing = this->milestone(milestone.id);
    if (!existing)
        return fail(existing.error());
    if (milestone.caseId != existing->caseId)
        return fail(ErrorCode::Invalid, tr("A milestone cannot be moved to another case."), QStringLiteral("case_id"));
    auto owner = get(existing->caseId);
    if (!owner)
        return fail(owner.error());
    if (Status s = repo::requireWritableClient(m_session, owner->clientId); !s)
        return fail(s.error());
    auto row = milestoneRow(milestone);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(milestoneTable, milestoneEntity, milestone.id, *row, reason,
                                                  owner->clientId, milestone.version);
}

Result<QList<CaseMilestone>> CaseRepository::milestones(qint64 caseId) const
{
    QList<CaseMilestone> all;
    if (Status s = repo::selectEach(m_session.db(),
                                    selectMilestones
                                        + QStringLiteral("WHERE case_id = ? ORDER BY due_on IS NULL, due_on, id"),
                                    {caseId}, [&](const QSqlQuery &q) { all << milestoneFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

Result<QList<qint64>> CaseRepository::scheduleRetentionChecks(qint64 caseId, QDate jobStart) const
{
    if (Status s = repo::checkValidDate(jobStart, "job_start", QT_TRANSLATE_NOOP("tsunagu::Fields", "Job start"));
        !s)
        return fail(s.error());
    auto owner = get(caseId);
    if (!owner)
        return fail(owner.error());
    if (Status s = repo::requireWritableClient(m_session, owner->clientId); !s)
        return fail(s.error());

    const std::pair<MilestoneKind, int> plan[] = {{MilestoneKind::JobStart, 0},
                                                  {MilestoneKind::Retention1m, 1},
                                                  {MilestoneKind::Retention3m, 3},
                                                  {MilestoneKind::Retention6m, 6},
                                                  {MilestoneKind::Retention12m, 12}};
    QVariantList kinds;
    for (const auto &[kind, months] : plan)
        kinds << toCode(kind);

    storage::Transaction tx(m_session.db());
    if (Status s = tx.begin(); !s)
        return fail(s.error());
    bool open = false;
    auto found = repo::selectOne(m_session.db(), QStringLiteral(
        "SELECT 1 FROM case_milestones WHERE case_id = ? AND done_on IS NULL AND kind IN (?, ?, ?, ?, ?) LIMIT 1"),
        QVariantList{caseId} + kinds, [&](const QSqlQuery &) { open = true; });
    if (!found)
        return fail(found.error());
    if (open)
        return fail(ErrorCode::Conflict,
                    tr("This case already has a job start or retention checks that are not done yet. Record or "
                       "correct them instead of scheduling new ones."));

    QList<qint64> ids;
    for (const auto &[kind, months] : plan) {
        CaseMilestone m;
        m.caseId = caseId;
        m.kind = kind;
        m.dueOn = jobStart.addMonths(months);
        auto id = addMilestone(m);
        if (!id)
            return fail(id.error());
        ids << *id;
    }
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    return ids;
}

} // namespace tsunagu
