// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientRepository.h"

#include "privacy/ConsentRegistry.h"
#include "repo/RowHelpers.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Normalizer.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ClientRepository", text);
}

using repo::codeOrNull;
using repo::optionalCode;
using repo::textOrNull;
using text::Lines;
using text::TextRule;
namespace limits = text::limits;

const TextRule nameRule{"name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Name"), limits::name, true};
const TextRule kanaRule{"name_kana", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reading (furigana)"), limits::reading};
const TextRule municipalityRule{"municipality", QT_TRANSLATE_NOOP("tsunagu::Fields", "Municipality"), limits::shortText};
const TextRule phoneRule{"phone", QT_TRANSLATE_NOOP("tsunagu::Fields", "Phone"), limits::phone};
const TextRule emailRule{"email", QT_TRANSLATE_NOOP("tsunagu::Fields", "E-mail"), limits::email};
const TextRule addressRule{"address", QT_TRANSLATE_NOOP("tsunagu::Fields", "Address"), limits::address, false, Lines::Multi};
const TextRule emergencyRule{"emergency_contact", QT_TRANSLATE_NOOP("tsunagu::Fields", "Emergency contact"),
                             limits::shortText};
const TextRule gradeRule{"certificate_grade", QT_TRANSLATE_NOOP("tsunagu::Fields", "Certificate grade"), 20};

const QStringList columns{
    QStringLiteral("name"), QStringLiteral("name_kana"), QStringLiteral("name_norm"), QStringLiteral("kana_norm"),
    QStringLiteral("birth_date"), QStringLiteral("sex"), QStringLiteral("prefecture"), QStringLiteral("municipality"),
    QStringLiteral("phone"), QStringLiteral("phone_norm"), QStringLiteral("email"), QStringLiteral("address"),
    QStringLiteral("emergency_contact"), QStringLiteral("certificate_kind"), QStringLiteral("certificate_grade"),
    QStringLiteral("employment_status"), QStringLiteral("confidential_address"), QStringLiteral("stop_use"),
    QStringLiteral("exclude_from_statistics"), QStringLiteral("intake_age_band")};

// Cleans every field, refusing what cannot be stored; returns the row to write.
Result<storage::Row> toRow(const Client &c, QDate today, std::optional<int> intakeAgeBand)
{
    Client clean = c;
    if (Status s = repo::cleanFields({{&clean.name, &nameRule},
                                      {&clean.nameKana, &kanaRule},
                                      {&clean.municipality, &municipalityRule},
                                      {&clean.phone, &phoneRule},
                                      {&clean.email, &emailRule},
                                      {&clean.address, &addressRule},
                                      {&clean.emergencyContact, &emergencyRule},
                                      {&clean.certificateGrade, &gradeRule}});
        !s)
        return fail(s.error());
    for (const Status &s : {repo::checkKnown(clean.sex, "sex", QT_TRANSLATE_NOOP("tsunagu::Fields", "Sex")),
                            repo::checkKnown(clean.certificateKind, "certificate_kind",
                                             QT_TRANSLATE_NOOP("tsunagu::Fields", "Disability certificate")),
                            repo::checkKnown(clean.employmentStatus, "employment_status",
                                             QT_TRANSLATE_NOOP("tsunagu::Fields", "Employment status"))}) {
        if (!s)
            return fail(s.error());
    }
    if (Status s = repo::checkKanaReading(clean.nameKana); !s)
        return fail(s.error());
    if (clean.birthDate) {
        if (Status s = text::checkBirthDate(*clean.birthDate, today); !s)
            return fail(s.error());
    }
    for (const Status &s : {repo::checkPrefecture(clean.prefecture), repo::checkEmailIfAny(clean.email),
                            repo::checkPhoneIfAny(clean.phone)}) {
        if (!s)
            return fail(s.error());
    }
    const QString phoneKey = text::phoneKey(clean.phone);

    using storage::Row;
    const auto flag = [](bool b) { return QVariant(b ? 1 : 0); };
    return Row{{columns[0], clean.name},
               {columns[1], repo::textNotNull(clean.nameKana)},
               {columns[2], repo::textNotNull(text::searchKey(clean.name))},
               {columns[3], repo::textNotNull(text::searchKey(clean.nameKana))},
               {columns[4], repo::dateOrNull(clean.birthDate)},
               {columns[5], codeOrNull(clean.sex)},
               {columns[6], textOrNull(clean.prefecture)},
               {columns[7], textOrNull(clean.municipality)},
               {columns[8], textOrNull(clean.phone)},
               {columns[9], textOrNull(phoneKey)},
               {columns[10], textOrNull(clean.email)},
               {columns[11], textOrNull(clean.address)},
               {columns[12], textOrNull(clean.emergencyContact)},
               {columns[13], codeOrNull(clean.certificateKind)},
               {columns[14], textOrNull(clean.certificateGrade)},
               {columns[15], codeOrNull(clean.employmentStatus)},
               {columns[16], flag(clean.confidentialAddress)},
               {columns[17], flag(clean.stopUse)},
               {columns[18], flag(clean.excludeFromStatistics)},
               {columns[19], intakeAgeBand ? QVariant(*intakeAgeBand) : storage::nullValue()}};
}

std::optional<int> ageBand(const std::optional<QDate> &birth, QDate on)
{
    if (!birth)
        return std::nullopt;
    const int age = ageOn(*birth, on);
    return age < 0 ? std::nullopt : std::optional<int>(age / 10 * 10);
}

} // namespace

Status ClientRepository::validate(const Client &client) const
{
    auto row = toRow(client, m_session.clock().today(), std::nullopt);
    if (!row)
        return fail(row.error());
    return {};
}

Result<qint64> ClientRepository::create(const Client &client) const
{
    // PRIVACY.md rule 9: the disability certificate is health information; it
    // can be recorded only after the person's consent, so never at registration.
    if ((client.certificateKind && *client.certificateKind != CertificateKind::None)
        || !client.certificateGrade.trimmed().isEmpty())
        return fail(ErrorCode::Refused,
                    tr("The disability certificate is health information: register the person first, record their "
                       "consent to keep health information, then add the certificate."),
                    QStringLiteral("certificate_kind"));
    const QDate today = m_session.clock().today();
    auto row = toRow(client, today, ageBand(client.birthDate, today));
    if (!row)
        return fail(row.error());
    storage::RecordStore store(m_session);
    auto id = store.insert(QStringLiteral("clients"), QStringLiteral("client"), *row, std::nullopt);
    if (!id)
        return fail(id.error());
    return id;
}

Result<Client> ClientRepository::get(qint64 id) const
{
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "SELECT id, name, name_kana, birth_date, sex, prefecture, municipality, phone, email, address, "
        "emergency_contact, certificate_kind, certificate_grade, employment_status, confidential_address, "
        "stop_use, exclude_from_statistics, erased_at, created_at, updated_at, version FROM clients WHERE id = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("No client with number %1.").arg(id));
    Client c;
    c.id = q->value(0).toLongLong();
    c.name = q->value(1).toString();
    c.nameKana = q->value(2).toString();
    c.birthDate = repo::optionalDate(q->value(3));
    c.sex = optionalCode<Sex>(q->value(4));
    c.prefecture = q->value(5).toString();
    c.municipality = q->value(6).toString();
    c.phone = q->value(7).toString();
    c.email = q->value(8).toString();
    c.address = q->value(9).toString();
    c.emergencyContact = q->value(10).toString();
    c.certificateKind = optionalCode<CertificateKind>(q->value(11));
    c.certificateGrade = q->value(12).toString();
    c.employmentStatus = optionalCode<EmploymentStatus>(q->value(13));
    c.confidentialAddress = q->value(14).toBool();
    c.stopUse = q->value(15).toBool();
    c.excludeFromStatistics = q->value(16).toBool();
    if (!q->value(17).isNull())
        c.erasedAt = q->value(17).toLongLong();
    c.createdAt = q->value(18).toLongLong();
    c.updatedAt = q->value(19).toLongLong();
    c.version = q->value(20).toInt();
    return c;
}

Result<int> ClientRepository::update(const Client &client, const QString &reason) const
{
    auto existing = get(client.id);
    if (!existing)
        return fail(existing.error());
    if (existing->isErased())
        return fail(ErrorCode::Refused, tr("This client's data was erased; the record cannot be edited."));
    // The intake age band is fixed at registration, unless the birth date is corrected.
    std::optional<int> band;
    {
        auto q = storage::prepare(m_session.db(), QStringLiteral("SELECT intake_age_band FROM clients WHERE id = ?"));
        if (!q)
            return fail(q.error());
        q->addBindValue(client.id);
        if (Status s = storage::exec(*q); !s)
            return fail(s.error());
        if (q->next() && !q->value(0).isNull())
            band = q->value(0).toInt();
    }
    if (client.birthDate != existing->birthDate)
        band = ageBand(client.birthDate, jst::dateOf(existing->createdAt));
    if (client.certificateKind != existing->certificateKind
        || client.certificateGrade.trimmed() != existing->certificateGrade) {
        if (Status s = privacy::ConsentRegistry(m_session).requireHealthConsent(client.id); !s)
            return fail(s.error());
    }
    auto row = toRow(client, m_session.clock().today(), band);
    if (!row)
        return fail(row.error());
    storage::RecordStore store(m_session);
    return store.update(QStringLiteral("clients"), QStringLiteral("client"), client.id, *row, reason, client.id,
                        client.version);
}

Result<QList<ClientSummary>> ClientRepository::findDuplicates(const Client &client) const
{
    const QString kana = text::searchKey(client.nameKana);
    const QString phone = text::phoneKey(client.phone);
    auto q = storage::prepare(m_session.db(), QStringLiteral(
        "SELECT id, name, name_kana, birth_date, confidential_address, stop_use FROM clients "
        "WHERE erased_at IS NULL AND id <> ? AND ("
        "  (kana_norm <> '' AND kana_norm = ? AND birth_date = ?)"
        "  OR (phone_norm IS NOT NULL AND phone_norm = ?)) "
        "ORDER BY kana_norm, id LIMIT 20"));
    if (!q)
        return fail(q.error());
    q->addBindValue(client.id);
    q->addBindValue(kana);
    q->addBindValue(repo::dateOrNull(client.birthDate));
    q->addBindValue(phone.size() >= 3 ? QVariant(phone) : storage::nullValue());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QList<ClientSummary> found;
    while (q->next()) {
        ClientSummary s;
        s.id = q->value(0).toLongLong();
        s.name = q->value(1).toString();
        s.nameKana = q->value(2).toString();
        s.birthDate = repo::optionalDate(q->value(3));
        s.confidentialAddress = q->value(4).toBool();
        s.stopUse = q->value(5).toBool();
        found << s;
    }
    return found;
}

Result<qint64> ClientRepository::count() const
{
    auto q = storage::prepare(m_session.db(), QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NULL"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    q->next();
    return q->value(0).toLongLong();
}

} // namespace tsunagu
