// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"
#include "DemoRun.h"

#include "audit/AuditLog.h"
#include "demo/AgencyBank.h"
#include "demo/BulkStatement.h"
#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "demo/PlaceBank.h"
#include "search/NoteTokenizer.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace tsunagu::demo {

namespace detail {

bool Run::report(const QString &step, double fraction)
{
    if (!m_progress)
        return true;
    const int percent = static_cast<int>(m_stepStart + m_stepShare * std::clamp(fraction, 0.0, 1.0));
    if (percent == m_lastPercent && step == m_step)
        return true;
    m_step = step;
    m_lastPercent = percent;
    return m_progress(step, percent);
}

qint64 Run::workTime(DemoRandom &random, QDate date) const
{
    if (date.dayOfWeek() == Qt::Saturday)
        date = date.addDays(2);
    else if (date.dayOfWeek() == Qt::Sunday)
        date = date.addDays(1);
    if (date > m_until)
        date = m_until;
    return jst::startOfDay(date) + random.between(9, 16) * hour + random.between(0, 11) * 5 * minute;
}

int Run::agencyFor(DemoRandom &random, int prefecture, AgencyKind kind) const
{
    auto it = m_agenciesByPlace.find({ std::max(prefecture, 0), static_cast<int>(kind) });
    if (it == m_agenciesByPlace.end())
        it = m_agenciesByPlace.find({ 0, static_cast<int>(kind) });
    const std::vector<int> &list = it->second;
    return list.at(static_cast<std::size_t>(random.below(static_cast<int>(list.size()))));
}

// Splits `total` over the entries in proportion to their weights, each at
// least `minimum`, exactly (the rest goes to entries drawn at random).
void Run::allocate(
    std::vector<int> &counts, qint64 total, const std::vector<double> &weights, int minimum, DemoRandom &random)
{
    const std::size_t n = weights.size();
    counts.assign(n, minimum);
    qint64 left = total - static_cast<qint64>(minimum) * static_cast<qint64>(n);
    if (left <= 0 || n == 0)
        return;
    double sum = 0;
    for (double w : weights)
        sum += w;
    qint64 given = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int extra = static_cast<int>(std::floor(static_cast<double>(left) * weights[i] / sum));
        counts[i] += extra;
        given += extra;
    }
    for (; given < left; ++given) {
        std::size_t i = static_cast<std::size_t>(random.below(static_cast<std::uint64_t>(n)));
        while (weights[i] <= 0)
            i = (i + 1) % n;
        ++counts[i];
    }
}

Status Run::insertStaff()
{
    const QList<NameBank::Name> names = NameBank::instance().staff();
    auto insert = BulkStatement::prepare(m_db,
        "INSERT INTO staff (name, role, active, created_at, updated_at) "
        "VALUES (?, ?, 1, ?, ?) ON CONFLICT (name) DO NOTHING");
    auto find = BulkStatement::prepare(m_db, "SELECT id FROM staff WHERE name = ?");
    if (!insert)
        return fail(insert.error());
    if (!find)
        return fail(find.error());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const StaffRole role = i == 0 ? StaffRole::Supervisor
            : i == names.size() - 1   ? StaffRole::Admin
            : i >= 8                  ? StaffRole::Outreach
                                      : StaffRole::Coordinator;
        insert->bind(1, names.at(i).full());
        insert->bind(2, toCode(role));
        insert->bind(3, m_startMs);
        insert->bind(4, m_startMs);
        if (auto r = insert->run(); !r)
            return fail(r.error());
        find->bind(1, names.at(i).full());
        auto row = find->step();
        if (!row)
            return fail(row.error());
        const qint64 id = find->columnInt(0);
        find->reset();
        if (role == StaffRole::Supervisor)
            m_supervisor = id;
        else if (role == StaffRole::Admin)
            m_admin = id;
        else
            m_workers.push_back(id);
        ++m_report.staff;
    }
    return {};
}

Status Run::insertAgencies()
{
    auto insert = BulkStatement::prepare(m_db,
        "INSERT INTO agencies (name, name_norm, kind, prefecture, municipality, address, phone, contact_name, "
        "active, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)");
    if (!insert)
        return fail(insert.error());
    DemoRandom random(m_options.seed, FlagStream, 7);
    const auto &prefectures = PlaceBank::instance().prefectures();
    for (const AgencyBank::Entry &e : AgencyBank::instance().entries()) {
        insert->bind(1, e.name);
        insert->bind(2, text::searchKey(e.name));
        insert->bind(3, toCode(e.kind));
        insert->bind(4, prefectures.at(e.prefecture).name);
        insert->bindOptional(5, e.municipality);
        insert->bindOptional(
            6, e.municipality.isEmpty() ? QString() : PlaceBank::instance().drawAddress(random, e.municipality));
        insert->bind(7,
            QStringLiteral("0%1-%2-%3")
                .arg(random.between(92, 99))
                .arg(random.between(200, 999))
                .arg(random.between(0, 9999), 4, 10, QLatin1Char('0')));
        insert->bind(8, e.contactName);
        insert->bind(9, m_startMs);
        insert->bind(10, m_admin);
        insert->bind(11, m_startMs);
        insert->bind(12, m_admin);
        auto id = insert->run();
        if (!id)
            return fail(id.error());
        m_agenciesByPlace[{ e.prefecture, static_cast<int>(e.kind) }].push_back(static_cast<int>(m_agencies.size()));
        m_agencies.push_back({ *id, e.kind, e.prefecture, e.name });
        ++m_report.agencies;
    }
    return {};
}

Result<DemoReport> Run::generate()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.clients < 1 || m_options.consultations < m_options.clients || m_options.referrals < 0
        || m_options.consents < 0)
        return fail(ErrorCode::Invalid, tr("The demo size is not valid."));
    {
        auto existing = BulkStatement::prepare(m_db, "SELECT count(*) FROM clients");
        if (!existing)
            return fail(existing.error());
        if (auto row = existing->step(); !row)
            return fail(row.error());
        if (const qint64 n = existing->columnInt(0); n > 0)
            return fail(ErrorCode::Conflict,
                QCoreApplication::translate("tsunagu::demo::DemoGenerator",
                    "The database already holds %n client(s); demo data goes only "
                    "into a new or empty database.",
                    nullptr, static_cast<int>(n)));
    }

    // The bulk of the rows needs no zeroing of freed pages and a larger cache;
    // both are restored at the end.
    QSqlQuery pragma(m_db.connection());
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -1048576")); // up to 1 GiB, allocated as used
    const auto restore = qScopeGuard([&] {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("PRAGMA cache_size = -2000"));
        q.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    });

    storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return fail(s.error());

    const auto phase = [&](double start, double share) {
        m_stepStart = start;
        m_stepShare = share;
    };
    // The note index buffers 64 MiB of tokens before writing a segment (1 MiB
    // by default): far fewer segments to merge while a million notes go in.
    // Set back before the commit, inside the transaction.
    if (Status s = setIndexBuffer(64 * 1024 * 1024); !s)
        return fail(s.error());

    phase(0, 1);
    if (!report(tr("Staff and agencies"), 0))
        return cancelled();
    if (Status s = insertStaff(); !s)
        return fail(s.error());
    if (Status s = insertAgencies(); !s)
        return fail(s.error());
    planClients();
    planReferralsAndConsents();
    phase(1, 9);
    if (Status s = insertClients(); !s)
        return fail(s.error());
    phase(10, 5);
    if (Status s = insertConsents(); !s)
        return fail(s.error());
    phase(15, 65);
    if (Status s = insertConsultations(); !s)
        return fail(s.error());
    phase(80, 6);
    if (Status s = insertReferrals(); !s)
        return fail(s.error());
    phase(86, 13);
    if (Status s = runHistory(); !s)
        return fail(s.error());
    if (Status s = setLaterFlags(); !s)
        return fail(s.error());

    if (Status s = setIndexBuffer(1024 * 1024); !s)
        return fail(s.error());
    // The index holds every note just written.
    {
        auto mark = BulkStatement::prepare(m_db,
            "INSERT OR REPLACE INTO settings (key, value) "
            "VALUES ('note_index.version', ?)");
        if (!mark)
            return fail(mark.error());
        mark->bind(1, QString::number(search::NoteTokenizer::version));
        if (auto r = mark->run(); !r)
            return fail(r.error());
    }
    m_report.elapsedMs = timer.elapsed();
    QJsonObject detail { { QStringLiteral("seed"), QString::number(m_options.seed) },
        { QStringLiteral("until"), m_until.toString(Qt::ISODate) }, { QStringLiteral("clients"), m_report.clients },
        { QStringLiteral("consultations"), m_report.consultations },
        { QStringLiteral("referrals"), m_report.referrals }, { QStringLiteral("consents"), m_report.consents },
        { QStringLiteral("disclosures"), m_report.disclosures } };
    // (An empty entity, not a null one: the column is NOT NULL.)
    if (Status s
        = audit::AuditLog(m_session).append({ QStringLiteral("demo.generate"), QStringLiteral(""), {}, {}, detail });
        !s)
        return fail(s.error());
    phase(99, 1);
    if (!report(tr("Saving"), 0))
        return cancelled();
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    m_report.elapsedMs = timer.elapsed();
    report(tr("Done"), 1);
    return m_report;
}

} // namespace detail

Result<DemoReport> DemoGenerator::generate(const Progress &progress) const
{
    detail::Run run(m_session, m_options, progress);
    return run.generate();
}

} // namespace tsunagu::demo
