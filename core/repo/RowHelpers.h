// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to core/repo: what every repository needs to turn a domain struct
// into a row and a row back into a struct, and the checks they share. Not part
// of the core's API; only repository sources include it.

#include "common/Error.h"
#include "domain/Enums.h"
#include "text/Validation.h"

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>
#include <initializer_list>
#include <optional>

class QSqlQuery;

namespace tsunagu {
class Session;
namespace storage {
class Database;
}
} // namespace tsunagu

namespace tsunagu::repo {

// ---- values to columns -----------------------------------------------------

// Empty text as NULL, for nullable columns.
QVariant textOrNull(const QString &s);
// Empty text as '' (never NULL: a null QString binds as NULL), for NOT NULL columns.
QVariant textNotNull(const QString &s);
QVariant dateOrNull(const std::optional<QDate> &date);

template <typename E>
QVariant codeOrNull(const std::optional<E> &v)
{
    return v ? QVariant(toCode(*v)) : textOrNull(QString());
}

// ---- columns to values -----------------------------------------------------

std::optional<QDate> optionalDate(const QVariant &v);
std::optional<qint64> optionalId(const QVariant &v);
std::optional<int> optionalInt(const QVariant &v);

// An enum column that may be NULL; an unknown code reads as empty.
template <typename E>
std::optional<E> optionalCode(const QVariant &v)
{
    return v.isNull() ? std::nullopt : fromCode<E>(v.toString());
}

// A NOT NULL enum column; `fallback` only for a code this version does not know.
template <typename E>
E requiredCode(const QVariant &v, E fallback)
{
    return fromCode<E>(v.toString()).value_or(fallback);
}

template <typename E>
EnumSet<E> codeSet(const QVariant &v)
{
    return EnumSet<E>::fromCodes(v.toString()).value_or(EnumSet<E>());
}

// ---- validation ------------------------------------------------------------

// Cleans several text fields in place (text::cleanText), stopping at the first
// refusal.
struct TextField {
    QString *value;
    const text::TextRule *rule;
};
Status cleanFields(std::initializer_list<TextField> fields);

// A value outside its vocabulary (e.g. a cast from a stale integer).
Error unknownValue(const char *field, const char *label);

template <typename E>
bool isKnown(E v)
{
    return static_cast<std::size_t>(v) < enumCount<E>();
}

template <typename E>
bool isKnown(const std::optional<E> &v)
{
    return !v || isKnown(*v);
}

template <typename E>
bool isKnown(const EnumSet<E> &set)
{
    return (set.bits() >> enumCount<E>()) == 0;
}

template <typename V>
Status checkKnown(const V &value, const char *field, const char *label)
{
    if (!isKnown(value))
        return fail(unknownValue(field, label));
    return {};
}

Status checkKanaReading(const QString &reading);         // empty is fine; field name_kana
Status checkPrefecture(const QString &prefecture);       // empty is fine
Status checkEmailIfAny(const QString &email);            // empty is fine
Status checkPhoneIfAny(const QString &phone);            // empty is fine
Status checkValidDate(const QDate &date, const char *field, const char *label); // required date

// The client exists and has not been erased: records about them may be written.
Status requireWritableClient(const Session &session, qint64 clientId);
// The staff member exists (an Invalid error on `field` otherwise).
Status checkStaff(const storage::Database &db, qint64 staffId, const char *field);
// The support case exists and is the client's (an Invalid error on case_id otherwise).
Status checkCaseOfClient(const storage::Database &db, const std::optional<qint64> &caseId, qint64 clientId);
// A stored record names the client it was saved for; a changed client id is refused.
Status checkSameClient(qint64 stored, qint64 given);

// ---- queries ---------------------------------------------------------------

using RowReader = std::function<void(const QSqlQuery &)>;

// Prepares `sql`, binds `values` in order, runs it and calls `read` for each row.
Status selectEach(const storage::Database &db, const QString &sql, const QVariantList &values,
                  const RowReader &read);
// As selectEach for at most one row; true when there was one.
Result<bool> selectOne(const storage::Database &db, const QString &sql, const QVariantList &values,
                       const RowReader &read);
// Runs a write that is not a record of its own (link and event rows).
Status execute(const storage::Database &db, const QString &sql, const QVariantList &values);
// Runs an INSERT and returns the new row's id.
Result<qint64> insertReturningId(const storage::Database &db, const QString &sql, const QVariantList &values);

} // namespace tsunagu::repo
