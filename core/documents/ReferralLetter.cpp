// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferralLetter.h"

#include "common/Clock.h"
#include "privacy/DisclosureGrant.h"

#include <QCoreApplication>

namespace tsunagu::documents {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::documents::ReferralLetter", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString &label, const QString &value)
{
    if (value.trimmed().isEmpty())
        return QString();
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
}

QString section(const QString &title, const QString &rows)
{
    return QStringLiteral("<h2>%1</h2><table>%2</table>").arg(esc(title), rows);
}

QString date(const QDate &d)
{
    return d.isValid() ? tr("%1/%2/%3").arg(d.year()).arg(d.month()).arg(d.day()) : QString();
}

} // namespace

QString ReferralLetter::html(const privacy::DisclosureGrant &grant, const LetterOptions &options)
{
    const privacy::ReleasedData &data = grant.data();
    const QDate today = jst::dateOf(grant.releasedAt());
    QString body;
    if (data.identity) {
        const auto &id = *data.identity;
        body += section(label(DataCategory::Identity),
                        row(tr("Name"), id.name) + row(tr("Reading"), id.nameKana)
                            + row(tr("Date of birth"), id.birthDate ? date(*id.birthDate) : QString())
                            + row(tr("Sex"), id.sex));
    }
    if (data.contact) {
        const auto &c = *data.contact;
        body += section(label(DataCategory::Contact),
                        row(tr("Address"), c.address) + row(tr("Phone"), c.phone) + row(tr("E-mail"), c.email)
                            + row(tr("Emergency contact"), c.emergencyContact));
    }
    if (data.health) {
        QString rows = row(tr("Disability certificate"), data.health->certificate);
        for (const auto &c : data.health->conditions) {
            QString text = c.diseaseGroup;
            if (!c.designatedName.isEmpty())
                text += QStringLiteral(" / ") + c.designatedName;
            if (c.designatedNumber)
                text += tr(" (designated intractable disease no. %1)").arg(*c.designatedNumber);
            rows += row(tr("Condition"), text);
        }
        body += section(label(DataCategory::Health), rows);
    }
    if (data.employment)
        body += section(label(DataCategory::Employment),
                        row(tr("Employment status"), data.employment->status)
                            + row(tr("Support goals"), data.employment->caseGoals.join(tr(", "))));
    if (data.records) {
        QString rows;
        for (const auto &r : *data.records)
            rows += row(date(r.startedAt.date()) + QLatin1Char(' ') + r.channel,
                        r.nextSteps.isEmpty() ? r.notes : tr("%1\nNext steps: %2").arg(r.notes, r.nextSteps));
        body += section(label(DataCategory::Records), rows);
    }
    if (data.family) {
        QString rows;
        for (const auto &m : *data.family)
            rows += row(m.relationship, tr("%1  %2").arg(m.name, m.phone).trimmed());
        body += section(label(DataCategory::Family), rows);
    }

    const QString basis = grant.consentId()
        ? tr("the person's consent (consent no. %1)").arg(*grant.consentId())
        : tr("a legal exception (%1)").arg(grant.exception() ? label(*grant.exception()) : QString());
    const QString scope = tr("This letter contains only the following information, shared on the basis of %1: %2. "
                             "Disclosure record no. %3.")
                              .arg(basis, grant.categories().toLabels(tr(", ")))
                              .arg(grant.disclosureId());

    return QStringLiteral(
               "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
               "@page { size: A4; margin: 20mm; } body { font-family: 'Noto Sans CJK JP', sans-serif; "
               "font-size: 10.5pt; } .date { text-align: right; } .to { font-size: 13pt; margin: 1em 0; } "
               ".from { text-align: right; } h1 { text-align: center; font-size: 16pt; letter-spacing: .5em; } "
               "h2 { font-size: 11pt; border-bottom: 1px solid #666; margin-top: 1.2em; } table { width: 100%; "
               "border-collapse: collapse; } th, td { border: 1px solid #aaa; padding: 3px 6px; text-align: left; "
               "vertical-align: top; } th { width: 28%; background: #f0f0f0; } .scope { margin-top: 2em; "
               "font-size: 9pt; border: 1px solid #666; padding: 6px; }</style></head><body>")
               .arg(esc(tr("Referral letter")))
        + QStringLiteral("<p class=\"date\">%1</p><p class=\"to\">%2</p><p class=\"from\">%3<br>%4</p><h1>%5</h1>"
                         "<p>%6</p>")
              .arg(esc(date(today)), esc(tr("To: %1").arg(grant.recipientLabel())), esc(options.organisation),
                   esc(options.staffName), esc(tr("Referral letter")),
                   esc(tr("We would like to introduce the person below to you for %1.").arg(label(grant.purpose()))))
        + (options.message.trimmed().isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(esc(options.message)))
        + body + QStringLiteral("<p class=\"scope\">%1</p></body></html>").arg(esc(scope));
}

} // namespace tsunagu::documents
