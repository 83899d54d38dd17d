// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonExport.h"

#include "statistics/ReportLabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace tsunagu::statistics {

namespace {

QJsonValue count(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString unitCode(Measure::Unit unit)
{
    switch (unit) {
    case Measure::Unit::Days: return QStringLiteral("days");
    case Measure::Unit::Percent: return QStringLiteral("percent");
    case Measure::Unit::Score: return QStringLiteral("score");
    }
    return {};
}

QJsonObject tableObject(const Table &t)
{
    QJsonArray columns;
    for (const Table::Key &c : t.columns())
        columns.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("label"), c.label}});
    const auto line = [&](int r) {
        QJsonArray cells;
        for (int c = 0; c < t.columnCount(); ++c)
            cells.append(count(t.value(r, c)));
        QJsonObject o{{QStringLiteral("cells"), cells}};
        if (t.isShown(r, t.columnCount()))
            o.insert(QStringLiteral("total"), count(t.value(r, t.columnCount())));
        return o;
    };
    QJsonArray rows;
    for (int r = 0; r < t.rowCount(); ++r) {
        QJsonObject o = line(r);
        o.insert(QStringLiteral("code"), t.rows().at(r).code);
        o.insert(QStringLiteral("label"), t.rows().at(r).label);
        rows.append(o);
    }
    QJsonObject table{{QStringLiteral("id"), t.id()},
                      {QStringLiteral("title"), t.title()},
                      {QStringLiteral("definition"), t.definition()},
                      {QStringLiteral("rowHeader"), t.rowHeader()},
                      {QStringLiteral("columns"), columns},
                      {QStringLiteral("rows"), rows}};
    if (t.hasColumnTotals())
        table.insert(QStringLiteral("totals"), line(t.rowCount()));
    return table;
}

} // namespace

QByteArray JsonExport::render(const Report &report)
{
    const Report::Metadata &m = report.metadata;
    QJsonObject metadata{
        {QStringLiteral("title"), ReportLabels::title()},
        {QStringLiteral("period"), m.periodCode},
        {QStringLiteral("periodKind"), m.periodKind},
        {QStringLiteral("periodLabel"), m.periodLabel},
        {QStringLiteral("firstDay"), m.firstDay.toString(Qt::ISODate)},
        {QStringLiteral("lastDay"), m.lastDay.toString(Qt::ISODate)},
        {QStringLiteral("population"), m.population},
        {QStringLiteral("k"), m.k},
        {QStringLiteral("suppressionRule"), m.suppressionRule},
        {QStringLiteral("legend"), m.legend},
        {QStringLiteral("suppressedValue"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("generatedAt"), ReportLabels::instant(m.generatedAtMs)},
        {QStringLiteral("applicationVersion"), m.applicationVersion},
        {QStringLiteral("schemaVersion"), m.schemaVersion},
    };
    QJsonArray tables;
    for (const Table &t : report.tables)
        tables.append(tableObject(t));
    QJsonArray measures;
    for (const Measure &x : report.measures) {
        measures.append(QJsonObject{{QStringLiteral("id"), x.id},
                                    {QStringLiteral("title"), x.title},
                                    {QStringLiteral("definition"), x.definition},
                                    {QStringLiteral("unit"), unitCode(x.unit)},
                                    {QStringLiteral("value"), x.value ? QJsonValue(std::round(*x.value * 10.0) / 10.0) : QJsonValue()},
                                    {QStringLiteral("n"), count(x.n)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("tsunagu-statistics")},
                           {QStringLiteral("formatVersion"), formatVersion},
                           {QStringLiteral("metadata"), metadata},
                           {QStringLiteral("tables"), tables},
                           {QStringLiteral("measures"), measures}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace tsunagu::statistics
