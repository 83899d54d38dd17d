// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/FieldCatalog.h"
#include "importer/ImportKind.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::importer {

// Header text → field id ("birth_date", or "ignore"), as a mapping file holds
// it ({"生年月日(和暦)": "birth_date", "備考": "ignore"}) and as the settings
// table remembers it per kind (key import.mapping.<kind>). Header texts are
// compared by FieldCatalog::headerKey.
using MappingRules = QHash<QString, QString>;

struct ColumnInfo {
    enum class Source { Header, MappingFile, Remembered, Unknown };
    int index = 0; // 0-based column
    QString header;
    std::optional<Field> field; // empty for an unknown column
    Source source = Source::Unknown;
};

// Which column of a file holds which field.
class ColumnMapping
{
public:
    // Matches each header: the mapping file's rule first, then the remembered
    // rule, then the header text itself. Refuses a file where two columns would
    // fill the same field, or where a field the kind needs has no column.
    static Result<ColumnMapping> build(
        ImportKind kind, const QStringList &headers, const MappingRules &fromFile, const MappingRules &remembered);

    // Reads a mapping file's JSON object, refusing unknown field ids.
    static Result<MappingRules> parseRules(ImportKind kind, const QByteArray &json);
    static Result<MappingRules> loadRules(ImportKind kind, const QString &path);
    // The mapping last used for the kind (empty when none), and remembering one.
    static Result<MappingRules> remembered(const storage::Database &db, ImportKind kind);
    static Status remember(const storage::Database &db, ImportKind kind, const ColumnMapping &mapping);
    static QString settingsKey(ImportKind kind);

    ImportKind kind() const { return m_kind; }
    const QList<ColumnInfo> &columns() const { return m_columns; }
    // The column of a field, or -1.
    int columnOf(Field field) const;
    bool has(Field field) const { return columnOf(field) >= 0; }
    QList<ColumnInfo> unknownColumns() const;
    // The rules of this mapping, for remembering or saving as a mapping file.
    MappingRules rules() const;
    QByteArray toJson() const;

private:
    ImportKind m_kind = ImportKind::Clients;
    QList<ColumnInfo> m_columns;
    QHash<int, int> m_columnOfField; // Field → column
};

} // namespace tsunagu::importer
