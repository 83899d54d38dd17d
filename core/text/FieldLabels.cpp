// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/FieldLabels.h"

namespace tsunagu {

namespace {

struct Label {
    const char *table; // nullptr: any table
    const char *column;
    const char *text; // English, translated in context "tsunagu::Fields"
};

// The labels core uses where it has them; the rest in the same context so
// that every field name is translated once. The first match wins: a table's
// own label comes before the label of any table.
constexpr Label labels[] = {
    { "consultations", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of consultation") },
    { "case_milestones", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Milestone") },
    { "agencies", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of agency") },
    { "agencies", "name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Agency name") },
    { "consultations", "notes", QT_TRANSLATE_NOOP("tsunagu::Fields", "Notes") },
    { "clients", "id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Client number") },
    { "consents", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of consent") },
    { "consents", "method", QT_TRANSLATE_NOOP("tsunagu::Fields", "How consent was given") },
    { "consents", "given_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Valid from") },
    { "consents", "expires_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Valid until") },
    { "disclosures", "categories", QT_TRANSLATE_NOOP("tsunagu::Fields", "Information given") },
    { "disclosures", "method", QT_TRANSLATE_NOOP("tsunagu::Fields", "How it was given") },
    { "referrals", "agency_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Referred to") },
    { "revisions", "entity", QT_TRANSLATE_NOOP("tsunagu::Fields", "Record") },
    { "revisions", "staff", QT_TRANSLATE_NOOP("tsunagu::Fields", "Changed by") },
    { "revisions", "reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reason for the change") },
    { "revisions", "old_values", QT_TRANSLATE_NOOP("tsunagu::Fields", "Before") },
    { "revisions", "new_values", QT_TRANSLATE_NOOP("tsunagu::Fields", "After") },
    { "drafts", "kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Draft of") },
    { "drafts", "updated_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Last typed on") },
    { "drafts", "payload", QT_TRANSLATE_NOOP("tsunagu::Fields", "What was typed") },
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
    // Columns the history never lists (they change with every save, or never
    // change at all) and the access report shows.
    { nullptr, "created_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Recorded on") },
    { nullptr, "created_by", QT_TRANSLATE_NOOP("tsunagu::Fields", "Recorded by") },
    { nullptr, "updated_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Last changed on") },
    { nullptr, "updated_by", QT_TRANSLATE_NOOP("tsunagu::Fields", "Last changed by") },
    { nullptr, "recorded_by", QT_TRANSLATE_NOOP("tsunagu::Fields", "Recorded by") },
    { nullptr, "external_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "ID in the sheet") },
    { nullptr, "intake_age_band", QT_TRANSLATE_NOOP("tsunagu::Fields", "Age band at registration") },
    { nullptr, "erased_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Erased on") },
    { nullptr, "agency_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Partner agency") },
    { nullptr, "agency_name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Agency name") },
    { nullptr, "referral_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "Referral") },
    { nullptr, "at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Date and time") },
    { nullptr, "purposes", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purposes") },
    { nullptr, "purpose_detail", QT_TRANSLATE_NOOP("tsunagu::Fields", "Purpose (details)") },
    { nullptr, "withdrawn_at", QT_TRANSLATE_NOOP("tsunagu::Fields", "Withdrawn on") },
    { nullptr, "withdrawn_by", QT_TRANSLATE_NOOP("tsunagu::Fields", "Withdrawal recorded by") },
    { nullptr, "withdrawal_note", QT_TRANSLATE_NOOP("tsunagu::Fields", "Withdrawal note") },
    { nullptr, "given_by", QT_TRANSLATE_NOOP("tsunagu::Fields", "Given by") },
    { nullptr, "representative_name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Representative's name") },
    { nullptr, "representative_relation", QT_TRANSLATE_NOOP("tsunagu::Fields", "Representative's relationship") },
    { nullptr, "form_version", QT_TRANSLATE_NOOP("tsunagu::Fields", "Consent form version") },
    { nullptr, "consent_text", QT_TRANSLATE_NOOP("tsunagu::Fields", "Consent text") },
    { nullptr, "recipients", QT_TRANSLATE_NOOP("tsunagu::Fields", "Recipients") },
    { nullptr, "client_label", QT_TRANSLATE_NOOP("tsunagu::Fields", "You, as named in the record") },
    { nullptr, "recipient_label", QT_TRANSLATE_NOOP("tsunagu::Fields", "Given to") },
    { nullptr, "recipient_kind", QT_TRANSLATE_NOOP("tsunagu::Fields", "Kind of recipient") },
    { nullptr, "basis", QT_TRANSLATE_NOOP("tsunagu::Fields", "Basis") },
    { nullptr, "exception_ground", QT_TRANSLATE_NOOP("tsunagu::Fields", "Legal ground") },
    { nullptr, "justification", QT_TRANSLATE_NOOP("tsunagu::Fields", "Justification") },
    { nullptr, "retain_until", QT_TRANSLATE_NOOP("tsunagu::Fields", "Record kept until") },
    { nullptr, "staff", QT_TRANSLATE_NOOP("tsunagu::Fields", "Staff member") },
    { nullptr, "reason", QT_TRANSLATE_NOOP("tsunagu::Fields", "Reason") },
};

const Label *find(const QString &table, const QString &column)
{
    for (const Label &l : labels) {
        if (column == QLatin1String(l.column) && (!l.table || table == QLatin1String(l.table)))
            return &l;
    }
    return nullptr;
}

// The names of records were translated in ui/history's context; kept so that
// their translations keep working.
QString recordName(const char *text)
{
    return QCoreApplication::translate("tsunagu::ui::FieldLabels", text);
}

} // namespace

QString FieldLabels::field(const QString &table, const QString &column)
{
    const Label *l = find(table, column);
    return l ? QCoreApplication::translate("tsunagu::Fields", l->text) : column;
}

bool FieldLabels::hasField(const QString &table, const QString &column)
{
    return find(table, column) != nullptr;
}

QString FieldLabels::record(const QString &table)
{
    if (table == QLatin1String("clients"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Client"));
    if (table == QLatin1String("consultations"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Consultation"));
    if (table == QLatin1String("support_cases"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Support case"));
    if (table == QLatin1String("case_milestones"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Milestone"));
    if (table == QLatin1String("referrals"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Referral"));
    if (table == QLatin1String("contact_persons"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Family or contact"));
    if (table == QLatin1String("client_conditions"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Health condition"));
    if (table == QLatin1String("agencies"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Partner agency"));
    if (table == QLatin1String("consents"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Consent"));
    if (table == QLatin1String("disclosures"))
        return recordName(QT_TRANSLATE_NOOP("tsunagu::ui::FieldLabels", "Disclosure record"));
    if (table == QLatin1String("referral_events"))
        return tr("Referral step");
    if (table == QLatin1String("revisions"))
        return tr("Correction");
    if (table == QLatin1String("drafts"))
        return tr("Draft");
    return table;
}

} // namespace tsunagu
