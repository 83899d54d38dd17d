// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/FieldLabels.h"

namespace tsunagu::ui {

namespace {

struct Label {
    const char *table; // nullptr: any table
    const char *column;
    const char *text; // English, translated in context "tsunagu::Fields"
};

// The labels core uses where it has them; the rest in the same context so
// that every field name is translated once.
constexpr Label labels[] = {
    { "consultations", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of consultation") },
    { "case_milestones", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Milestone") },
    { "agencies", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of agency") },
    { "agencies", "name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Agency name") },
    { "consultations", "notes", QT_TRANSLATE_NOOP("tsunagu::Fields", "Notes") },
    { nullptr, "name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Name") },
    { nullptr, "name_kana", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reading (furigana)") },
    { nullptr, "birth_date", QT_TRANSLATE_NOOP("tsunagu::Fields", "Date of birth") },
    { nullptr, "sex", QT_TRANSLATE_NOOP("tsunagu::Fields", "Sex") },
    { nullptr, "prefecture", QT_TRANSLATE_NOOP("tsunagu::Fields", "Prefecture") },
    { nullptr, "municipality", QT_TRANSLATE_NOOP("tsunagu::Fields", "Municipality") },
    { nullptr, "phone", QT_TRANSLATE_NOOP("tsunagu::Fields", "Phone") },
    { nullptr, "email", QT_TRANSLATE_NOOP("tsunagu::Fields", "E-mail") },
    { nullptr, "address", QT_TRANSLATE_NOOP("tsunagu::Fields", "Address") },
    { nullptr, "emergency_contact", QT_TRANSLATE_NOOP("tsunagu::Fields", "Emergency contact") },
    { nullptr, "certificate_kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Disability certificate") },
    { nullptr, "certificate_grade", QT_TRANSLATE_NOOP("tsunagu::Fields", "Certificate grade") },
    { nullptr, "employment_status", QT_TRANSLATE_NOOP("tsunagu::Fields", "Employment status") },
    { nullptr, "confidential_address", QT_TRANSLATE_NOOP("tsunagu::Fields", "Confidential address") },
    { nullptr, "stop_use", QT_TRANSLATE_NOOP("tsunagu::Fields", "Use stopped") },
    { nullptr, "exclude_from_statistics", QT_TRANSLATE_NOOP("tsunagu::Fields", "Excluded from statistics") },
    { nullptr, "case_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Support case") },
    { nullptr, "started_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Date and time") },
    { nullptr, "duration_min", QT_TRANSLATE_NOOP("tsunagu::Fields", "Duration (minutes)") },
    { nullptr, "channel", QT_TRANSLATE_NOOP("tsunagu::Fields", "Channel") },
    { nullptr, "attendees", QT_TRANSLATE_NOOP("tsunagu::Fields", "Attendees") },
    { nullptr, "topics", QT_TRANSLATE_NOOP("tsunagu::Fields", "Topics") },
    { nullptr, "next_steps", QT_TRANSLATE_NOOP("tsunagu::Fields", "Next steps") },
    { nullptr, "follow_up_on", QT_TRANSLATE_NOOP("tsunagu::Fields", "Follow-up on") },
    { nullptr, "staff_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Staff member") },
    { nullptr, "goal", QT_TRANSLATE_NOOP("tsunagu::Fields", "Goal") },
    { nullptr, "stage", QT_TRANSLATE_NOOP("tsunagu::Fields", "Stage") },
    { nullptr, "opened_on", QT_TRANSLATE_NOOP("tsunagu::Fields", "Opened on") },
    { nullptr, "closed_on", QT_TRANSLATE_NOOP("tsunagu::Fields", "Closed on") },
    { nullptr, "outcome", QT_TRANSLATE_NOOP("tsunagu::Fields", "Outcome") },
    { nullptr, "experience_score", QT_TRANSLATE_NOOP("tsunagu::Fields", "Experience score") },
    { nullptr, "next_follow_up", QT_TRANSLATE_NOOP("tsunagu::Fields", "Next follow-up") },
    { nullptr, "due_on", QT_TRANSLATE_NOOP("tsunagu::Fields", "Due on") },
    { nullptr, "done_on", QT_TRANSLATE_NOOP("tsunagu::Fields", "Done on") },
    { nullptr, "result", QT_TRANSLATE_NOOP("tsunagu::Fields", "Result") },
    { nullptr, "note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Note") },
    { nullptr, "disease_group", QT_TRANSLATE_NOOP("tsunagu::Fields", "Disease group") },
    { nullptr, "designated_number", QT_TRANSLATE_NOOP("tsunagu::Fields", "Designated disease number") },
    { nullptr, "designated_name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Designated disease name") },
    { nullptr, "relationship", QT_TRANSLATE_NOOP("tsunagu::Fields", "Relationship") },
    { nullptr, "purpose", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purpose") },
    { nullptr, "categories", QT_TRANSLATE_NOOP("tsunagu::Fields", "Data to share") },
    { nullptr, "status", QT_TRANSLATE_NOOP("tsunagu::Fields", "Status") },
    { nullptr, "consent_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Consent") },
    { nullptr, "disclosure_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Disclosure record") },
    { nullptr, "needs_attention", QT_TRANSLATE_NOOP("tsunagu::Fields", "Needs attention") },
    { nullptr, "attention_reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Why it needs attention") },
    { nullptr, "contact_name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Contact person") },
    { nullptr, "active", QT_TRANSLATE_NOOP("tsunagu::Fields", "Active") },
};

} // namespace

QString FieldLabels::field(const QString &table, const QString &column)
{
    for (const Label &l : labels) {
        if (column == QLatin1String(l.column) && (!l.table || table == QLatin1String(l.table)))
            return QCoreApplication::translate("tsunagu::Fields", l.text);
    }
    return column;
}

QString FieldLabels::record(const QString &table)
{
    if (table == QLatin1String("clients"))
        return tr("Client");
    if (table == QLatin1String("consultations"))
        return tr("Consultation");
    if (table == QLatin1String("support_cases"))
        return tr("Support case");
    if (table == QLatin1String("case_milestones"))
        return tr("Milestone");
    if (table == QLatin1String("referrals"))
        return tr("Referral");
    if (table == QLatin1String("contact_persons"))
        return tr("Family or contact");
    if (table == QLatin1String("client_conditions"))
        return tr("Health condition");
    if (table == QLatin1String("agencies"))
        return tr("Partner agency");
    if (table == QLatin1String("consents"))
        return tr("Consent");
    if (table == QLatin1String("disclosures"))
        return tr("Disclosure record");
    return table;
}

} // namespace tsunagu::ui
