// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLabels.h"

#include "common/Clock.h"

#include <QCoreApplication>

namespace tsunagu::statistics {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::ReportLabels", text);
}
} // namespace

QString ReportLabels::title()
{
    return tr("Tsunagu: anonymized statistics");
}

QString ReportLabels::totalLabel()
{
    return tr("Total");
}

QList<std::pair<QString, QString>> ReportLabels::metadataLines(const Report &report)
{
    const Report::Metadata &m = report.metadata;
    return {
        {tr("Period"), QStringLiteral("%1: %2").arg(m.periodCode, m.periodLabel)},
        {tr("First day"), m.firstDay.toString(Qt::ISODate)},
        {tr("Last day"), m.lastDay.toString(Qt::ISODate)},
        {tr("Population"), m.population},
        {tr("Disclosure control"), m.suppressionRule},
        {tr("Smallest published count (k)"), QString::number(m.k)},
        {tr("Legend"), m.legend},
        {tr("Generated at"), instant(m.generatedAtMs)},
        {tr("Application version"), QStringLiteral("Tsunagu %1").arg(m.applicationVersion)},
        {tr("Database schema version"), QString::number(m.schemaVersion)},
    };
}

QString ReportLabels::unitLabel(Measure::Unit unit)
{
    switch (unit) {
    case Measure::Unit::Days: return tr("days");
    case Measure::Unit::Percent: return tr("%");
    case Measure::Unit::Score: return tr("points (1 to 5)");
    }
    return {};
}

QString ReportLabels::measureValue(const Measure &measure)
{
    if (!measure.value)
        return Report::suppressedMarker();
    return QString::number(*measure.value, 'f', 1);
}

QString ReportLabels::instant(qint64 ms)
{
    return jst::toLocal(ms).toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + QStringLiteral("+09:00");
}

QList<QString> ReportLabels::measureHeadings()
{
    return {tr("Measure"), tr("Value"), tr("Unit"), tr("Over (n)"), tr("Definition")};
}

} // namespace tsunagu::statistics
