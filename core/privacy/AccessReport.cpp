// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessReport.h"

#include "audit/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace tsunagu::privacy {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::privacy::AccessReport", text);
}

// Internal search keys are derived from other fields and not shown.
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
    const char *key;
    const char *title; // translated in context tsunagu::privacy::AccessReport
    QString sql;
};

QList<Section> sections()
{
    return {
        {"client", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Personal details"),
         QStringLiteral("SELECT * FROM clients WHERE id = :client")},
        {"conditions", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Health conditions"),
         QStringLiteral("SELECT * FROM client_conditions WHERE client_id = :client ORDER BY id")},
        {"contact_persons", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Family and other contacts"),
         QStringLiteral("SELECT * FROM contact_persons WHERE client_id = :client ORDER BY id")},
        {"consultations", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Consultations"),
         QStringLiteral("SELECT * FROM consultations WHERE client_id = :client ORDER BY started_at")},
        {"support_cases", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Accompaniment cases"),
         QStringLiteral("SELECT * FROM support_cases WHERE client_id = :client ORDER BY id")},
        {"case_milestones", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Case milestones"),
         QStringLiteral("SELECT m.* FROM case_milestones m JOIN support_cases c ON c.id = m.case_id "
                        "WHERE c.client_id = :client ORDER BY m.id")},
        {"referrals", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Referrals"),
         QStringLiteral("SELECT r.*, a.name AS agency_name FROM referrals r LEFT JOIN agencies a ON a.id = r.agency_id "
                        "WHERE r.client_id = :client ORDER BY r.id")},
        {"referral_events", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Referral progress"),
         QStringLiteral("SELECT e.* FROM referral_events e JOIN referrals r ON r.id = e.referral_id "
                        "WHERE r.client_id = :client ORDER BY e.at, e.id")},
        {"consents", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Consents"),
         QStringLiteral("SELECT c.*, (SELECT group_concat(coalesce(a.name, cr.agency_kind, p.name), ', ') "
                        "FROM consent_recipients cr LEFT JOIN agencies a ON a.id = cr.agency_id "
                        "LEFT JOIN contact_persons p ON p.id = cr.contact_person_id WHERE cr.consent_id = c.id) "
                        "AS recipients FROM consents c WHERE c.client_id = :client ORDER BY c.given_at")},
        {"revisions", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "History of corrections"),
         QStringLiteral("SELECT r.at, r.entity, r.entity_id, s.name AS staff, r.reason, r.old_values, r.new_values "
                        "FROM revisions r LEFT JOIN staff s ON s.id = r.staff_id "
                        "WHERE r.client_id = :client OR (r.entity = 'clients' AND r.entity_id = :client) "
                        "ORDER BY r.at, r.id")},
        {"disclosures", QT_TRANSLATE_NOOP("tsunagu::privacy::AccessReport", "Information given to third parties"),
         QStringLiteral("SELECT d.id, d.at, d.recipient_label, d.recipient_kind, d.categories, d.purpose, "
                        "d.purpose_detail, d.method, d.basis, d.consent_id, d.exception_ground, d.justification, "
                        "s.name AS staff FROM disclosures d LEFT JOIN staff s ON s.id = d.staff_id "
                        "WHERE d.client_id = :client AND NOT EXISTS "
                        "(SELECT 1 FROM disclosure_withholdings w WHERE w.disclosure_id = d.id) ORDER BY d.at, d.id")},
    };
}

QString escape(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString cell(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return escape(v.toString());
}

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
            report.insert(QLatin1String(section.key), *found);
        }
    }
    if (Status s = audit::AuditLog(m_session).append(
            {QStringLiteral("access_report.generate"), QStringLiteral("clients"), clientId, clientId, {}});
        !s)
        return fail(s.error());
    return report;
}

Result<QByteArray> AccessReport::render(qint64 clientId, Format format) const
{
    auto report = build(clientId);
    if (!report)
        return fail(report.error());
    if (format == Format::Json)
        return QJsonDocument(*report).toJson(QJsonDocument::Indented);
    return toHtml(*report).toUtf8();
}

QString AccessReport::toHtml(const QJsonObject &report)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
        "@page { size: A4; margin: 18mm; } body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; }"
        "h1 { font-size: 16pt; } h2 { font-size: 12pt; border-bottom: 1px solid #888; margin-top: 1.4em; }"
        "table { border-collapse: collapse; width: 100%; margin: .4em 0; } th, td { border: 1px solid #bbb; "
        "padding: 2px 4px; vertical-align: top; text-align: left; } th { background: #eee; width: 28%; }"
        "</style></head><body>")
                       .arg(tr("Personal information held about you"));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(tr("Personal information held about you"),
                     tr("Client no. %1 · produced %2. This report lists every item of information we hold about you "
                        "and every time it was given to someone outside our organisation.")
                         .arg(report.value(QStringLiteral("client_id")).toInteger())
                         .arg(escape(report.value(QStringLiteral("generated_at")).toString())));
    for (const Section &section : sections()) {
        html += QStringLiteral("<h2>%1</h2>").arg(tr(section.title));
        const QJsonValue value = report.value(QLatin1String(section.key));
        QJsonArray items = value.isArray() ? value.toArray() : QJsonArray{value};
        if (items.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(tr("None."));
            continue;
        }
        for (const QJsonValue &item : std::as_const(items)) {
            html += QStringLiteral("<table>");
            const QJsonObject row = item.toObject();
            for (auto it = row.begin(); it != row.end(); ++it)
                html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escape(it.key()), cell(it.value()));
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace tsunagu::privacy
