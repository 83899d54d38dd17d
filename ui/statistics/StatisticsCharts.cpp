// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace tsunagu::ui {

namespace {

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QValueAxis *countAxis(int top)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, std::max(4, top));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

QChart *StatisticsCharts::trend(const QList<StatisticsJob::TrendPoint> &points, QString *note)
{
    QChart *chart = newChart(tr("Consultations per quarter"));
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    xAxis->setStartValue(-0.5);
    xAxis->setRange(-0.5, double(points.size()) - 0.5);
    auto *markers = new QScatterSeries;
    markers->setMarkerSize(8);
    QList<QLineSeries *> lines;
    QLineSeries *line = nullptr;
    int top = 0;
    int hidden = 0;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const StatisticsJob::TrendPoint &p = points.at(i);
        // "26Q3" (labels wider than their category are cut short); the
        // whole codes are in the axis title.
        QString label = p.code.mid(2);
        if (!p.consultations) {
            ++hidden;
            label += statistics::Report::suppressedMarker();
            line = nullptr; // a gap, not a line through a hidden count
        } else {
            if (!line) {
                line = new QLineSeries;
                lines.append(line);
            }
            line->append(double(i), *p.consultations);
            markers->append(double(i), *p.consultations);
            top = std::max(top, *p.consultations);
        }
        xAxis->append(label, double(i) + 0.5);
    }
    if (!points.isEmpty()) {
        //: The quarters of the trend chart, e.g. "2024Q4 to 2026Q3"
        xAxis->setTitleText(tr("%1 to %2").arg(points.constFirst().code, points.constLast().code));
    }
    QValueAxis *yAxis = countAxis(top);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    QColor colour;
    for (QLineSeries *l : lines) {
        chart->addSeries(l);
        if (!colour.isValid())
            colour = l->color();
        l->setColor(colour);
        l->attachAxis(xAxis);
        l->attachAxis(yAxis);
    }
    chart->addSeries(markers);
    if (colour.isValid())
        markers->setColor(colour);
    markers->attachAxis(xAxis);
    markers->attachAxis(yAxis);
    if (note) {
        *note = hidden ? tr("%1: suppressed, not drawn.").arg(statistics::Report::suppressedMarker()) : QString();
    }
    return chart;
}

QChart *StatisticsCharts::referralOutcomes(const statistics::Report &report, QString *note)
{
    QChart *chart = newChart(tr("Referrals by status at the end of the period"));
    const statistics::Table *t = report.table(QStringLiteral("referrals_by_agency_kind_and_status"));
    auto *set = new QBarSet(tr("Referrals"));
    QStringList categories;
    int top = 0;
    int leftOut = 0;
    if (t) {
        for (int c = 0; c < t->columnCount(); ++c) {
            const std::optional<int> v = t->value(t->rowCount(), c);
            if (!v) {
                ++leftOut;
                continue;
            }
            // Horizontal bars are drawn from the bottom up: the first status goes last.
            categories.prepend(t->columns().at(c).label);
            set->insert(0, *v);
            top = std::max(top, *v);
        }
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    QValueAxis *valueAxis = countAxis(top);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (note)
        *note = leftOut ? tr("%n status(es) with a suppressed count are left out.", nullptr, leftOut) : QString();
    return chart;
}

QChart *StatisticsCharts::retention(const statistics::Report &report, QString *note)
{
    QChart *chart = newChart(tr("Retention after a job start (%)"));
    auto *line = new QLineSeries;
    auto *markers = new QScatterSeries;
    markers->setMarkerSize(8);
    int hidden = 0;
    for (const int months : {1, 3, 6, 12}) {
        const auto it = std::find_if(report.measures.begin(), report.measures.end(), [&](const statistics::Measure &m) {
            return m.id == QStringLiteral("retention_rate_%1m").arg(months);
        });
        if (it == report.measures.end() || !it->value) {
            ++hidden;
            continue;
        }
        line->append(months, *it->value);
        markers->append(months, *it->value);
    }
    chart->addSeries(line);
    chart->addSeries(markers);
    markers->setColor(line->color());
    auto *xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(0, 12.5);
    for (const int months : {1, 3, 6, 12})
        xAxis->append(QString::number(months), months);
    xAxis->setTitleText(tr("Months after the job start"));
    auto *yAxis = new QValueAxis;
    // A little room above 100 % so that a point there is drawn whole.
    yAxis->setRange(0, 105);
    yAxis->setTickType(QValueAxis::TicksDynamic);
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(20);
    yAxis->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QXYSeries *s : {static_cast<QXYSeries *>(line), static_cast<QXYSeries *>(markers)}) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    if (note) {
        *note = hidden ? tr("%n check point(s) not shown: fewer than k people, or a suppressed count.", nullptr, hidden)
                       : QString();
    }
    return chart;
}

} // namespace tsunagu::ui
