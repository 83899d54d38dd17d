// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactPersonRepository.h"

#include "repo/RowHelpers.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ContactPersonRepository", text);
}

const QString table = QStringLiteral("contact_persons");
const QString entity = QStringLiteral("contact_person");

using text::TextRule;
namespace limits = text::limits;

const TextRule nameRule{"name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Name"), limits::name, true};
const TextRule kanaRule{"name_kana", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reading (furigana)"), limits::reading};
const TextRule phoneRule{"phone", QT_TRANSLATE_NOOP("tsunagu::Fields", "Phone"), limits::phone};
const TextRule emailRule{"email", QT_TRANSLATE_NOOP("tsunagu::Fields", "E-mail"), limits::email};
const TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), limits::note, false, text::Lines::Multi};

Result<storage::Row> toRow(const ContactPerson &p)
{
    ContactPerson clean = p;
    if (Status s = repo::cleanFields({{&clean.name, &nameRule},
                                      {&clean.nameKana, &kanaRule},
                                      {&clean.phone, &phoneRule},
                                      {&clean.email, &emailRule},
                                      {&clean.note, &noteRule}});
        !s)
        return fail(s.error());
    for (const Status &s : {repo::checkKnown(clean.relationship, "relationship",
                                             QT_TRANSLATE_NOOP("tsunagu::Fields", "Relationship")),
                            repo::checkKanaReading(clean.nameKana), repo::checkPhoneIfAny(clean.phone),
                            repo::checkEmailIfAny(clean.email)}) {
        if (!s)
            return fail(s.error());
    }
    return storage::Row{{QStringLiteral("name"), clean.name},
                        {QStringLiteral("name_kana"), repo::textNotNull(clean.nameKana)},
                        {QStringLiteral("relationship"), toCode(clean.relationship)},
                        {QStringLiteral("phone"), repo::textOrNull(clean.phone)},
                        {QStringLiteral("email"), repo::textOrNull(clean.email)},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)}};
}

const QString selectPersons = QStringLiteral(
    "SELECT id, client_id, name, name_kana, relationship, phone, email, note, created_at, updated_at, version "
    "FROM contact_persons ");

ContactPerson personFrom(const QSqlQuery &q)
{
    ContactPerson p;
    p.id = q.value(0).toLongLong();
    p.clientId = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.nameKana = q.value(3).toString();
    p.relationship = repo::requiredCode(q.value(4), Relationship::Other);
    p.phone = q.value(5).toString();
    p.email = q.value(6).toString();
    p.note = q.value(7).toString();
    p.createdAt = q.value(8).toLongLong();
    p.updatedAt = q.value(9).toLongLong();
    p.version = q.value(10).toInt();
    return p;
}

} // namespace

Status ContactPersonRepository::validate(const ContactPerson &person) const
{
    auto row = toRow(person);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> ContactPersonRepository::create(const ContactPerson &person) const
{
    auto row = toRow(person);
    if (!row)
        return fail(row.error());
    if (Status s = repo::requireWritableClient(m_session, person.clientId); !s)
        return fail(s.error());
    row->insert(row->begin(), {QStringLiteral("client_id"), person.clientId});
    return storage::RecordStore(m_session).insert(table, entity, *row, person.clientId);
}

Result<ContactPerson> ContactPersonRepository::get(qint64 id) const
{
    ContactPerson p;
    auto found = repo::selectOne(m_session.db(), selectPersons + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { p = personFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No contact person with number %1.").arg(id));
    return p;
}

Result<int> ContactPersonRepository::update(const ContactPerson &person, const QString &reason) const
{
    auto existing = get(person.id);
    if (!existing)
        return fail(existing.error());
    if (Status s = repo::checkSameClient(existing->clientId, person.clientId); !s)
        return fail(s.error());
    if (Status s = repo::requireWritableClient(m_session, existing->clientId); !s)
        return fail(s.error());
    auto row = toRow(person);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(table, entity, person.id, *row, reason, existing->clientId,
                                                  person.version);
}

Result<QList<ContactPerson>> ContactPersonRepository::forClient(qint64 clientId) const
{
    QList<ContactPerson> all;
    if (Status s = repo::selectEach(m_session.db(), selectPersons + QStringLiteral("WHERE client_id = ? ORDER BY id"),
                                    {clientId}, [&](const QSqlQuery &q) { all << personFrom(q); });
        !s)
        return fail(s.error());
    return all;
}

} // namespace tsunagu
