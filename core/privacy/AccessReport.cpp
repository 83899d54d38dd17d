// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessReport.h"

#include "audit/AuditLog.h"
#include "domain/Enums.h"
#include "storage/Database.h"
#include "text/FieldLabels.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace tsunagu::privacy {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr)
{
    return QCoreApplication::translate("tsunagu::privacy::AccessReport", text, disambiguation);
}

// Internal search keys are derived from other fields (the name, the reading,
// the phone number, written again for searching) and are in neither form.
bool isInternal(const QString &column)
{
    return column.endsWith(QLatin1String("_norm"));
}

Result<QJsonArray> rows(const storage::Database &db, const QString &sql, qint64 clientId)
{
    auto q = storage::prepare(db, sql);
    if (!q)
        return fail(q.error());
    q->bindValue(QStringLiteral(":client"), clientId);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QJsonArray out;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (isInternal(column))
                continue;
            const QVariant v = q->value(i);
            row.insert(column, v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
        out.append(row);
    }
    return out;
}

struct Section {
    const char *key; // in the JSON form
    const char *table; // whose field labels and values its rows take
    const char *title; // translated in context tsunagu::privacy::AccessReport
    QString sql;
    QStringList order; // the order the HTML shows the fields in; any others follow
};

QStringList fields(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

// Who recorded a row and who last changed it, last in every table that has them.
QStringList stamped(std::initializer_list<const char *> names)
{
    return fields(names) + fields({ "created_at", "created_by", "updated_at", "updated_by" });
}

QList<Section> sections()
{
    return {
        { "client", "clients", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Personal details"),
            QStringLiteral("SELECT * FROM clients WHERE id = :client"),
            stamped({ "id", "name", "name_kana", "birth_date", "sex", "prefecture", "municipality", "address", "phone",
                "email", "emergency_contact", "certificate_kind", "certificate_grade", "employment_status",
                "confidential_address", "stop_use", "exclude_from_statistics", "intake_age_band", "external_id",
                "erased_at" }) },
        { "conditions", "client_conditions", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Health conditions"),
            QStringLiteral("SELECT * FROM client_conditions WHERE client_id = :client ORDER BY id"),
            stamped({ "disease_group", "designated_number", "designated_name", "note" }) },
        { "contact_persons", "contact_persons",
            QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Family and other contacts"),
            QStringLiteral("SELECT * FROM contact_persons WHERE client_id = :client ORDER BY id"),
            stamped({ "name", "name_kana", "relationship", "phone", "email", "note" }) },
        { "consultations", "consultations", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Consultations"),
            QStringLiteral("SELECT * FROM consultations WHERE client_id = :client ORDER BY started_at"),
            stamped({ "started_at", "duration_min", "channel", "kind", "attendees", "topics", "notes", "next_steps",
                "follow_up_on", "case_id", "staff_id" }) },
        // Drafts (schema version 4): what staff typed about the person and have
        // not saved yet. Working copies, but data held about the person all the same.
        { "drafts", "drafts", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Drafts not yet saved"),
            QStringLiteral("SELECT d.id, d.kind, d.updated_at, s.name AS staff, d.payload FROM drafts d "
                           "LEFT JOIN staff s ON s.id = d.staff_id WHERE d.client_id = :client "
                           "ORDER BY d.updated_at, d.id"),
            fields({ "kind", "updated_at", "staff", "payload" }) },
        { "support_cases", "support_cases", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Accompaniment cases"),
            QStringLiteral("SELECT * FROM support_cases WHERE client_id = :client ORDER BY id"),
            stamped({ "goal", "stage", "opened_on", "closed_on", "outcome", "experience_score", "next_follow_up",
                "note", "staff_id" }) },
        { "case_milestones", "case_milestones", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Case milestones"),
            QStringLiteral("SELECT m.* FROM case_milestones m JOIN support_cases c ON c.id = m.case_id "
                           "WHERE c.client_id = :client ORDER BY m.id"),
            stamped({ "case_id", "kind", "due_on", "done_on", "result", "note" }) },
        { "referrals", "referrals", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Referrals"),
            QStringLiteral(
                "SELECT r.*, a.name AS agency_name FROM referrals r LEFT JOIN agencies a ON a.id = r.agency_id "
                "WHERE r.client_id = :client ORDER BY r.id"),
            stamped({ "agency_id", "agency_name", "case_id", "purpose", "categories", "note", "status", "consent_id",
                "disclosure_id", "needs_attention", "attention_reason" }) },
        { "referral_events", "referral_events",
            QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Referral progress"),
            QStringLiteral("SELECT e.* FROM referral_events e JOIN referrals r ON r.id = e.referral_id "
                           "WHERE r.client_id = :client ORDER BY e.at, e.id"),
            fields({ "referral_id", "at", "status", "staff_id", "note" }) },
        { "consents", "consents", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Consents"),
            QStringLiteral("SELECT c.*, (SELECT group_concat(coalesce(a.name, cr.agency_kind, p.name), ', ') "
                           "FROM consent_recipients cr LEFT JOIN agencies a ON a.id = cr.agency_id "
                           "LEFT JOIN contact_persons p ON p.id = cr.contact_person_id WHERE cr.consent_id = c.id) "
                           "AS recipients FROM consents c WHERE c.client_id = :client ORDER BY c.given_at"),
            fields({ "kind", "given_at", "expires_at", "purposes", "purpose_detail", "recipients", "categories",
                "method", "given_by", "representative_name", "representative_relation", "form_version", "consent_text",
                "withdrawn_at", "withdrawn_by", "withdrawal_note", "recorded_by", "created_at" }) },
        { "revisions", "revisions", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "History of corrections"),
            QStringLiteral("SELECT r.at, r.entity, r.entity_id, s.name AS staff, r.reason, r.old_values, r.new_values "
                           "FROM revisions r LEFT JOIN staff s ON s.id = r.staff_id "
                           "WHERE r.client_id = :client OR (r.entity = 'clients' AND r.entity_id = :client) "
                           "ORDER BY r.at, r.id"),
            fields({ "at", "entity", "staff", "reason", "old_values", "new_values" }) },
        { "disclosures", "disclosures",
            QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Information given to third parties"),
            QStringLiteral(
                "SELECT d.id, d.at, d.recipient_label, d.recipient_kind, d.categories, d.purpose, "
                "d.purpose_detail, d.method, d.basis, d.consent_id, d.exception_ground, d.justification, "
                "s.name AS staff, d.client_label, d.retain_until FROM disclosures d "
                "LEFT JOIN staff s ON s.id = d.staff_id "
                "WHERE d.client_id = :client AND NOT EXISTS "
                "(SELECT 1 FROM disclosure_withholdings w WHERE w.disclosure_id = d.id) ORDER BY d.at, d.id"),
            fields({ "at", "recipient_label", "recipient_kind", "categories", "purpose", "purpose_detail", "method",
                "basis", "consent_id", "exception_ground", "justification", "staff", "client_label",
                "retain_until" }) },
    };
}

// A draft's payload as an object (the form's own JSON), so that the JSON form
// reads it as data; a payload that does not parse stays the stored text.
void parsePayloads(QJsonArray &drafts)
{
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        QJsonObject row = drafts.at(i).toObject();
        const QJsonDocument payload = QJsonDocument::fromJson(row.value(QStringLiteral("payload")).toString().toUtf8());
        if (payload.isObject()) {
            row.insert(QStringLiteral("payload"), payload.object());
            drafts.replace(i, row);
        }
    }
}

// ---- the HTML form --------------------------------------------------------
//
// What the HTML leaves out of a row, and why; none of it is something held
// about the person that the document would otherwise not show:
//  - version: a count of saves, kept to notice two people editing one record
//    at once; it says nothing about the person.
//  - client_id: in every row it is the person's own number, which heads the
//    document and the personal details (相談者番号).
//  - id of any other record: it heads the record's table ("相談 #12"), as the
//    number the corrections and the other records refer to it by.
//  - a referral's agency_name: the name is shown as the agency (agency_id).
//  - a correction's entity_id: shown with the kind of record ("相談 #12").
// The search keys (*_norm) are in neither form (see isInternal above).
bool leftOut(const QString &table, const QString &column, const QJsonObject &row)
{
    if (column == QLatin1String("version") || column == QLatin1String("client_id"))
        return true;
    if (column == QLatin1String("id"))
        return table != QLatin1String("clients");
    if (table == QLatin1String("referrals") && column == QLatin1String("agency_name"))
        return !row.value(QStringLiteral("agency_id")).isNull();
    if (table == QLatin1String("revisions") && column == QLatin1String("entity_id"))
        return true;
    return false;
}

QString escape(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escape(label), valueHtml);
}

// The fields of a row in the section's order, then any the order does not
// name (a column added later is shown, never dropped).
QStringList ordered(const Section &section, const QJsonObject &object)
{
    QStringList columns;
    for (const QString &column : section.order) {
        if (object.contains(column))
            columns << column;
    }
    for (const QString &column : object.keys()) {
        if (!columns.contains(column))
            columns << column;
    }
    return columns;
}

// A consent's recipients as the report's query lists them: agency and contact
// names, and the codes of the agency kinds a consent names ("hello_work").
QString recipients(const QString &list)
{
    QStringList parts = list.split(QStringLiteral(", "));
    for (QString &part : parts) {
        if (const std::optional<AgencyKind> kind = fromCode<AgencyKind>(part))
            part = tr("Any %1", "a consent's recipient: any agency of a kind").arg(label(*kind));
    }
    return parts.join(QStringLiteral(", "));
}

// The fields a correction changed, each with its label and value in words.
QString changes(const QString &entity, const QJsonValue &stored, const FieldValues &values)
{
    const QString text = stored.toString();
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    if (!json.isObject())
        return escape(values.text(QStringLiteral("revisions"), QStringLiteral("old_values"), stored));
    const QJsonObject changed = json.object();
    if (changed.isEmpty())
        return escape(FieldValues::empty());
    QString html = QStringLiteral("<ul class=\"changes\">");
    for (auto it = changed.begin(); it != changed.end(); ++it)
        html += QStringLiteral("<li>%1</li>")
                    .arg(escape(tr("%1: %2", "a field and its value")
                                    .arg(FieldLabels::field(entity, it.key()), values.text(entity, it.key(), *it))));
    return html + QStringLiteral("</ul>");
}

// A draft's payload, for the drafts the app writes: a consultation's form
// (ui/consultations/ConsultationEntry). Keys of other drafts are shown as they
// are stored.
struct PayloadField {
    const char *key;
    const char *column; // of consultations
};

constexpr PayloadField consultationDraft[] = {
    { "startedAt", "started_at" },
    { "durationMin", "duration_min" },
    { "channel", "channel" },
    { "kind", "kind" },
    { "attendees", "attendees" },
    { "topics", "topics" },
    { "notes", "notes" },
    { "nextSteps", "next_steps" },
    { "followUp", "follow_up_on" },
    { "caseId", "case_id" },
};

QString plain(const QJsonValue &value)
{
    if (value.isObject() || value.isArray())
        return QString::fromUtf8(value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return FieldValues::yesNo(value.toBool());
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return FieldValues::empty();
    return value.isString() ? value.toString() : value.toVariant().toString();
}

QString payloadRows(const QString &kind, const QJsonValue &stored, const FieldValues &values)
{
    if (!stored.isObject())
        return row(FieldLabels::field(QStringLiteral("drafts"), QStringLiteral("payload")), escape(plain(stored)));
    QJsonObject payload = stored.toObject();
    QString html;
    if (kind == QLatin1String("consultation")) {
        const QString table = QStringLiteral("consultations");
        for (const PayloadField &f : consultationDraft) {
            const QString key = QLatin1String(f.key);
            if (!payload.contains(key))
                continue;
            const QString column = QLatin1String(f.column);
            html += row(FieldLabels::field(table, column), escape(values.text(table, column, payload.take(key))));
        }
        const QString visitKey = QStringLiteral("visitCheck");
        if (payload.value(visitKey).isObject()) {
            QJsonObject check = payload.take(visitKey).toObject();
            const std::pair<const char *, QString> answers[] = {
                { "personAgreed", tr("Before a home visit: the person agreed to it") },
                { "othersPresent", tr("Before a home visit: others present") },
                { "knownRisks", tr("Before a home visit: known risks") },
            };
            for (const auto &[key, label] : answers) {
                if (check.contains(QLatin1String(key)))
                    html += row(label, escape(plain(check.take(QLatin1String(key)))));
            }
            if (!check.isEmpty())
                html += row(visitKey, escape(plain(check)));
        }
    }
    for (auto it = payload.begin(); it != payload.end(); ++it)
        html += row(it.key(), escape(plain(*it)));
    return html;
}

QString valueHtml(const QString &table, const QString &column, const QJsonObject &object, const FieldValues &values)
{
    const QJsonValue value = object.value(column);
    if (table == QLatin1String("revisions")) {
        const QString entity = object.value(QStringLiteral("entity")).toString();
        if (column == QLatin1String("entity")) {
            QString record = values.text(table, column, value);
            if (entity != QLatin1String("clients") && object.contains(QStringLiteral("entity_id")))
                record = tr("%1 #%2", "a kind of record and its number")
                             .arg(record)
                             .arg(object.value(QStringLiteral("entity_id")).toInteger());
            return escape(record);
        }
        if (column == QLatin1String("old_values") || column == QLatin1String("new_values"))
            return changes(entity, value, values);
    }
    if (table == QLatin1String("consents") && column == QLatin1String("recipients") && value.isString())
        return escape(recipients(value.toString()));
    return escape(values.text(table, column, value));
}

QString recordTable(const Section &section, const QJsonObject &object, const FieldValues &values)
{
    const QString table = QLatin1String(section.table);
    // The width also as an attribute: QTextDocument (a print preview) reads no CSS width.
    QString html = QStringLiteral("<table width=\"100%\">");
    if (table != QLatin1String("clients"))
        html += QStringLiteral("<caption>%1</caption>")
                    .arg(escape(object.contains(QStringLiteral("id"))
                            ? tr("%1 #%2", "a kind of record and its number")
                                  .arg(FieldLabels::record(table))
                                  .arg(object.value(QStringLiteral("id")).toInteger())
                            : FieldLabels::record(table)));
    for (const QString &column : ordered(section, object)) {
        if (leftOut(table, column, object))
            continue;
        if (table == QLatin1String("drafts") && column == QLatin1String("payload"))
            html += payloadRows(object.value(QStringLiteral("kind")).toString(), object.value(column), values);
        else
            html += row(FieldLabels::field(table, column), valueHtml(table, column, object, values));
    }
    return html + QStringLiteral("</table>");
}

const QString style = QStringLiteral(
    "@page { size: A4; margin: 18mm 16mm; }\n"
    "body { font-family: 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif; font-size: 10.5pt;"
    " line-height: 1.5; color: #000; }\n"
    "h1 { font-size: 16pt; margin: 0 0 .4em; }\n"
    "h2 { font-size: 12.5pt; border-bottom: 1.5px solid #444; margin: 1.6em 0 .4em; page-break-after: avoid; }\n"
    "p { margin: .3em 0; }\n"
    "table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }\n"
    "caption { text-align: left; font-weight: bold; padding: .2em 0; page-break-after: avoid; }\n"
    "th, td { border: 1px solid #999; padding: 3px 6px; vertical-align: top; text-align: left; }\n"
    "th { background: #f0f0f0; width: 30%; font-weight: normal; }\n"
    "td { overflow-wrap: anywhere; }\n"
    "tr { page-break-inside: avoid; }\n"
    "ul.changes { margin: 0; padding-left: 1.2em; }\n");

} // namespace

Result<QJsonObject> AccessReport::build(qint64 clientId) const
{
    const storage::Database &db = m_session.db();
    QJsonObject report;
    report.insert(QStringLiteral("format"), QStringLiteral("tsunagu-access-report/1"));
    report.insert(QStringLiteral("generated_at"), jst::toLocal(m_session.nowMs()).toString(Qt::ISODate));
    report.insert(QStringLiteral("client_id"), clientId);
    for (const Section &section : sections()) {
        auto found = rows(db, section.sql, clientId);
        if (!found)
            return fail(found.error());
        if (QLatin1String(section.key) == QLatin1String("client")) {
            if (found->isEmpty())
                return fail(ErrorCode::NotFound, tr("No client with number %1.").arg(clientId));
            report.insert(QLatin1String(section.key), found->first());
        } else {
            if (QLatin1String(section.key) == QLatin1String("drafts"))
                parsePayloads(*found);
            report.insert(QLatin1String(section.key), *found);
        }
    }
    if (Status s = audit::AuditLog(m_session).append(
            {QStringLiteral("access_report.generate"), QStringLiteral("clients"), clientId, clientId, {}});
        !s)
        return fail(s.error());
    return report;
}

Result<AccessReport::Names> AccessReport::names() const
{
    Names names;
    auto q = storage::prepare(m_session.db(), QStringLiteral("SELECT id, name FROM staff"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    while (q->next())
        names.staff.insert(q->value(0).toLongLong(), q->value(1).toString());
    return names;
}

Result<QByteArray> AccessReport::render(qint64 clientId, Format format, const FieldValues::DateText &dateText) const
{
    auto report = build(clientId);
    if (!report)
        return fail(report.error());
    if (format == Format::Json)
        return QJsonDocument(*report).toJson(QJsonDocument::Indented);
    auto known = names();
    if (!known)
        return fail(known.error());
    return toHtml(*report, *known, dateText).toUtf8();
}

QString AccessReport::toHtml(const QJsonObject &report, const Names &names, const FieldValues::DateText &dateText)
{
    // The document is in the language of the installed translation; its dates too.
    const bool japanese = QLocale().language() == QLocale::Japanese;
    FieldValues values(names.staff,
        dateText ? dateText : FieldValues::DateText(japanese ? FieldValues::japaneseDate : FieldValues::englishDate));
    QHash<qint64, QString> agencies = names.agencies;
    for (const QJsonValue &referral : report.value(QStringLiteral("referrals")).toArray()) {
        const QJsonObject r = referral.toObject();
        if (!r.value(QStringLiteral("agency_name")).isNull())
            agencies.insert(
                r.value(QStringLiteral("agency_id")).toInteger(), r.value(QStringLiteral("agency_name")).toString());
    }
    values.setAgencyNames(agencies);

    const QString title = tr("Personal information held about you");
    const QDateTime generated
        = QDateTime::fromString(report.value(QStringLiteral("generated_at")).toString(), Qt::ISODate);
    const QString language = japanese ? QStringLiteral("ja") : QStringLiteral("en");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "<style>\n%3</style></head><body>\n")
                       .arg(language, escape(title), style);
    html += QStringLiteral("<h1>%1</h1>\n<p>%2</p>\n<p>%3</p>\n")
                .arg(escape(title),
                    escape(tr("Client no. %1 · produced %2. This report lists every item of information we hold "
                              "about you and every time it was given to someone outside our organisation.")
                               .arg(report.value(QStringLiteral("client_id")).toInteger())
                               .arg(generated.isValid() ? values.dateTime(generated.toMSecsSinceEpoch())
                                                        : report.value(QStringLiteral("generated_at")).toString())),
                    escape(tr("Dates and times are Japan time. “%1” means that nothing is recorded for that item.")
                               .arg(FieldValues::empty())));
    for (const Section &section : sections()) {
        html += QStringLiteral("<h2>%1</h2>\n").arg(escape(tr(section.title)));
        if (QLatin1String(section.key) == QLatin1String("drafts"))
            html += QStringLiteral("<p>%1</p>\n")
                        .arg(escape(tr("What our staff typed about you and have not saved as a record yet. It is "
                                       "kept so that nothing typed is lost, and deleted once the record is saved or "
                                       "the draft is thrown away.")));
        const QJsonValue value = report.value(QLatin1String(section.key));
        const QJsonArray items = value.isArray() ? value.toArray() : QJsonArray { value };
        if (items.isEmpty()) {
            html += QStringLiteral("<p>%1</p>\n").arg(escape(tr("None.")));
            continue;
        }
        for (const QJsonValue &item : items)
            html += recordTable(section, item.toObject(), values) + QLatin1Char('\n');
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

} // namespace tsunagu::privacy
