// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowHelpers.h"

#include "common/Session.h"
#include "domain/Prefectures.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu::repo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::repo", text);
}

Result<QSqlQuery> run(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    for (const QVariant &v : values)
        q->addBindValue(v);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    return q;
}
} // namespace

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? storage::nullValue() : QVariant(s);
}

QVariant textNotNull(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant dateOrNull(const std::optional<QDate> &date)
{
    return date ? QVariant(date->toString(Qt::ISODate)) : storage::nullValue();
}

std::optional<QDate> optionalDate(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

std::optional<qint64> optionalId(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<int> optionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

Status cleanFields(std::initializer_list<TextField> fields)
{
    for (const TextField &f : fields) {
        auto cleaned = text::cleanText(*f.value, *f.rule);
        if (!cleaned)
            return fail(cleaned.error());
        *f.value = *cleaned;
    }
    return {};
}

Error unknownValue(const char *field, const char *label)
{
    return Error{ErrorCode::Invalid, tr("%1: choose one of the listed values.").arg(text::fieldLabel(label)),
                 QString::fromLatin1(field)};
}

Status checkKanaReading(const QString &reading)
{
    if (!reading.isEmpty() && !text::isKanaReading(reading))
        return fail(ErrorCode::Invalid, tr("The reading must be written in kana (hiragana or katakana)."),
                    QStringLiteral("name_kana"));
    return {};
}

Status checkPrefecture(const QString &prefecture)
{
    if (!prefecture.isEmpty() && !isPrefecture(prefecture))
        return fail(ErrorCode::Invalid, tr("\"%1\" is not a prefecture of Japan.").arg(prefecture.left(20)),
                    QStringLiteral("prefecture"));
    return {};
}

Status checkEmailIfAny(const QString &email)
{
    return email.isEmpty() ? Status() : text::checkEmail(email);
}

Status checkPhoneIfAny(const QString &phone)
{
    if (!phone.isEmpty() && text::phoneKey(phone).size() < 3)
        return fail(ErrorCode::Invalid, tr("The phone number has too few digits."), QStringLiteral("phone"));
    return {};
}

Status checkValidDate(const QDate &date, const char *field, const char *label)
{
    if (!date.isValid())
        return fail(ErrorCode::Invalid, tr("%1 is required.").arg(text::fieldLabel(label)),
                    QString::fromLatin1(field));
    return {};
}

Status requireWritableClient(const Session &session, qint64 clientId)
{
    std::optional<qint64> erasedAt;
    auto found = selectOne(session.db(), QStringLiteral("SELECT erased_at FROM clients WHERE id = ?"), {clientId},
                           [&](const QSqlQuery &q) { erasedAt = optionalId(q.value(0)); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("No client with number %1.").arg(clientId), QStringLiteral("client_id"));
    if (erasedAt)
        return fail(ErrorCode::Refused, tr("This client's data was erased; nothing more can be recorded about them."),
                    QStringLiteral("client_id"));
    return {};
}

Status checkStaff(const storage::Database &db, qint64 staffId, const char *field)
{
    auto found = selectOne(db, QStringLiteral("SELECT 1 FROM staff WHERE id = ?"), {staffId}, [](const QSqlQuery &) {});
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::Invalid, tr("No staff member with number %1.").arg(staffId), QString::fromLatin1(field));
    return {};
}

Status checkCaseOfClient(const storage::Database &db, const std::optional<qint64> &caseId, qint64 clientId)
{
    if (!caseId)
        return {};
    qint64 owner = 0;
    auto found = selectOne(db, QStringLiteral("SELECT client_id FROM support_cases WHERE id = ?"), {*caseId},
                           [&](const QSqlQuery &q) { owner = q.value(0).toLongLong(); });
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(ErrorCode::Invalid, tr("No support case with number %1.").arg(*caseId), QStringLiteral("case_id"));
    if (owner != clientId)
        return fail(ErrorCode::Invalid, tr("Support case %1 belongs to another client.").arg(*caseId),
                    QStringLiteral("case_id"));
    return {};
}

Status checkSameClient(qint64 stored, qint64 given)
{
    if (given != stored)
        return fail(ErrorCode::Invalid, tr("A record cannot be moved to another client."), QStringLiteral("client_id"));
    return {};
}

Status selectEach(const storage::Database &db, const QString &sql, const QVariantList &values, const RowReader &read)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    while (q->next())
        read(*q);
    return {};
}

Result<bool> selectOne(const storage::Database &db, const QString &sql, const QVariantList &values,
                       const RowReader &read)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    if (!q->next())
        return false;
    read(*q);
    return true;
}

Status execute(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    return {};
}

Result<qint64> insertReturningId(const storage::Database &db, const QString &sql, const QVariantList &values)
{
    auto q = run(db, sql, values);
    if (!q)
        return fail(q.error());
    return q->lastInsertId().toLongLong();
}

} // namespace tsunagu::repo
