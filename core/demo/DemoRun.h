// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to core/demo: the plan of one generation run and the run itself,
// whose steps are spread over DemoGenerator.cpp (staff, agencies, the whole
// run), DemoClients.cpp, DemoReferrals.cpp (consents and referrals) and
// DemoActivity.cpp (consultations and the history replayed through the
// services). Not part of core's interface.
#pragma once

#include "DemoGenerator.h"

#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QDate>

#include <map>
#include <optional>
#include <vector>

namespace tsunagu::demo::detail {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::demo::DemoGenerator", text);
}

inline constexpr qint64 minute = 60 * 1000;
inline constexpr qint64 hour = 60 * minute;
inline constexpr qint64 day = 24 * hour;

// Random streams, so that each part of the data has its own sequence.
enum Stream : std::uint64_t {
    IntakeStream = 1,
    ClientStream,
    AllocationStream,
    ConsultationStream,
    NoteStream,
    ReferralStream,
    ConsentStream,
    HistoryStream,
    FlagStream
};

// The demo office began releasing referrals through Tsunagu this many years
// before the end of the history; older referrals were sent on paper.
inline constexpr int gateYears = 2;
// …and at most this many (the newest): each release through the gate and the
// referral repository takes about a millisecond, the bulk path microseconds.
inline constexpr std::size_t maxReleases = 12000;

// ---- what the plan holds -----------------------------------------------------

enum class ClientKind { OneOff, Coaching, Accompanied };

struct ClientPlan {
    qint64 id = 0;
    qint64 intakeAt = 0;
    qint64 lastAt = 0;
    int prefecture = -1; // index into PlaceBank, -1: a prefecture not listed
    int staff = 0; // index into the workers
    ClientKind kind = ClientKind::OneOff;
    Sex sex = Sex::Female;
    int birthYear = 0;
    bool confidential = false;
    bool healthConsent = false;
    int consultations = 0;
    int referrals = 0;
    QString disease; // for notes
    QString helloWork; // for notes
    QString agency; // for notes
    NameBank::Name name;
    // The support case, for accompanied clients.
    qint64 caseId = 0;
    std::optional<CaseGoal> goal;
    qint64 caseFrom = 0;
    qint64 caseUntil = 0;
};

struct ConsentPlan {
    int client = 0;
    qint64 id = 0;
    QDate from;
    QDate until;
    qint64 givenAt = 0;
    qint64 expiresAt = 0;
    qint64 recordedAt = 0;
    std::optional<AgencyKind> recipientKind;
    qint64 recipientAgency = 0;
    Purposes purposes;
    DataCategories categories;
    qint64 lastReliedOn = 0; // the last send that relied on it
    qint64 withdrawAt = 0; // 0: never withdrawn
};

struct ReferralEventPlan {
    ReferralStatus status;
    qint64 at;
};

struct ReferralPlan {
    int client = 0;
    qint64 id = 0;
    qint64 agencyId = 0;
    AgencyKind kind = AgencyKind::Other;
    Purpose purpose = Purpose::Referral;
    DataCategories categories;
    DisclosureMethod method = DisclosureMethod::Letter;
    std::vector<ReferralEventPlan> events;
    int consent = -1;
    bool release = false;
    qint64 sentAt() const
    {
        for (const ReferralEventPlan &e : events)
            if (e.status == ReferralStatus::Sent)
                return e.at;
        return 0;
    }
};

struct ConsultationPlan {
    qint64 startedAt = 0;
    int client = 0;
    int ordinal = 0; // the client's n-th consultation
};

struct AgencyRow {
    qint64 id = 0;
    AgencyKind kind = AgencyKind::Other;
    int prefecture = 0;
    QString name;
};

// One action through the services, at its historical time.
struct HistoryAction {
    enum Kind { Release, Withdraw, Correct, Erase } kind;
    qint64 at;
    int index; // referral, consent, consultation id or client, by kind
    bool operator<(const HistoryAction &o) const { return at < o.at || (at == o.at && kind < o.kind); }
};

// ---- the run -------------------------------------------------------------------

class Run
{
public:
    Run(const Session &session, const DemoOptions &options, const DemoGenerator::Progress &progress)
        : m_session(session)
        , m_db(session.db())
        , m_options(options)
        , m_progress(progress)
    {
        m_until = options.until.isValid() ? options.until : session.clock().today();
        m_from = m_until.addYears(-std::max(1, options.years)).addDays(1);
        m_startMs = jst::startOfDay(m_from);
        m_endMs = jst::endOfDayExclusive(m_until) - 1;
        m_gateFromMs = jst::startOfDay(m_until.addYears(-gateYears));
    }

    Result<DemoReport> generate();

private:
    // Progress: `share` percent of the whole for the current step.
    bool report(const QString &step, double fraction);
    static std::unexpected<Error> cancelled()
    {
        return fail(ErrorCode::Cancelled, tr("Generating the demo data was stopped; nothing was written."));
    }

    Status insertStaff();
    Status insertAgencies();
    void planClients();
    void allocate(
        std::vector<int> &counts, qint64 total, const std::vector<double> &weights, int minimum, DemoRandom &random);
    Status insertClients();
    void planReferralsAndConsents();
    Status insertConsents();
    Status insertConsultations();
    Status insertReferrals();
    Status runHistory();
    Status setLaterFlags();
    Status setIndexBuffer(int bytes);

    qint64 workTime(DemoRandom &random, QDate date) const;
    qint64 clampToEnd(qint64 at) const { return std::min(at, m_endMs); }
    int agencyFor(DemoRandom &random, int prefecture, AgencyKind kind) const;
    qint64 staffId(int worker) const { return m_workers.at(static_cast<std::size_t>(worker)); }

    const Session &m_session;
    const storage::Database &m_db;
    const DemoOptions &m_options;
    const DemoGenerator::Progress &m_progress;
    QDate m_from;
    QDate m_until;
    qint64 m_startMs = 0;
    qint64 m_endMs = 0;
    qint64 m_gateFromMs = 0;
    QString m_step;
    double m_stepStart = 0;
    double m_stepShare = 0;
    int m_lastPercent = -1;

    std::vector<qint64> m_workers; // coordinators and outreach staff
    qint64 m_supervisor = 0;
    qint64 m_admin = 0;
    std::vector<AgencyRow> m_agencies;
    std::map<std::pair<int, int>, std::vector<int>> m_agenciesByPlace; // (prefecture, kind) → indexes
    std::vector<ClientPlan> m_clients;
    std::vector<ConsentPlan> m_consents;
    std::vector<ReferralPlan> m_referrals;
    std::vector<qint64> m_consultationIds; // in insertion order
    std::vector<HistoryAction> m_history;
    DemoReport m_report;
};

} // namespace tsunagu::demo::detail
