// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsJob.h"

#include "statistics/Anonymizer.h"
#include "statistics/Statistics.h"
#include "storage/Database.h"

namespace tsunagu::ui {

using statistics::Anonymizer;
using statistics::Period;
using statistics::Report;

StatisticsJob::StatisticsJob(const Session &session, const Period &period, int k)
    : m_session(session)
    , m_period(period)
    , m_k(k)
    , m_report(fail(ErrorCode::Cancelled, tr("The statistics have not been computed.")))
{ }

QList<Period> StatisticsJob::trendPeriods(const Period &period)
{
    const Period last = period.kind() == Period::Kind::Quarter
        ? period
        : Period::containing(period.lastDay(), Period::Kind::Quarter);
    QList<Period> quarters;
    for (int i = trendQuarters - 1; i >= 0; --i)
        quarters.append(last.shifted(-i));
    return quarters;
}

void StatisticsJob::run(const Progress &progress)
{
    // Whatever happens, this thread's connection is closed before it ends.
    struct Release {
        const storage::Database &db;
        ~Release() { db.releaseThreadConnection(); }
    } release{m_session.db()};

    const auto cancelled = [this] {
        return fail(ErrorCode::Cancelled, tr("The statistics were cancelled."));
    };
    const Result<Anonymizer> anonymizer = Anonymizer::create(m_k);
    if (!anonymizer) {
        m_report = fail(anonymizer.error());
        return;
    }

    const QList<Period> quarters = trendPeriods(m_period);
    const bool reuseMain = m_period.kind() == Period::Kind::Quarter;
    const int computations = 1 + int(quarters.size()) - (reuseMain ? 1 : 0);
    int finished = 0;
    const statistics::Statistics statistics(m_session);
    const auto compute = [&](const Period &period) -> Result<Report> {
        const auto step = [&](int done, int total) {
            if (m_cancelled.load())
                return false;
            if (progress && total > 0)
                progress((100 * finished + 100 * done / total) / computations);
            return true;
        };
        if (m_cancelled.load())
            return cancelled();
        Result<Report> raw = statistics.compute(period, step);
        ++finished;
        if (!raw)
            return fail(raw.error());
        return anonymizer->apply(*raw);
    };

    Result<Report> main = compute(m_period);
    if (!main) {
        m_report = fail(main.error());
        return;
    }
    const auto consultationsOf = [](const Report &report) -> std::optional<int> {
        const statistics::Table *overview = report.table(QStringLiteral("overview"));
        if (!overview)
            return std::nullopt;
        const int row = overview->rowOf(QStringLiteral("consultations"));
        return row < 0 ? std::nullopt : overview->value(row, 0);
    };
    QList<TrendPoint> trend;
    for (const Period &quarter : quarters) {
        if (reuseMain && quarter == m_period) {
            trend.append({quarter.code(), consultationsOf(*main)});
            continue;
        }
        const Result<Report> report = compute(quarter);
        if (!report) {
            m_report = fail(report.error());
            return;
        }
        trend.append({quarter.code(), consultationsOf(*report)});
    }
    if (m_cancelled.load()) {
        m_report = cancelled();
        return;
    }
    m_trend = trend;
    m_report = std::move(main);
    if (progress)
        progress(100);
}

} // namespace tsunagu::ui
