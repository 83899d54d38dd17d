// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/PreVisitCheck.h"

namespace tsunagu::ui {

namespace {
QString orNone(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? PreVisitCheck::tr("none stated") : trimmed;
}

QString oneLine(const QString &text)
{
    QString line = orNone(text);
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}
} // namespace

QString PreVisitCheck::notesBlock() const
{
    return tr("[Pre-visit checklist]") + QLatin1Char('\n')
        + tr("The person agreed to the visit: %1").arg(personAgreed ? tr("yes") : tr("no")) + QLatin1Char('\n')
        + tr("Others present: %1").arg(orNone(othersPresent)) + QLatin1Char('\n')
        + tr("Known risks: %1").arg(orNone(knownRisks));
}

QString PreVisitCheck::summary() const
{
    return (personAgreed ? tr("Agreed") : tr("Not agreed")) + QStringLiteral(" · ")
        + tr("Others present: %1").arg(oneLine(othersPresent)) + QStringLiteral(" · ")
        + tr("Known risks: %1").arg(oneLine(knownRisks));
}

QJsonObject PreVisitCheck::toJson() const
{
    return QJsonObject { { QStringLiteral("personAgreed"), personAgreed },
        { QStringLiteral("othersPresent"), othersPresent }, { QStringLiteral("knownRisks"), knownRisks } };
}

std::optional<PreVisitCheck> PreVisitCheck::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    PreVisitCheck check;
    check.personAgreed = json.value(QStringLiteral("personAgreed")).toBool();
    check.othersPresent = json.value(QStringLiteral("othersPresent")).toString();
    check.knownRisks = json.value(QStringLiteral("knownRisks")).toString();
    return check;
}

} // namespace tsunagu::ui
