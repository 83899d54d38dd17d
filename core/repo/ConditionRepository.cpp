// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConditionRepository.h"

#include "privacy/ConsentRegistry.h"
#include "repo/RowHelpers.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ConditionRepository", text);
}

const QString table = QStringLiteral("client_conditions");
const QString entity = QStringLiteral("condition");

const text::TextRule designatedNameRule{"designated_name",
                                        QT_TRANSLATE_NOOP("tsunagu::Fields", "Designated disease name"),
                                        text::limits::shortText};
const text::TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), text::limits::note, false,
                              text::Lines::Multi};

Result<storage::Row> toRow(const Condition &c)
{
    Condition clean = c;
    if (Status s = repo::checkKnown(clean.diseaseGroup, "disease_group",
                                    QT_TRANSLATE_NOOP("tsunagu::Fields", "Disease group"));
        !s)
        return fail(s.error());
    if (clean.designatedNumber && !designated::isValidNumber(*clean.designatedNumber))
        return fail(ErrorCode::Invalid,
                    tr("%1 is not a designated intractable disease number (%2 to %3, or %4).")
                        .arg(*clean.designatedNumber)
                        .arg(designated::firstNumber)
                        .arg(designated::lastNumber)
                        .arg(designated::otherNumber),
                    QStringLiteral("designated_number"));
    if (Status s = repo::cleanFields({{&clean.designatedName, &designatedNameRule}, {&clean.note, &noteRule}}); !s)
        return fail(s.error());
    return storage::Row{{QStringLiteral("disease_group"), toCode(clean.diseaseGroup)},
                        {QStringLiteral("designated_number"), storage::orNull(clean.designatedNumber)},
                        {QStringLiteral("designated_name"), repo::textOrNull(clean.designatedName)},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)}};
}

const QString selectConditions = QStringLiteral(
    "SELECT id, client_id, disease_group, designated_number, designated_name, note, created_at, updated_at, "
    "version FROM client_conditions ");

Condition conditionFrom(const QSqlQuery &q)
{
    Condition c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toLongLong();
    c.diseaseGroup = repo::requiredCode(q.value(2), DiseaseGroup::OtherChronic);
    c.designatedNumber = repo::optionalInt(q.value(3));
    c.designatedName = q.value(4).toString();
    c.note = q.value(5).toString();
    c.createdAt = q.value(6).toLongLong();
    c.updatedAt = q.value(7).toLongLong();
    c.version = q.value(8).toInt();
    return c;
}

} // namespace

Status ConditionRepository::validate(const Condition &condition) const
{
    auto row = toRow(condition);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> ConditionRepository::create(const Condition &condition) const
{
    if (Status s = repo::requireWritableClient(m_session, condition.clientId); !s)
        return fail(s.error());
    // PRIVACY.md rule 9: no health data before the consent to acquire it.
    if (Status s = privacy::ConsentRegistry(m_session).requireHealthConsent(condition.clientId); !s)
        return fail(s.error());
    auto row = toRow(condition);
    if (!row)
        return fail(row.error());
    row->insert(row->begin(), {QStringLiteral("client_id"), condition.clientId});
    return storage::RecordStore(m_session).insert(table, entity, *row, condition.clientId);
}

Result<Condition> ConditionRepository::get(qint64 id) const
{
    Condition c;
    auto found = repo::selectOne(m_session.db(), selectConditions + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { c = conditionFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No health condition with number %1.").arg(id));
    return c;
}

Result<int> ConditionRepository::update(const Condition &condition, const QString &reason) const
{
    auto existing = get(condition.id);
    if (!existing)
        return fail(existing.error());
    if (Status s = repo::checkSameClient(existing->clientId, condition.clientId); !s)
        return fail(s.error());
    if (Status s = repo::requireWritableClient(m_session, existing->clientId); !s)
        return fail(s.error());
    if (Status s = privacy::ConsentRegistry(m_session).requireHealthConsent(existing->clientId); !s)
        return fail(s.error());
    auto row = toRow(condition);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(table, entity, condition.id, *row, reason, existing->clientId,
                                                  condition.version);
}

Result<QList<Condition>> ConditionRepository::forClient(qint64 clientId) const
{
    QList<Condition> all;
    if (Status s = repo::selectEach(m_session.db(), selectConditions + QStringLiteral("WHERE client_id = ? ORDER BY id"),
                                    {clientId}, [&](const QSqlQuery &q) { all << conditionFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

} // namespace tsunagu
