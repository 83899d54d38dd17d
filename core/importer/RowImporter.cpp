// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowImporter.h"

#include "importer/Vocabulary.h"
#include "text/SpreadsheetSafety.h"

#include <QCoreApplication>

#include <limits>

namespace tsunagu::importer {

QString SourceRow::raw(Field field) const
{
    const int column = mapping->columnOf(field);
    if (column < 0 || column >= fields->size())
        return {};
    return text::restoreNeutralizedCell(fields->at(column));
}

QString RowImporter::cleanCell(const SourceRow &row, Field field, text::Lines lines)
{
    const QString value = row.raw(field);
    if (Vocabulary::isPlaceholder(value))
        return {};
    // The repositories' own cleaning, with no limit: limits and refusals are
    // the repositories' validation to apply and report.
    const text::TextRule permissive { "", "", std::numeric_limits<int>::max(), false, lines };
    auto cleaned = text::cleanText(value, permissive);
    return cleaned ? *cleaned : value;
}

bool RowImporter::isEmptyChoice(const QString &value)
{
    return value.isEmpty() || Vocabulary::isPlaceholder(value) || Vocabulary::meansUnknown(value);
}

QString RowImporter::notOneOf(ImportKind kind, Field field, const QString &value, const char *vocabulary)
{
    return reason(kind, field,
        QCoreApplication::translate("tsunagu::importer::RowImporter", "\"%1\" is not one of: %2.")
            .arg(value.left(40), Vocabulary::examples(QString::fromLatin1(vocabulary))));
}

QString RowImporter::reason(ImportKind kind, Field field, const QString &message)
{
    return FieldCatalog::label(kind, field) + QStringLiteral(": ") + message;
}

} // namespace tsunagu::importer
