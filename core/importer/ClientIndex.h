// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <optional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::importer {

// Who is already known, for finding a row's person without a query per row:
// by the ID the sheet gave them, or by their normalised reading or name
// together with their birth date (or, without one, their phone number).
// Loaded once per import; rows accepted during the import are added, so a
// sheet that holds a person twice is caught too.
class ClientIndex
{
public:
    struct Entry {
        qint64 id = 0; // client id, or the line of an earlier row of the file
        QString externalId;
        bool erased = false;
    };

    // The clients of the database, erased ones included (by ID only).
    Status load(const storage::Database &db);

    void add(const Entry &entry, const QString &nameKey, const QString &readingKey,
        const std::optional<QDate> &birthDate, const QString &phoneKey);

    std::optional<Entry> byExternalId(const QString &externalId) const;

    // The entries that are the same person as the described one. With a birth
    // date: same birth date and same reading or name. Without one but with a
    // phone: same phone and same reading or name. With neither: a record with
    // the same reading or name that has neither either. An entry whose ID
    // differs from a given ID is never the same person.
    QList<Entry> samePerson(const QString &externalId, const QString &nameKey, const QString &readingKey,
        const std::optional<QDate> &birthDate, const QString &phoneKey) const;

    // External IDs compare by NFKC and without spaces: "ＡＢ-１２" is "AB-12".
    static QString normalizedId(QStringView id);

private:
    QHash<QString, Entry> m_byExternalId;
    QMultiHash<QString, Entry> m_byIdentity;
};

} // namespace tsunagu::importer
