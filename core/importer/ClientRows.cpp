// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientRows.h"

#include "importer/JapaneseDate.h"
#include "importer/Vocabulary.h"
#include "repo/ClientRepository.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::ClientRows", text);
}

constexpr ImportKind kind = ImportKind::Clients;

const text::TextRule externalIdRule { "external_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "ID in the sheet"), 64 };

// How a value is bound, as the repositories bind it: empty text is NULL in a
// nullable column and '' in a NOT NULL one.
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant textNotNull(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

template <typename E> QVariant codeOrNull(const std::optional<E> &v)
{
    return v ? QVariant(toCode(*v)) : QVariant();
}

} // namespace

Status ClientRows::prepare()
{
    if (Status s = m_existing.load(session().db()); !s)
        return s;
    auto q = storage::prepare(session().db(),
        QStringLiteral(
            "INSERT INTO clients (name, name_kana, name_norm, kana_norm, birth_date, sex, prefecture, municipality, "
            "phone, phone_norm, email, address, emergency_contact, certificate_kind, certificate_grade, "
            "employment_status, confidential_address, stop_use, exclude_from_statistics, intake_age_band, external_id, "
            "created_at, updated_at, created_by, updated_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return fail(q.error());
    m_insert = std::move(*q);
    return {};
}

RowOutcome ClientRows::check(const SourceRow &row)
{
    QStringList reasons;
    Client c;
    c.name = cleanCell(row, Field::Name);
    c.nameKana = cleanCell(row, Field::Reading);
    if (const QString birth = row.raw(Field::BirthDate).trimmed();
        !birth.isEmpty() && !Vocabulary::isPlaceholder(birth)) {
        auto date = JapaneseDate::parseDate(birth);
        if (date)
            c.birthDate = *date;
        else
            reasons << reason(kind, Field::BirthDate, date.error().message);
    }
    c.sex = choice<Sex>(kind, row, Field::Sex, &Vocabulary::sex, "sex", reasons);
    c.phone = cleanCell(row, Field::Phone);
    c.email = cleanCell(row, Field::Email);
    c.address = cleanCell(row, Field::Address, text::Lines::Multi);
    c.prefecture = Vocabulary::completePrefecture(cleanCell(row, Field::Prefecture));
    c.municipality = cleanCell(row, Field::Municipality);
    c.emergencyContact = cleanCell(row, Field::EmergencyContact);
    c.certificateKind = choice<CertificateKind>(
        kind, row, Field::CertificateKind, &Vocabulary::certificateKind, "certificate_kind", reasons);
    c.certificateGrade = cleanCell(row, Field::CertificateGrade);
    c.employmentStatus = choice<EmploymentStatus>(
        kind, row, Field::EmploymentStatus, &Vocabulary::employmentStatus, "employment_status", reasons);
    QString externalId;
    if (auto id = text::cleanText(row.raw(Field::ExternalId), externalIdRule); id)
        externalId = ClientIndex::normalizedId(*id);
    else
        reasons << id.error().message;

    // The rules of manual entry, not a copy of them.
    if (Status s = ClientRepository(session()).validate(c); !s)
        reasons << s.error().message;
    // PRIVACY.md rule 9, which ClientRepository::create applies outside validate():
    // a disability certificate is health information, never recorded at registration.
    // TODO(lead): move that check into ClientRepository::validate (or a validateNew)
    // and drop this copy.
    if ((c.certificateKind && *c.certificateKind != CertificateKind::None) || !c.certificateGrade.isEmpty())
        reasons << reason(kind, c.certificateKind ? Field::CertificateKind : Field::CertificateGrade,
            tr("a disability certificate is health information and cannot be recorded when a person "
               "is registered: record their consent in Tsunagu first, then add it. Map the column to "
               "\"ignore\" (--mapping) to import the rest."));
    if (!reasons.isEmpty())
        return RowOutcome::rejected(reasons);

    const QString nameKey = text::searchKey(c.name);
    const QString readingKey = text::searchKey(c.nameKana);
    const QString phoneKey = text::phoneKey(c.phone);
    if (auto earlier = m_inFile.byExternalId(externalId))
        return RowOutcome::rejected(
            { tr("The ID \"%1\" is also used on line %2.").arg(externalId, QString::number(earlier->id)) });
    if (auto known = m_existing.byExternalId(externalId)) {
        if (known->erased)
            return RowOutcome::alreadyPresent(
                tr("client %1 had this ID and was erased at the person's request; not imported again").arg(known->id),
                known->id);
        return RowOutcome::alreadyPresent(tr("already present as client %1 (same ID)").arg(known->id), known->id);
    }
    if (const auto twins = m_inFile.samePerson(externalId, nameKey, readingKey, c.birthDate, phoneKey);
        !twins.isEmpty())
        return RowOutcome::rejected({ tr("The same person as line %1 (same name or reading, and the same birth date "
                                         "or phone). Remove one of the rows; if they are different people, give each "
                                         "a different ID in an ID column.")
                                          .arg(twins.first().id) });
    if (const auto same = m_existing.samePerson(externalId, nameKey, readingKey, c.birthDate, phoneKey);
        !same.isEmpty())
        return RowOutcome::alreadyPresent(
            tr("already present as client %1 (same name or reading, and the same birth date or phone)")
                .arg(same.first().id),
            same.first().id);

    m_inFile.add({ row.line, externalId, false }, nameKey, readingKey, c.birthDate, phoneKey);
    m_pending = c;
    m_pendingExternalId = externalId;
    return {};
}

Status ClientRows::write()
{
    const Client &c = m_pending;
    const qint64 now = session().nowMs();
    const QDate today = session().clock().today();
    QVariant ageBand;
    if (c.birthDate) {
        const int age = ageOn(*c.birthDate, today);
        if (age >= 0)
            ageBand = age / 10 * 10;
    }
    const QVariantList values {
        textNotNull(c.name),
        textNotNull(c.nameKana),
        textNotNull(text::searchKey(c.name)),
        textNotNull(text::searchKey(c.nameKana)),
        c.birthDate ? QVariant(c.birthDate->toString(Qt::ISODate)) : QVariant(),
        codeOrNull(c.sex),
        textOrNull(c.prefecture),
        textOrNull(c.municipality),
        textOrNull(c.phone),
        textOrNull(text::phoneKey(c.phone)),
        textOrNull(c.email),
        textOrNull(c.address),
        textOrNull(c.emergencyContact),
        codeOrNull(c.certificateKind),
        textOrNull(c.certificateGrade),
        codeOrNull(c.employmentStatus),
        ageBand,
        textOrNull(m_pendingExternalId),
        now,
        now,
        session().staffId(),
        session().staffId(),
    };
    for (int i = 0; i < values.size(); ++i)
        m_insert->bindValue(i, values.at(i));
    if (Status s = storage::exec(*m_insert); !s)
        return s;
    const qint64 id = m_insert->lastInsertId().toLongLong();
    if (m_firstId == 0)
        m_firstId = id;
    m_lastId = id;
    return {};
}

QJsonObject ClientRows::auditDetail() const
{
    QJsonObject detail;
    if (m_firstId > 0) {
        // One write transaction holds the database: the new ids are consecutive.
        detail.insert(QStringLiteral("first_client_id"), m_firstId);
        detail.insert(QStringLiteral("last_client_id"), m_lastId);
    }
    return detail;
}

} // namespace tsunagu::importer
