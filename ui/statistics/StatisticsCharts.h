// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statistics/Report.h"
#include "ui/statistics/StatisticsJob.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QChart;

namespace tsunagu::ui {

// The charts of the statistics screen (Qt Charts), drawn only from what an
// ANONYMIZED report publishes: a suppressed count or a rate that is not shown
// is left out (never drawn as zero), and `note` then says so.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::StatisticsCharts)

public:
    // Consultations per quarter over the last 8 quarters.
    static QChart *trend(const QList<StatisticsJob::TrendPoint> &points, QString *note);
    // Referrals proposed in the period, by their status at its end.
    static QChart *referralOutcomes(const statistics::Report &report, QString *note);
    // Retention rate 1, 3, 6 and 12 months after a job start.
    static QChart *retention(const statistics::Report &report, QString *note);
};

} // namespace tsunagu::ui
