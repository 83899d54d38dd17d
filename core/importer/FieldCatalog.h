// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer/ImportKind.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tsunagu::importer {

// What a column of an import file can hold.
enum class Field {
    Ignore, // a column the user chose not to import
    PreviousProblem, // the problem column of a reject report, when it is imported again
    // clients (and the same facts of agencies)
    ExternalId,
    Name,
    Reading,
    BirthDate,
    Sex,
    Phone,
    Email,
    Address,
    Prefecture,
    Municipality,
    EmergencyContact,
    CertificateKind,
    CertificateGrade,
    EmploymentStatus,
    // agencies
    AgencyKind,
    ContactName,
    Note,
    // consultations
    ClientExternalId,
    ClientName,
    ClientReading,
    ClientBirthDate,
    Date,
    Time,
    Duration,
    Channel,
    ConsultationKind,
    Topics,
    Notes,
    NextSteps,
    FollowUpOn,
    Staff,
};

struct FieldSpec {
    Field field;
    const char *id; // stable name used in mapping files: "birth_date"
    const char *label; // English label, translated in context "tsunagu::importer::Fields"
    QList<const char16_t *> aliases; // header texts that mean this field (Japanese and English)
};

// The fields of each kind and the header texts that name them. Headers are
// compared by FieldCatalog::headerKey: width, kana, spaces, case and marks
// such as ※ or (必須) do not matter.
class FieldCatalog
{
public:
    static const QList<FieldSpec> &fields(ImportKind kind);
    static std::optional<Field> byId(ImportKind kind, QStringView id);
    static std::optional<Field> byHeader(ImportKind kind, QStringView header);
    static QString id(Field field);
    static QString label(ImportKind kind, Field field);
    static QString headerKey(QStringView header);
    // The field ids a mapping file may use for a kind, for messages.
    static QStringList ids(ImportKind kind);
};

} // namespace tsunagu::importer
