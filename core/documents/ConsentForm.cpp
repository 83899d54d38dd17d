// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentForm.h"

#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ContactPersonRepository.h"

#include <QCoreApplication>

namespace tsunagu::documents {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::documents::ConsentForm", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString date(const QDate &d)
{
    return d.isValid() ? tr("%1/%2/%3").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>") + esc(item) + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

// Widths and borders as attributes: QTextDocument, which prints the form,
// ignores them in CSS.
QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">%1</table>")
        .arg(rows);
}

QString heading(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

// What each kind of information holds, in words the person understands.
QString described(DataCategory category)
{
    switch (category) {
    case DataCategory::Identity:
        return tr("%1: name, reading, date of birth, sex").arg(label(category));
    case DataCategory::Contact:
        return tr("%1: address, phone, e-mail, emergency contact").arg(label(category));
    case DataCategory::Health:
        return tr("%1 (special-care personal information): conditions, disability certificate, treatment")
            .arg(label(category));
    case DataCategory::Employment:
        return tr("%1: work status, employer, accommodations").arg(label(category));
    case DataCategory::Records:
        return tr("%1: notes of consultations and support").arg(label(category));
    case DataCategory::Family:
        return tr("%1: family members and what they told us").arg(label(category));
    }
    return label(category);
}

QString signatureBlock(const privacy::ConsentInput &input)
{
    // The blanks to write the date in keep their width.
    QString rows = QStringLiteral("<tr><th width=\"30%\">%1</th><td style=\"white-space: pre\">%2</td></tr>")
                       .arg(esc(tr("Date signed")), esc(tr("________ / ____ / ____")));
    if (input.byRepresentative) {
        rows += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                    .arg(esc(tr("Representative")),
                        esc(input.representativeRelation.isEmpty()
                                ? input.representativeName
                                : tr("%1 (%2)").arg(input.representativeName, input.representativeRelation)));
        rows += QStringLiteral("<tr><th width=\"30%\">%1</th><td>&nbsp;<br>&nbsp;<br>&nbsp;</td></tr>")
                    .arg(esc(tr("Signature of the representative")));
    } else {
        rows += QStringLiteral("<tr><th width=\"30%\">%1</th><td>&nbsp;<br>&nbsp;<br>&nbsp;</td></tr>")
                    .arg(esc(tr("Signature")));
    }
    return QStringLiteral("<p>&nbsp;</p>") + table(rows);
}

const QString style = QStringLiteral(
    "@page { size: A4; margin: 20mm; } body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 10.5pt; } "
    ".date { text-align: right; } h1 { text-align: center; font-size: 15pt; } h2 { font-size: 11pt; "
    "border-bottom: 1px solid #666; margin-top: 1em; } table { width: 100%; border-collapse: collapse; } "
    "th, td { border: 1px solid #aaa; padding: 4px 6px; text-align: left; vertical-align: top; } "
    "th { width: 30%; background: #f0f0f0; } "
    ".note { font-size: 9pt; } .page { page-break-before: always; }");

} // namespace

privacy::ConsentInput ConsentForm::inputOf(const privacy::Consent &c)
{
    privacy::ConsentInput in;
    in.clientId = c.clientId;
    in.kind = c.kind;
    in.purposes = c.purposes;
    in.purposeDetail = c.purposeDetail;
    in.recipients = c.recipients;
    in.categories = c.categories;
    in.validFrom = c.validFrom();
    in.validUntil = c.validUntil();
    in.method = c.method;
    in.byRepresentative = c.byRepresentative;
    in.representativeName = c.representativeName;
    in.representativeRelation = c.representativeRelation;
    in.formVersion = c.formVersion;
    in.text = c.text;
    return in;
}

Result<QString> ConsentForm::html(const privacy::Consent &consent, const ConsentFormOptions &options) const
{
    return html(QList<privacy::ConsentInput> { inputOf(consent) }, options);
}

Result<QString> ConsentForm::html(const QList<privacy::ConsentInput> &consents, const ConsentFormOptions &options) const
{
    if (consents.isEmpty())
        return fail(ErrorCode::Invalid, tr("There is no consent to print."));
    QString pages;
    for (qsizetype i = 0; i < consents.size(); ++i) {
        if (consents.at(i).clientId != consents.first().clientId)
            return fail(ErrorCode::Invalid, tr("A consent form is about one person only."));
        auto one = page(consents.at(i), options);
        if (!one)
            return fail(one.error());
        pages += (i == 0 ? QStringLiteral("<div>") : QStringLiteral("<div class=\"page\">")) + *one
            + QStringLiteral("</div>");
    }
    return QStringLiteral("<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>%2</style></head><body>%3</body></html>")
        .arg(esc(tr("Consent form")), style, pages);
}

Result<QString> ConsentForm::recipientName(const privacy::ConsentRecipient &r) const
{
    if (r.agencyId) {
        auto agency = AgencyRepository(m_session).get(*r.agencyId);
        if (!agency)
            return fail(agency.error());
        return agency->name;
    }
    if (r.agencyKind)
        return tr("Any %1 (every office of this kind)").arg(label(*r.agencyKind));
    if (r.contactPersonId) {
        auto person = ContactPersonRepository(m_session).get(*r.contactPersonId);
        if (!person)
            return fail(person.error());
        return tr("%1 (%2)").arg(person->name, label(person->relationship));
    }
    return fail(ErrorCode::Invalid, tr("Each recipient must be one agency, one kind of agency or one person."));
}

Result<QString> ConsentForm::page(const privacy::ConsentInput &in, const ConsentFormOptions &options) const
{
    auto client = ClientRepository(m_session).get(in.clientId);
    if (!client)
        return fail(client.error());
    if (client->isErased())
        return fail(ErrorCode::Refused, tr("This person's data was erased."));
    if (!in.validFrom.isValid() || !in.validUntil.isValid() || in.validUntil < in.validFrom)
        return fail(ErrorCode::Invalid, tr("Enter the consent period, with its last day, before printing the form."));

    const QString organisation
        = options.organisation.trimmed().isEmpty() ? tr("our organisation") : options.organisation.trimmed();
    QString person
        = QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>").arg(esc(tr("Name")), esc(client->name));
    if (!client->nameKana.isEmpty())
        person += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                      .arg(esc(tr("Reading")), esc(client->nameKana));
    if (client->birthDate)
        person += QStringLiteral("<tr><th width=\"30%\">%1</th><td>%2</td></tr>")
                      .arg(esc(tr("Date of birth")), esc(date(*client->birthDate)));

    QString html = QStringLiteral("<p class=\"date\">%1</p>").arg(esc(date(m_session.clock().today())));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("To: %1").arg(organisation)));
    QString scope;
    if (in.kind == privacy::ConsentKind::Disclosure) {
        if (in.purposes.isEmpty() || in.recipients.isEmpty() || in.categories.isEmpty())
            return fail(ErrorCode::Invalid,
                tr("Choose the purposes, the recipients and the information before printing the form."));
        html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Consent to share personal information")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("I agree that %1 gives the information described below about me to the recipients "
                                "below, for the purposes below, during the period below, and for nothing else.")
                                 .arg(organisation)));
        QStringList recipients;
        for (const privacy::ConsentRecipient &r : in.recipients) {
            auto name = recipientName(r);
            if (!name)
                return fail(name.error());
            recipients << *name;
        }
        QStringList purposes;
        in.purposes.forEach([&](Purpose p) {
            purposes << (p == Purpose::Other && !in.purposeDetail.trimmed().isEmpty()
                    ? tr("%1: %2").arg(label(p), in.purposeDetail.trimmed())
                    : label(p));
        });
        QStringList included;
        in.categories.forEach([&](DataCategory c) { included << described(c); });
        QStringList excluded;
        DataCategories::all().minus(in.categories).forEach([&](DataCategory c) { excluded << label(c); });

        scope += heading(tr("Recipients")) + list(recipients);
        scope += heading(tr("Purposes")) + list(purposes);
        scope += heading(tr("Information given")) + list(included);
        if (!excluded.isEmpty())
            scope += QStringLiteral("<p>%1</p>").arg(esc(tr("Not given: %1.").arg(excluded.join(tr(", ")))));
    } else {
        html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Consent to record health information")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("I agree that %1 records information about my health (conditions, disability "
                                "certificate, treatment: special-care personal information) to support me in "
                                "balancing treatment and work. This consent does not allow anyone to give that "
                                "information to others; that needs a consent of its own.")
                                 .arg(organisation)));
    }
    scope += heading(tr("Period"))
        + QStringLiteral("<p>%1</p>")
              .arg(esc(tr("From %1 to %2 (both days included)").arg(date(in.validFrom), date(in.validUntil))));

    html += heading(tr("The person")) + table(person);
    html += scope;
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(esc(tr("You may withdraw this consent at any time by telling us; nothing more is given from "
                            "then on. What was given before stays recorded, and you may ask to see that record.")));
    html += signatureBlock(in);
    QStringList footer;
    if (!options.staffName.trimmed().isEmpty())
        footer << tr("Explained by: %1").arg(options.staffName.trimmed());
    if (!in.formVersion.trimmed().isEmpty())
        footer << tr("Form version: %1").arg(in.formVersion.trimmed());
    if (!footer.isEmpty())
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(footer.join(QStringLiteral("  /  "))));
    return html;
}

} // namespace tsunagu::documents
