// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tsunagu::importer {

// What a CSV file holds.
enum class ImportKind { Clients, Agencies, Consultations };

// "clients", "agencies", "consultations": the CLI's --kind and the settings key.
inline QString kindCode(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Clients:
        return QStringLiteral("clients");
    case ImportKind::Agencies:
        return QStringLiteral("agencies");
    case ImportKind::Consultations:
        return QStringLiteral("consultations");
    }
    return {};
}

inline std::optional<ImportKind> kindFromCode(QStringView code)
{
    for (ImportKind kind : { ImportKind::Clients, ImportKind::Agencies, ImportKind::Consultations }) {
        if (code.compare(kindCode(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

// The encoding of the file: detected (Auto) or chosen.
enum class Encoding { Auto, Utf8, Cp932 };

} // namespace tsunagu::importer
