// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgencyRepository.h"

#include "repo/RowHelpers.h"
#include "storage/RecordStore.h"
#include "text/Normalizer.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::AgencyRepository", text);
}

const QString table = QStringLiteral("agencies");
const QString entity = QStringLiteral("agency");

using text::TextRule;
namespace limits = text::limits;

const TextRule nameRule{"name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Agency name"), limits::name, true};
const TextRule municipalityRule{"municipality", QT_TRANSLATE_NOOP("tsunagu::Fields", "Municipality"), limits::shortText};
const TextRule addressRule{"address", QT_TRANSLATE_NOOP("tsunagu::Fields", "Address"), limits::address, false,
                           text::Lines::Multi};
const TextRule phoneRule{"phone", QT_TRANSLATE_NOOP("tsunagu::Fields", "Phone"), limits::phone};
const TextRule emailRule{"email", QT_TRANSLATE_NOOP("tsunagu::Fields", "E-mail"), limits::email};
const TextRule contactRule{"contact_name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Contact person"), limits::name};
const TextRule noteRule{"note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note"), limits::note, false, text::Lines::Multi};

Result<storage::Row> toRow(const Agency &a)
{
    Agency clean = a;
    if (Status s = repo::cleanFields({{&clean.name, &nameRule},
                                      {&clean.municipality, &municipalityRule},
                                      {&clean.address, &addressRule},
                                      {&clean.phone, &phoneRule},
                                      {&clean.email, &emailRule},
                                      {&clean.contactName, &contactRule},
                                      {&clean.note, &noteRule}});
        !s)
        return fail(s.error());
    for (const Status &s : {repo::checkKnown(clean.kind, "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of agency")),
                            repo::checkPrefecture(clean.prefecture), repo::checkPhoneIfAny(clean.phone),
                            repo::checkEmailIfAny(clean.email)}) {
        if (!s)
            return fail(s.error());
    }
    return storage::Row{{QStringLiteral("name"), clean.name},
                        {QStringLiteral("name_norm"), repo::textNotNull(text::searchKey(clean.name))},
                        {QStringLiteral("kind"), toCode(clean.kind)},
                        {QStringLiteral("prefecture"), repo::textOrNull(clean.prefecture)},
                        {QStringLiteral("municipality"), repo::textOrNull(clean.municipality)},
                        {QStringLiteral("address"), repo::textOrNull(clean.address)},
                        {QStringLiteral("phone"), repo::textOrNull(clean.phone)},
                        {QStringLiteral("email"), repo::textOrNull(clean.email)},
                        {QStringLiteral("contact_name"), repo::textOrNull(clean.contactName)},
                        {QStringLiteral("note"), repo::textOrNull(clean.note)},
                        {QStringLiteral("active"), clean.active ? 1 : 0}};
}

const QString selectAgencies = QStringLiteral(
    "SELECT id, name, kind, prefecture, municipality, address, phone, email, contact_name, note, active, "
    "created_at, updated_at, version FROM agencies ");

Agency agencyFrom(const QSqlQuery &q)
{
    Agency a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.kind = repo::requiredCode(q.value(2), AgencyKind::Other);
    a.prefecture = q.value(3).toString();
    a.municipality = q.value(4).toString();
    a.address = q.value(5).toString();
    a.phone = q.value(6).toString();
    a.email = q.value(7).toString();
    a.contactName = q.value(8).toString();
    a.note = q.value(9).toString();
    a.active = q.value(10).toBool();
    a.createdAt = q.value(11).toLongLong();
    a.updatedAt = q.value(12).toLongLong();
    a.version = q.value(13).toInt();
    return a;
}

} // namespace

Status AgencyRepository::validate(const Agency &agency) const
{
    auto row = toRow(agency);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> AgencyRepository::create(const Agency &agency) const
{
    auto row = toRow(agency);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).insert(table, entity, *row, std::nullopt);
}

Result<Agency> AgencyRepository::get(qint64 id) const
{
    Agency a;
    auto found = repo::selectOne(m_session.db(), selectAgencies + QStringLiteral("WHERE id = ?"), {id},
                                 [&](const QSqlQuery &q) { a = agencyFrom(q); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No agency with number %1.").arg(id));
    return a;
}

Result<int> AgencyRepository::update(const Agency &agency, const QString &reason) const
{
    if (auto existing = get(agency.id); !existing)
        return fail(existing.error());
    auto row = toRow(agency);
    if (!row)
        return fail(row.error());
    return storage::RecordStore(m_session).update(table, entity, agency.id, *row, reason, std::nullopt,
                                                  agency.version);
}

Result<QList<Agency>> AgencyRepository::search(const QString &text, std::optional<AgencyKind> kind) const
{
    if (Status s = repo::checkKnown(kind, "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of agency")); !s)
        return fail(s.error());
    const QString key = text::searchKey(text);
    // instr() rather than LIKE: the key is matched literally, '%' and '_' included.
    QString sql = selectAgencies + QStringLiteral("WHERE active = 1 AND instr(name_norm, ?) > 0 ");
    QVariantList values{key};
    if (kind) {
        sql += QStringLiteral("AND kind = ? ");
        values << toCode(*kind);
    }
    sql += QStringLiteral("ORDER BY instr(name_norm, ?) = 1 DESC, name_norm, id LIMIT ?");
    values << key << searchLimit;
    QList<Agency> found;
    if (Status s = repo::selectEach(m_session.db(), sql, values, [&](const QSqlQuery &q) { found << agencyFrom(q); });
        !s)
        return fail(s.error());
    return found;
}

Result<QList<Agency>> AgencyRepository::list(bool activeOnly) const
{
    const QString sql = selectAgencies + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString())
        + QStringLiteral("ORDER BY name_norm, id");
    QList<Agency> all;
    if (Status s = repo::selectEach(m_session.db(), sql, {}, [&](const QSqlQuery &q) { all << agencyFrom(q); }); !s)
        return fail(s.error());
    return all;
}

} // namespace tsunagu
