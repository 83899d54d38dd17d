// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "importer/ColumnMapping.h"
#include "text/Validation.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tsunagu::importer {

// A data row and the mapping that says what its cells are.
struct SourceRow {
    int line = 0;
    const QStringList *fields = nullptr;
    const ColumnMapping *mapping = nullptr;

    bool has(Field field) const { return mapping->has(field); }
    // The cell of a field as written (an apostrophe put before a formula-like
    // cell by a Tsunagu report taken off again); empty when there is no column.
    QString raw(Field field) const;
};

// What became of a row.
struct RowOutcome {
    enum class Kind { Accepted, AlreadyPresent, Rejected };
    Kind kind = Kind::Accepted;
    QStringList reasons;
    qint64 existingId = 0;

    static RowOutcome rejected(QStringList reasons) { return { Kind::Rejected, std::move(reasons), 0 }; }
    static RowOutcome alreadyPresent(QString reason, qint64 id)
    {
        return { Kind::AlreadyPresent, { std::move(reason) }, id };
    }
};

// The part of an import that knows one kind of record: turning a row into a
// record, checking it with the same rules as manual entry (the repository's
// validate()), finding it among existing records, and writing it.
class RowImporter
{
public:
    explicit RowImporter(const Session &session)
        : m_session(session)
    { }
    virtual ~RowImporter() = default;
    RowImporter(const RowImporter &) = delete;
    RowImporter &operator=(const RowImporter &) = delete;

    // Loads what is needed to find existing records; once, before the rows.
    virtual Status prepare() = 0;
    // Checks a row; an accepted row is kept for write().
    virtual RowOutcome check(const SourceRow &row) = 0;
    // Writes the row check() accepted last. Called inside the import's transaction.
    virtual Status write() = 0;
    // What the import's own audit entry says about the records written (ids, never personal data).
    virtual QJsonObject auditDetail() const { return {}; }
    // Notes for the whole file (e.g. a default that was applied).
    virtual QStringList notices() const { return {}; }

    // "Birth date: …" for a reason list.
    static QString reason(ImportKind kind, Field field, const QString &message);

protected:
    const Session &session() const { return m_session; }

    // The cell cleaned as the repositories clean text (trimmed, CRLF as LF),
    // with a lone dash read as empty. Refused characters are left for the
    // repository's validation to report.
    static QString cleanCell(const SourceRow &row, Field field, text::Lines lines = text::Lines::Single);

    // A value of a closed vocabulary (Vocabulary::sex …); empty, a dash or
    // 不明 read as not recorded; anything else unknown adds a reason.
    template <typename E>
    static std::optional<E> choice(ImportKind kind, const SourceRow &row, Field field,
        std::optional<E> (*parse)(QStringView), const char *vocabulary, QStringList &reasons)
    {
        const QString value = row.raw(field).trimmed();
        if (isEmptyChoice(value))
            return std::nullopt;
        if (auto v = parse(value))
            return v;
        reasons << notOneOf(kind, field, value, vocabulary);
        return std::nullopt;
    }
    static bool isEmptyChoice(const QString &value);
    static QString notOneOf(ImportKind kind, Field field, const QString &value, const char *vocabulary);

private:
    Session m_session;
};

} // namespace tsunagu::importer
