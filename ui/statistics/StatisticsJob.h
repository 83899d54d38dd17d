// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "statistics/Period.h"
#include "statistics/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace tsunagu::ui {

// One computation of the statistics screen, run on a worker thread: the report
// of the chosen period and the consultations of the last 8 quarters (the
// trend), each through the Anonymizer. Nothing raw leaves run(): the trend
// holds only published counts (nullopt where suppressed). The database is read
// through the worker thread's own connection, released before run() returns.
class StatisticsJob
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::StatisticsJob)

public:
    static constexpr int trendQuarters = 8;

    struct TrendPoint {
        QString code; // "2026Q3"
        std::optional<int> consultations;
    };

    // Called on the worker thread with 0–100.
    using Progress = std::function<void(int percent)>;

    StatisticsJob(const Session &session, const statistics::Period &period, int k);

    // On the worker thread. Stops at the next step once cancel() was called.
    void run(const Progress &progress = {});
    // From any thread.
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    const statistics::Period &period() const { return m_period; }
    int k() const { return m_k; }
    // After run(): the anonymized report (or why there is none) and the trend.
    const Result<statistics::Report> &report() const { return m_report; }
    const QList<TrendPoint> &trend() const { return m_trend; }

    // The quarters of the trend, oldest first, ending with the quarter that
    // holds the last day of `period`.
    static QList<statistics::Period> trendPeriods(const statistics::Period &period);

private:
    Session m_session;
    statistics::Period m_period;
    int m_k;
    std::atomic<bool> m_cancelled{false};
    Result<statistics::Report> m_report;
    QList<TrendPoint> m_trend;
};

} // namespace tsunagu::ui
