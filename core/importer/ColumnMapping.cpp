// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnMapping.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::ColumnMapping", text);
}

// The rules keyed by header key, values checked field ids.
QHash<QString, Field> keyed(ImportKind kind, const MappingRules &rules)
{
    QHash<QString, Field> out;
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        const QString value = it.value().trimmed();
        const std::optional<Field> field
            = value.isEmpty() ? std::optional<Field>(Field::Ignore) : FieldCatalog::byId(kind, value);
        if (field)
            out.insert(FieldCatalog::headerKey(it.key()), *field);
    }
    return out;
}

QString columnName(const ColumnInfo &c)
{
    return c.header.isEmpty() ? tr("column %1 (no header)").arg(c.index + 1)
                              : tr("column %1 \"%2\"").arg(c.index + 1).arg(c.header.left(40));
}

} // namespace

QString ColumnMapping::settingsKey(ImportKind kind)
{
    return QStringLiteral("import.mapping.") + kindCode(kind);
}

Result<ColumnMapping> ColumnMapping::build(
    ImportKind kind, const QStringList &headers, const MappingRules &fromFile, const MappingRules &remembered)
{
    const QHash<QString, Field> fileRules = keyed(kind, fromFile);
    const QHash<QString, Field> rememberedRules = keyed(kind, remembered);
    ColumnMapping mapping;
    mapping.m_kind = kind;
    for (int i = 0; i < headers.size(); ++i) {
        ColumnInfo c;
        c.index = i;
        c.header = headers.at(i).trimmed();
        const QString key = FieldCatalog::headerKey(c.header);
        if (auto it = fileRules.constFind(key); !key.isEmpty() && it != fileRules.constEnd()) {
            c.field = *it;
            c.source = ColumnInfo::Source::MappingFile;
        } else if (auto r = rememberedRules.constFind(key); !key.isEmpty() && r != rememberedRules.constEnd()) {
            c.field = *r;
            c.source = ColumnInfo::Source::Remembered;
        } else if (auto f = FieldCatalog::byHeader(kind, c.header)) {
            c.field = *f;
            c.source = ColumnInfo::Source::Header;
        }
        if (c.field && *c.field != Field::Ignore) {
            if (auto existing = mapping.m_columnOfField.constFind(static_cast<int>(*c.field));
                existing != mapping.m_columnOfField.constEnd()) {
                return fail(ErrorCode::Invalid,
                    tr("%1 and %2 would both be read as \"%3\". Give a mapping file (--mapping) that maps "
                       "one of them to \"ignore\" or to another field.")
                        .arg(columnName(mapping.m_columns.at(*existing)), columnName(c),
                            FieldCatalog::label(kind, *c.field)));
            }
            mapping.m_columnOfField.insert(static_cast<int>(*c.field), i);
        }
        mapping.m_columns << c;
    }

    // The fields without which no row can be imported.
    const auto missing = [&](Field field) {
        return fail(ErrorCode::Invalid,
            tr("No column holds \"%1\". Name a column after it (e.g. %2), or give a mapping file (--mapping) "
               "that says which column holds it.")
                .arg(FieldCatalog::label(kind, field), [&] {
                    for (const FieldSpec &spec : FieldCatalog::fields(kind)) {
                        if (spec.field == field && !spec.aliases.isEmpty())
                            return QString::fromUtf16(spec.aliases.constFirst());
                    }
                    return FieldCatalog::id(field);
                }()));
    };
    switch (kind) {
    case ImportKind::Clients:
    case ImportKind::Agencies:
        if (!mapping.has(Field::Name))
            return missing(Field::Name);
        break;
    case ImportKind::Consultations:
        if (!mapping.has(Field::Date))
            return missing(Field::Date);
        if (!mapping.has(Field::Channel))
            return missing(Field::Channel);
        if (!mapping.has(Field::ClientExternalId)
            && !(mapping.has(Field::ClientBirthDate)
                && (mapping.has(Field::ClientName) || mapping.has(Field::ClientReading))))
            return fail(ErrorCode::Invalid,
                tr("The file does not say whose consultations these are: it needs a client ID column "
                   "(相談者ID), or the client's name (氏名) and birth date (生年月日)."));
        break;
    }
    return mapping;
}

int ColumnMapping::columnOf(Field field) const
{
    return m_columnOfField.value(static_cast<int>(field), -1);
}

QList<ColumnInfo> ColumnMapping::unknownColumns() const
{
    QList<ColumnInfo> unknown;
    for (const ColumnInfo &c : m_columns) {
        if (!c.field)
            unknown << c;
    }
    return unknown;
}

MappingRules ColumnMapping::rules() const
{
    MappingRules rules;
    for (const ColumnInfo &c : m_columns) {
        if (c.field && !c.header.isEmpty() && *c.field != Field::PreviousProblem)
            rules.insert(c.header, FieldCatalog::id(*c.field));
    }
    return rules;
}

QByteArray ColumnMapping::toJson() const
{
    QJsonObject object;
    const MappingRules r = rules();
    for (auto it = r.constBegin(); it != r.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<MappingRules> ColumnMapping::parseRules(ImportKind kind, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::Invalid,
            tr("The mapping file is not a JSON object of the form {\"column header\": \"field\"}: %1")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("not an object")));
    MappingRules rules;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString value;
        if (it.value().isString())
            value = it.value().toString().trimmed();
        else if (!it.value().isNull())
            return fail(ErrorCode::Invalid, tr("In the mapping file, \"%1\" must map to a field name.").arg(it.key()));
        if (!value.isEmpty() && !FieldCatalog::byId(kind, value))
            return fail(ErrorCode::Invalid,
                tr("In the mapping file, \"%1\" maps to \"%2\", which is not a field of %3. The fields are: %4.")
                    .arg(it.key(), value, kindCode(kind), FieldCatalog::ids(kind).join(QStringLiteral(", "))));
        rules.insert(it.key(), value.isEmpty() ? QStringLiteral("ignore") : value);
    }
    return rules;
}

Result<MappingRules> ColumnMapping::loadRules(ImportKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The mapping file %1 cannot be read: %2").arg(path, file.errorString()));
    return parseRules(kind, file.readAll());
}

Result<MappingRules> ColumnMapping::remembered(const storage::Database &db, ImportKind kind)
{
    auto q = storage::prepare(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(settingsKey(kind));
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return MappingRules();
    // A remembered mapping that no longer parses (a field renamed since) is forgotten, not an error.
    auto rules = parseRules(kind, q->value(0).toString().toUtf8());
    return rules ? *rules : MappingRules();
}

Status ColumnMapping::remember(const storage::Database &db, ImportKind kind, const ColumnMapping &mapping)
{
    auto q = storage::prepare(db,
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return fail(q.error());
    q->addBindValue(settingsKey(kind));
    q->addBindValue(QString::fromUtf8(mapping.toJson()));
    return storage::exec(*q);
}

} // namespace tsunagu::importer
