// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "audit/AuditLog.h"
#include "demo/AgencyBank.h"
#include "demo/BulkStatement.h"
#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "demo/PhraseBank.h"
#include "demo/PlaceBank.h"
#include "domain/Condition.h"
#include "domain/Consultation.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/Erasure.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "search/NoteIndex.h"
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
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace tsunagu::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::demo::DemoGenerator", text);
}

constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

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
constexpr int gateYears = 2;
// …and at most this many (the newest): each release through the gate and the
// referral repository takes about a millisecond, the bulk path microseconds.
constexpr std::size_t maxReleases = 12000;

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

struct DesignatedDisease {
    int number;
    const char *name;
    DiseaseGroup group;
};

// 指定難病 with their notification numbers.
const DesignatedDisease designatedDiseases[] = {
    { 2, "筋萎縮性側索硬化症", DiseaseGroup::NeuroMuscular },
    { 6, "パーキンソン病", DiseaseGroup::NeuroMuscular },
    { 11, "重症筋無力症", DiseaseGroup::NeuroMuscular },
    { 13, "多発性硬化症", DiseaseGroup::NeuroMuscular },
    { 17, "多系統萎縮症", DiseaseGroup::NeuroMuscular },
    { 18, "脊髄小脳変性症", DiseaseGroup::NeuroMuscular },
    { 22, "もやもや病", DiseaseGroup::NeuroMuscular },
    { 35, "天疱瘡", DiseaseGroup::SkinConnective },
    { 49, "全身性エリテマトーデス", DiseaseGroup::Immune },
    { 50, "皮膚筋炎／多発性筋炎", DiseaseGroup::Immune },
    { 51, "全身性強皮症", DiseaseGroup::Immune },
    { 53, "シェーグレン症候群", DiseaseGroup::Immune },
    { 56, "ベーチェット病", DiseaseGroup::Immune },
    { 57, "特発性拡張型心筋症", DiseaseGroup::Cardiovascular },
    { 60, "再生不良性貧血", DiseaseGroup::Blood },
    { 63, "特発性血小板減少性紫斑病", DiseaseGroup::Blood },
    { 66, "IgA腎症", DiseaseGroup::RenalUrinary },
    { 67, "多発性嚢胞腎", DiseaseGroup::RenalUrinary },
    { 69, "後縦靱帯骨化症", DiseaseGroup::BoneJoint },
    { 71, "特発性大腿骨頭壊死症", DiseaseGroup::BoneJoint },
    { 84, "サルコイドーシス", DiseaseGroup::Respiratory },
    { 85, "特発性間質性肺炎", DiseaseGroup::Respiratory },
    { 86, "肺動脈性肺高血圧症", DiseaseGroup::Cardiovascular },
    { 90, "網膜色素変性症", DiseaseGroup::Visual },
    { 93, "原発性胆汁性胆管炎", DiseaseGroup::Digestive },
    { 96, "クローン病", DiseaseGroup::Digestive },
    { 97, "潰瘍性大腸炎", DiseaseGroup::Digestive },
    { 271, "強直性脊椎炎", DiseaseGroup::BoneJoint },
};

// Conditions that are not designated intractable diseases (kept as a note).
const std::pair<const char *, DiseaseGroup> otherConditions[] = {
    { "乳がん", DiseaseGroup::Cancer },
    { "大腸がん", DiseaseGroup::Cancer },
    { "糖尿病", DiseaseGroup::Metabolic },
    { "うつ病", DiseaseGroup::Mental },
    { "双極性障害", DiseaseGroup::Mental },
    { "発達障害", DiseaseGroup::Developmental },
    { "てんかん", DiseaseGroup::NeuroMuscular },
    { "心疾患", DiseaseGroup::Cardiovascular },
    { "慢性腎臓病", DiseaseGroup::RenalUrinary },
    { "関節リウマチ", DiseaseGroup::Immune },
    { "線維筋痛症", DiseaseGroup::OtherChronic },
    { "慢性疲労症候群", DiseaseGroup::OtherChronic },
};

const char *const caseNotes[] = { "週3日勤務での一般就労を目指す。",
    "休職中。主治医と相談しながら段階的な復職を目指す。", "現在の職場で働き続けるための環境調整を行う。",
    "本業と並行して短時間の仕事を探す。", "在宅勤務を中心とした働き方を探す。" };

const char *const referralNotes[] = { "専門援助部門での職業相談につなぐ。", "就労に関する医療面の相談のため紹介。",
    "職業評価と準備支援の利用について紹介。", "通所による訓練の見学と利用相談。", "生活面の相談先として紹介。",
    "ピアサポートの場として紹介。" };

int referralNoteOf(AgencyKind kind)
{
    switch (kind) {
    case AgencyKind::HelloWork:
        return 0;
    case AgencyKind::Hospital:
        return 1;
    case AgencyKind::VocationalCenter:
        return 2;
    case AgencyKind::TransitionSupport:
        return 3;
    case AgencyKind::LivelihoodSupport:
    case AgencyKind::SocialWelfareCouncil:
    case AgencyKind::MunicipalOffice:
        return 4;
    case AgencyKind::PatientAssociation:
        return 5;
    default:
        return 2;
    }
}

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

void Run::planClients()
{
    const int n = m_options.clients;
    const qint64 days = m_from.daysTo(m_until) - 14;
    // More people each year (the service grows): density ∝ 1 + 2x over the years.
    std::vector<qint64> intakeDays(static_cast<std::size_t>(n));
    DemoRandom intake(m_options.seed, IntakeStream);
    for (qint64 &d : intakeDays) {
        const double u = intake.unit();
        const double x = (std::sqrt(1.0 + 8.0 * u) - 1.0) / 2.0;
        d = static_cast<qint64>(x * static_cast<double>(days));
    }
    std::sort(intakeDays.begin(), intakeDays.end());

    const NameBank &names = NameBank::instance();
    const PlaceBank &places = PlaceBank::instance();
    m_clients.resize(static_cast<std::size_t>(n));
    for (int k = 0; k < n; ++k) {
        ClientPlan &c = m_clients[static_cast<std::size_t>(k)];
        DemoRandom random(m_options.seed, ClientStream, static_cast<std::uint64_t>(k));
        c.intakeAt = workTime(random, m_from.addDays(intakeDays[static_cast<std::size_t>(k)]));
        const int kind = random.weighted({ 45, 25, 30 });
        c.kind = static_cast<ClientKind>(kind);
        const qint64 length = kind == 0 ? random.between(0, 30) * day
            : kind == 1                 ? random.between(30, 180) * day
                                        : random.between(90, 720) * day;
        c.lastAt = clampToEnd(c.intakeAt + length);
        c.sex = static_cast<Sex>(random.weighted({ 55, 44, 1 }));
        // Ages 18 to 70 at intake, most between 30 and 55.
        const int age = std::clamp(
            static_cast<int>(18 + (random.between(0, 52) + random.between(0, 52)) / 2 + random.between(-6, 6)), 18, 70);
        c.birthYear = jst::dateOf(c.intakeAt).year() - age;
        c.name = names.person(random, c.sex, c.birthYear);
        c.prefecture = places.drawPrefecture(random);
        c.staff = random.below(static_cast<int>(m_workers.size()));
        c.confidential = random.chance(0.01);
        if (c.kind == ClientKind::Accompanied) {
            c.goal = static_cast<CaseGoal>(random.weighted({ 40, 25, 20, 5, 10 }));
            c.caseFrom = workTime(random, jst::dateOf(c.intakeAt).addDays(random.between(0, 30)));
            if (c.caseFrom > c.lastAt)
                c.caseFrom = c.intakeAt;
            c.caseUntil = c.lastAt;
        }
        const int hw = agencyFor(random, c.prefecture, AgencyKind::HelloWork);
        c.helloWork = m_agencies.at(static_cast<std::size_t>(hw)).name;
        const AgencyKind other
            = random.chance(0.5) ? AgencyKind::IntractableDiseaseCenter : AgencyKind::EmploymentLifeSupportCenter;
        c.agency = m_agencies.at(static_cast<std::size_t>(agencyFor(random, c.prefecture, other))).name;
    }

    // Exact totals: consultations (at least one each), referrals.
    DemoRandom allocation(m_options.seed, AllocationStream);
    std::vector<double> consultationWeights;
    std::vector<double> referralWeights;
    for (const ClientPlan &c : m_clients) {
        const double spread = 0.5 + allocation.unit();
        consultationWeights.push_back(spread
            * (c.kind == ClientKind::OneOff          ? 0.5
                    : c.kind == ClientKind::Coaching ? 6
                                                     : 20));
        referralWeights.push_back(spread
            * (c.kind == ClientKind::OneOff          ? 0.3
                    : c.kind == ClientKind::Coaching ? 1.2
                                                     : 3.5));
    }
    std::vector<int> counts;
    allocate(counts, m_options.consultations, consultationWeights, 1, allocation);
    for (std::size_t i = 0; i < m_clients.size(); ++i)
        m_clients[i].consultations = counts[i];
    allocate(counts, m_options.referrals, referralWeights, 0, allocation);
    for (std::size_t i = 0; i < m_clients.size(); ++i)
        m_clients[i].referrals = counts[i];
}

Status Run::insertClients()
{
    auto client = BulkStatement::prepare(m_db,
        "INSERT INTO clients (name, name_kana, name_norm, kana_norm, birth_date, sex, prefecture, municipality, "
        "phone, phone_norm, email, address, emergency_contact, certificate_kind, certificate_grade, "
        "employment_status, confidential_address, stop_use, exclude_from_statistics, intake_age_band, "
        "created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)");
    auto contact = BulkStatement::prepare(m_db,
        "INSERT INTO contact_persons (client_id, name, name_kana, relationship, phone, created_at, created_by, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto consent = BulkStatement::prepare(m_db,
        "INSERT INTO consents (client_id, kind, purposes, categories, given_at, expires_at, method, given_by, "
        "form_version, recorded_by, created_at) VALUES (?, 'health_acquisition', '', '', ?, ?, 'written', 'self', "
        "?, ?, ?)");
    auto condition = BulkStatement::prepare(m_db,
        "INSERT INTO client_conditions (client_id, disease_group, designated_number, designated_name, note, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto supportCase = BulkStatement::prepare(m_db,
        "INSERT INTO support_cases (client_id, goal, stage, opened_on, closed_on, outcome, experience_score, "
        "next_follow_up, note, staff_id, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto milestone = BulkStatement::prepare(m_db,
        "INSERT INTO case_milestones (case_id, kind, due_on, done_on, result, created_at, created_by, updated_at, "
        "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (auto *s : { &client, &contact, &consent, &condition, &supportCase, &milestone })
        if (!*s)
            return fail(s->error());

    const NameBank &names = NameBank::instance();
    const PlaceBank &places = PlaceBank::instance();
    const auto phone = [](DemoRandom &random) {
        return QStringLiteral("0%1-%2-%3")
            .arg(random.weighted({ 60, 30, 10 }) == 0 ? 90 : 80)
            .arg(random.between(1000, 9999))
            .arg(random.between(0, 9999), 4, 10, QLatin1Char('0'));
    };

    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        ClientPlan &c = m_clients[k];
        DemoRandom random(m_options.seed, ClientStream, 1'000'000'000ull + k);
        const qint64 staff = staffId(c.staff);
        const QDate intakeDay = jst::dateOf(c.intakeAt);
        const QDate birth = QDate(c.birthYear, 1, 1).addDays(random.between(0, 364));
        int band = ageOn(birth, intakeDay);
        band = band < 0 ? 0 : band / 10 * 10;

        QString prefecture;
        QString municipality;
        if (c.prefecture >= 0) {
            const PlaceBank::Prefecture &p = places.prefectures().at(c.prefecture);
            prefecture = p.name;
            municipality = p.municipalities.at(random.below(static_cast<int>(p.municipalities.size())));
        } else {
            prefecture = places.drawOtherPrefecture(random);
        }
        const QString mobile = random.chance(0.85) ? phone(random) : QString();
        const int certificate = random.weighted({ 60, 15, 18, 2, 5 }); // none, physical, mental, intellectual, unknown
        QString grade;
        if (certificate == 1)
            grade = QStringLiteral("%1級").arg(random.between(1, 6));
        else if (certificate == 2)
            grade = QStringLiteral("%1級").arg(random.between(1, 3));
        else if (certificate == 3)
            grade = random.chance(0.4) ? QStringLiteral("A") : QStringLiteral("B");
        const int employment = random.weighted({ 30, 18, 8, 3, 3, 25, 3, 3, 7 });

        int i = 1;
        client->bind(i++, c.name.full());
        client->bind(i++, c.name.fullKana());
        client->bind(i++, text::searchKey(c.name.full()));
        client->bind(i++, text::searchKey(c.name.fullKana()));
        client->bind(i++, birth.toString(Qt::ISODate));
        client->bind(i++, toCode(c.sex));
        client->bind(i++, prefecture);
        client->bindOptional(i++, municipality);
        client->bindOptional(i++, mobile);
        client->bindOptional(i++, text::phoneKey(mobile));
        client->bindOptional(i++,
            random.chance(0.35) ? QStringLiteral("%1.%2@example.jp").arg(c.name.romaji).arg(random.between(100, 9999))
                                : QString());
        client->bindOptional(
            i++, !municipality.isEmpty() && random.chance(0.8) ? places.drawAddress(random, municipality) : QString());
        client->bindOptional(i++,
            random.chance(0.3) ? QStringLiteral("%1（%2）%3")
                                     .arg(random.chance(0.6) ? QStringLiteral("母") : QStringLiteral("配偶者"),
                                         c.name.family, phone(random))
                               : QString());
        if (certificate == 4)
            client->bindNull(i++);
        else
            client->bind(i++, toCode(static_cast<CertificateKind>(certificate)));
        client->bindOptional(i++, grade);
        client->bind(i++, toCode(static_cast<EmploymentStatus>(employment)));
        client->bind(i++, c.confidential ? 1 : 0);
        client->bind(i++, random.chance(0.01) ? 1 : 0);
        client->bind(i++, band);
        client->bind(i++, c.intakeAt);
        client->bind(i++, staff);
        client->bind(i++, c.intakeAt);
        client->bind(i++, staff);
        auto id = client->run();
        if (!id)
            return fail(id.error());
        c.id = *id;
        ++m_report.clients;

        // Family and other contacts (often the first to consult).
        if (random.chance(0.35)) {
            const int count = random.chance(0.8) ? 1 : 2;
            const int age = intakeDay.year() - c.birthYear;
            for (int j = 0; j < count; ++j) {
                Relationship rel;
                int year;
                Sex sex;
                if (age < 35 ? random.chance(0.7) : random.chance(0.2)) {
                    rel = random.chance(0.65) ? Relationship::Mother : Relationship::Father;
                    year = c.birthYear - random.between(24, 34);
                    sex = rel == Relationship::Mother ? Sex::Female : Sex::Male;
                } else if (age >= 30 && random.chance(0.6)) {
                    rel = Relationship::Spouse;
                    year = c.birthYear + random.between(-5, 5);
                    sex = c.sex == Sex::Female ? Sex::Male : Sex::Female;
                } else if (age >= 50 && random.chance(0.5)) {
                    rel = Relationship::Child;
                    year = c.birthYear + random.between(22, 34);
                    sex = random.chance(0.5) ? Sex::Female : Sex::Male;
                } else {
                    rel = Relationship::Sibling;
                    year = c.birthYear + random.between(-6, 6);
                    sex = random.chance(0.5) ? Sex::Female : Sex::Male;
                }
                const NameBank::Name relative = names.relative(random, c.name, sex, year);
                contact->bind(1, c.id);
                contact->bind(2, relative.full());
                contact->bind(3, relative.fullKana());
                contact->bind(4, toCode(rel));
                contact->bindOptional(5, random.chance(0.8) ? phone(random) : QString());
                contact->bind(6, c.intakeAt);
                contact->bind(7, staff);
                contact->bind(8, c.intakeAt);
                contact->bind(9, staff);
                if (auto r = contact->run(); !r)
                    return fail(r.error());
                ++m_report.contactPersons;
            }
        }

        // Health data only after the consent to record it (PRIVACY.md rule 9).
        if (c.healthConsent) {
            consent->bind(1, c.id);
            consent->bind(2, jst::startOfDay(intakeDay));
            consent->bind(3, jst::endOfDayExclusive(intakeDay.addYears(3).addDays(-1)));
            consent->bind(4, QStringLiteral("要配慮個人情報の取得に関する同意書 第2版"));
            consent->bind(5, staff);
            consent->bind(6, c.intakeAt);
            if (auto r = consent->run(); !r)
                return fail(r.error());
            ++m_report.consents;

            const int conditions = random.weighted({ 5, 75, 20 });
            for (int j = 0; j < conditions; ++j) {
                const qint64 at = c.intakeAt + (10 + j) * minute;
                condition->bind(1, c.id);
                if (random.chance(0.55)) {
                    const DesignatedDisease &d
                        = designatedDiseases[random.below(static_cast<int>(std::size(designatedDiseases)))];
                    condition->bind(2, toCode(d.group));
                    condition->bind(3, d.number);
                    condition->bind(4, QString::fromUtf8(d.name));
                    condition->bindNull(5);
                    if (c.disease.isEmpty())
                        c.disease = QString::fromUtf8(d.name);
                } else {
                    const auto &o = otherConditions[random.below(static_cast<int>(std::size(otherConditions)))];
                    condition->bind(2, toCode(o.second));
                    condition->bindNull(3);
                    condition->bindNull(4);
                    condition->bind(5, QString::fromUtf8(o.first));
                    if (c.disease.isEmpty())
                        c.disease = QString::fromUtf8(o.first);
                }
                condition->bind(6, at);
                condition->bind(7, staff);
                condition->bind(8, at);
                condition->bind(9, staff);
                if (auto r = condition->run(); !r)
                    return fail(r.error());
                ++m_report.conditions;
            }
        }

        // The support case of an accompanied client, and its milestones.
        if (c.goal) {
            const QDate opened = jst::dateOf(c.caseFrom);
            const bool closed = c.caseUntil < m_endMs - 30 * day;
            const QDate closedOn = jst::dateOf(c.caseUntil);
            const double progress = static_cast<double>(m_endMs - c.caseFrom)
                / static_cast<double>(std::max<qint64>(1, c.caseUntil - c.caseFrom + 120 * day));
            CaseStage stage = CaseStage::Closed;
            std::optional<CaseOutcome> outcome;
            std::optional<int> score;
            if (closed) {
                const int o = random.weighted({ 65, 15, 10, 10 });
                if (o == 0)
                    outcome = *c.goal == CaseGoal::ReturnToWork ? CaseOutcome::ReturnedToWork
                        : *c.goal == CaseGoal::StayInWork       ? CaseOutcome::Retained
                                                                : CaseOutcome::Employed;
                else
                    outcome = o == 1 ? CaseOutcome::Withdrew : o == 2 ? CaseOutcome::Transferred : CaseOutcome::Other;
                score = 1 + random.weighted({ 3, 7, 20, 40, 30 });
            } else {
                stage = progress < 0.15 ? CaseStage::Intake
                    : progress < 0.3    ? CaseStage::Assessment
                    : progress < 0.45   ? CaseStage::Preparation
                    : progress < 0.65   ? CaseStage::JobSearch
                    : progress < 0.8    ? CaseStage::Working
                                        : CaseStage::Retention;
            }
            const qint64 staff2 = staffId(c.staff);
            int j = 1;
            supportCase->bind(j++, c.id);
            supportCase->bind(j++, toCode(*c.goal));
            supportCase->bind(j++, toCode(stage));
            supportCase->bind(j++, opened.toString(Qt::ISODate));
            if (closed)
                supportCase->bind(j++, std::max(closedOn, opened).toString(Qt::ISODate));
            else
                supportCase->bindNull(j++);
            if (outcome)
                supportCase->bind(j++, toCode(*outcome));
            else
                supportCase->bindNull(j++);
            supportCase->bindOptional(j++, score ? std::optional<qint64>(*score) : std::nullopt);
            if (closed)
                supportCase->bindNull(j++);
            else
                supportCase->bind(j++, m_until.addDays(random.between(3, 30)).toString(Qt::ISODate));
            supportCase->bind(j++, QString::fromUtf8(caseNotes[static_cast<int>(*c.goal)]));
            supportCase->bind(j++, staff2);
            supportCase->bind(j++, c.caseFrom);
            supportCase->bind(j++, staff2);
            supportCase->bind(j++, closed ? c.caseUntil : c.caseFrom);
            supportCase->bind(j++, staff2);
            auto caseId = supportCase->run();
            if (!caseId)
                return fail(caseId.error());
            c.caseId = *caseId;
            ++m_report.cases;

            // A job start (or return) and the retention checks 1, 3, 6 and 12 months on.
            const bool started = (closed && outcome
                                     && (*outcome == CaseOutcome::Employed || *outcome == CaseOutcome::ReturnedToWork
                                         || *outcome == CaseOutcome::Retained))
                || stage == CaseStage::Working || stage == CaseStage::Retention;
            if (started) {
                QDate start = opened.addDays(static_cast<qint64>(
                    static_cast<double>(opened.daysTo(closed ? closedOn : m_until)) * (0.4 + 0.3 * random.unit())));
                if (start > m_until)
                    start = m_until;
                const qint64 createdAt = std::min(jst::startOfDay(start) + 17 * hour, m_endMs);
                const MilestoneKind first
                    = *c.goal == CaseGoal::ReturnToWork ? MilestoneKind::ReturnToWork : MilestoneKind::JobStart;
                const std::pair<MilestoneKind, int> steps[]
                    = { { first, 0 }, { MilestoneKind::Retention1m, 1 }, { MilestoneKind::Retention3m, 3 },
                          { MilestoneKind::Retention6m, 6 }, { MilestoneKind::Retention12m, 12 } };
                for (const auto &[kind, months] : steps) {
                    if (*c.goal == CaseGoal::StayInWork && months == 0)
                        continue;
                    const QDate due = start.addMonths(months);
                    const QDate done = due.addDays(random.between(0, 7));
                    const bool isDone = done <= m_until && (months == 0 || !closed || done <= closedOn.addMonths(12));
                    milestone->bind(1, c.caseId);
                    milestone->bind(2, toCode(kind));
                    milestone->bind(3, due.toString(Qt::ISODate));
                    if (isDone) {
                        milestone->bind(4, done.toString(Qt::ISODate));
                        milestone->bind(
                            5, toCode(random.chance(0.87) ? MilestoneResult::Achieved : MilestoneResult::NotAchieved));
                    } else {
                        milestone->bindNull(4);
                        milestone->bindNull(5);
                    }
                    const qint64 updated = isDone ? std::min(jst::startOfDay(done) + 17 * hour, m_endMs) : createdAt;
                    milestone->bind(6, createdAt);
                    milestone->bind(7, staff2);
                    milestone->bind(8, std::max(updated, createdAt));
                    milestone->bind(9, staff2);
                    if (auto r = milestone->run(); !r)
                        return fail(r.error());
                    ++m_report.milestones;
                }
            }
        }
        if (k % 500 == 0 && !report(tr("Clients"), static_cast<double>(k) / static_cast<double>(m_clients.size())))
            return cancelled();
    }
    return {};
}

void Run::planReferralsAndConsents()
{
    static const int kindWeights[] = { 30, 10, 12, 7, 12, 5, 8, 6, 4, 3, 1, 0, 0, 2, 0 };
    static_assert(std::size(kindWeights) == enumCount<AgencyKind>());

    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        const ClientPlan &c = m_clients[k];
        if (c.referrals == 0)
            continue;
        DemoRandom random(m_options.seed, ReferralStream, k);
        std::vector<qint64> times;
        for (int j = 0; j < c.referrals; ++j)
            times.push_back(
                c.intakeAt + static_cast<qint64>(random.unit() * static_cast<double>(c.lastAt - c.intakeAt)) + day);
        std::sort(times.begin(), times.end());
        const std::size_t firstConsent = m_consents.size();
        for (qint64 proposed : times) {
            proposed = clampToEnd(workTime(random, jst::dateOf(std::min(proposed, m_endMs))));
            ReferralPlan r;
            r.client = static_cast<int>(k);
            r.kind = static_cast<AgencyKind>(random.weighted(std::span<const int>(kindWeights)));
            const AgencyRow &agency = m_agencies.at(static_cast<std::size_t>(agencyFor(random, c.prefecture, r.kind)));
            r.agencyId = agency.id;
            r.purpose = r.kind == AgencyKind::Hospital && random.chance(0.5) ? Purpose::MedicalCoordination
                : r.kind == AgencyKind::Employer && random.chance(0.6)       ? Purpose::EmployerAccommodation
                                                                             : Purpose::Referral;
            r.categories.insert(DataCategory::Identity);
            if (random.chance(0.8))
                r.categories.insert(DataCategory::Employment);
            if (random.chance(0.5))
                r.categories.insert(DataCategory::Health);
            if (!c.confidential && random.chance(0.5))
                r.categories.insert(DataCategory::Contact);
            if (random.chance(0.2))
                r.categories.insert(DataCategory::Records);
            if (random.chance(0.03))
                r.categories.insert(DataCategory::Family);
            r.method = static_cast<DisclosureMethod>(random.weighted({ 35, 30, 20, 15 }));

            // proposed → sent → accepted/declined → first contact → completed/withdrawn
            qint64 at = proposed;
            const auto step = [&](ReferralStatus status, qint64 after) {
                at += after;
                if (at > m_endMs)
                    return false;
                r.events.push_back({ status, at });
                return true;
            };
            r.events.push_back({ ReferralStatus::Proposed, at });
            if (random.chance(0.06)) {
                step(ReferralStatus::Withdrawn, random.between(1, 10) * day);
            } else if (step(ReferralStatus::Sent, random.between(1, 7) * day + random.between(0, 4) * hour)) {
                const int answer = random.weighted({ 80, 10, 10 });
                if (answer == 0 && step(ReferralStatus::Accepted, random.between(1, 14) * day)) {
                    if (random.chance(0.92) && step(ReferralStatus::FirstContact, random.between(1, 21) * day)) {
                        const int end = random.weighted({ 72, 8, 20 });
                        if (end == 0)
                            step(ReferralStatus::Completed, random.between(14, 180) * day);
                        else if (end == 1)
                            step(ReferralStatus::Withdrawn, random.between(7, 90) * day);
                    }
                } else if (answer == 1) {
                    step(ReferralStatus::Declined, random.between(1, 14) * day);
                }
            }

            // A sent referral relied on a consent that covers it: reuse one of
            // the client's, or the person signs a new one on the day it is proposed.
            if (const qint64 sent = r.sentAt(); sent > 0) {
                for (std::size_t i = firstConsent; i < m_consents.size(); ++i) {
                    ConsentPlan &p = m_consents[i];
                    const bool names = p.recipientKind ? *p.recipientKind == r.kind : p.recipientAgency == r.agencyId;
                    if (names && p.purposes.contains(r.purpose) && p.categories.containsAll(r.categories)
                        && p.givenAt <= sent && sent < p.expiresAt) {
                        r.consent = static_cast<int>(i);
                        break;
                    }
                }
                if (r.consent < 0) {
                    ConsentPlan p;
                    p.client = static_cast<int>(k);
                    p.from = jst::dateOf(proposed);
                    const int years = random.weighted({ 60, 25, 15 });
                    p.until = years == 2 ? p.from.addYears(3).addDays(-1) : p.from.addYears(years + 1).addDays(-1);
                    p.givenAt = jst::startOfDay(p.from);
                    p.expiresAt = jst::endOfDayExclusive(p.until);
                    p.recordedAt = proposed - 30 * minute;
                    const bool byKind
                        = (r.kind == AgencyKind::HelloWork || r.kind == AgencyKind::IntractableDiseaseCenter
                              || r.kind == AgencyKind::VocationalCenter)
                        && random.chance(0.8);
                    if (byKind)
                        p.recipientKind = r.kind;
                    else
                        p.recipientAgency = r.agencyId;
                    p.purposes.insert(r.purpose);
                    if (random.chance(0.3))
                        p.purposes.insert(Purpose::CaseConference);
                    // The office's form lists the usual categories; people tick most of them.
                    p.categories = r.categories | DataCategories { DataCategory::Identity, DataCategory::Employment };
                    if (random.chance(0.7))
                        p.categories.insert(DataCategory::Health);
                    if (!c.confidential && random.chance(0.6))
                        p.categories.insert(DataCategory::Contact);
                    if (random.chance(0.2))
                        p.categories.insert(DataCategory::Records);
                    r.consent = static_cast<int>(m_consents.size());
                    m_consents.push_back(p);
                }
                ConsentPlan &p = m_consents[static_cast<std::size_t>(r.consent)];
                p.lastReliedOn = std::max(p.lastReliedOn, sent);
            }
            m_referrals.push_back(std::move(r));
        }
    }

    // Where the history through the services begins (see gateYears).
    {
        std::vector<qint64> sends;
        for (const ReferralPlan &r : m_referrals)
            if (const qint64 sent = r.sentAt(); sent >= m_gateFromMs)
                sends.push_back(sent);
        if (sends.size() > maxReleases) {
            std::nth_element(sends.begin(), sends.begin() + (maxReleases - 1), sends.end(), std::greater<>());
            m_gateFromMs = sends[maxReleases - 1];
        }
        for (ReferralPlan &r : m_referrals)
            r.release = r.sentAt() > 0 && r.sentAt() >= m_gateFromMs;
    }

    // The total of consents is exact: about three people in four consent to
    // health data being recorded; more disclosure consents (case conferences,
    // employers) make up the rest — or fewer health consents, when the
    // referrals already needed many.
    const qint64 n = static_cast<qint64>(m_clients.size());
    qint64 health = (n * 3 + 2) / 4;
    qint64 extras = m_options.consents - static_cast<qint64>(m_consents.size()) - health;
    if (extras < 0) {
        health = std::clamp<qint64>(health + extras, 0, n);
        extras = 0;
    }
    {
        std::vector<std::pair<std::uint64_t, std::size_t>> keys;
        DemoRandom order(m_options.seed, ConsentStream, 3);
        for (std::size_t k = 0; k < m_clients.size(); ++k)
            keys.emplace_back(order.next(), k);
        std::sort(keys.begin(), keys.end());
        for (qint64 i = 0; i < health; ++i)
            m_clients[keys[static_cast<std::size_t>(i)].second].healthConsent = true;
    }
    DemoRandom extra(m_options.seed, ConsentStream, 1);
    for (qint64 count = 0; count < extras; ++count) {
        const std::size_t k = static_cast<std::size_t>(extra.below(static_cast<int>(m_clients.size())));
        const ClientPlan &c = m_clients[k];
        ConsentPlan p;
        p.client = static_cast<int>(k);
        const qint64 at = c.intakeAt + static_cast<qint64>(extra.unit() * static_cast<double>(c.lastAt - c.intakeAt));
        p.from = jst::dateOf(at);
        p.until = p.from.addYears(1).addDays(-1);
        p.givenAt = jst::startOfDay(p.from);
        p.expiresAt = jst::endOfDayExclusive(p.until);
        p.recordedAt = std::max(at, p.givenAt);
        if (extra.chance(0.5)) {
            p.recipientKind = AgencyKind::Employer;
            p.purposes = { Purpose::EmployerAccommodation };
            p.categories = { DataCategory::Identity, DataCategory::Employment, DataCategory::Health };
        } else {
            p.recipientAgency
                = m_agencies.at(static_cast<std::size_t>(agencyFor(extra, c.prefecture, AgencyKind::Hospital))).id;
            p.purposes = { Purpose::CaseConference, Purpose::MedicalCoordination };
            p.categories = { DataCategory::Identity, DataCategory::Health, DataCategory::Records };
        }
        m_consents.push_back(p);
    }
    // Consents are inserted client by client, each client's in date order.
    std::vector<int> order(m_consents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const ConsentPlan &x = m_consents[static_cast<std::size_t>(a)];
        const ConsentPlan &y = m_consents[static_cast<std::size_t>(b)];
        return x.recordedAt < y.recordedAt;
    });
    std::vector<int> position(order.size());
    std::vector<ConsentPlan> sorted;
    sorted.reserve(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        position[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        sorted.push_back(m_consents[static_cast<std::size_t>(order[i])]);
    }
    m_consents = std::move(sorted);
    for (ReferralPlan &r : m_referrals)
        if (r.consent >= 0)
            r.consent = position[static_cast<std::size_t>(r.consent)];

    // Some people withdraw a consent later (after the last send relying on it).
    DemoRandom withdrawals(m_options.seed, ConsentStream, 2);
    for (std::size_t i = 0; i < m_consents.size(); ++i) {
        ConsentPlan &p = m_consents[i];
        if (!withdrawals.chance(0.04))
            continue;
        const qint64 from = std::max(p.givenAt, p.lastReliedOn) + day;
        const qint64 to = std::min(p.expiresAt, m_endMs) - day;
        if (to <= from)
            continue;
        p.withdrawAt = from + static_cast<qint64>(withdrawals.unit() * static_cast<double>(to - from));
        // Before the gate's time, a withdrawal is history written in bulk.
        if (p.withdrawAt >= m_gateFromMs)
            m_history.push_back({ HistoryAction::Withdraw, p.withdrawAt, static_cast<int>(i) });
    }
    // Referrals sorted by the time they were proposed: ids grow with time.
    std::stable_sort(m_referrals.begin(), m_referrals.end(),
        [](const ReferralPlan &a, const ReferralPlan &b) { return a.events.front().at < b.events.front().at; });
    for (std::size_t i = 0; i < m_referrals.size(); ++i)
        if (m_referrals[i].release)
            m_history.push_back({ HistoryAction::Release, m_referrals[i].sentAt(), static_cast<int>(i) });
}

Status Run::insertConsents()
{
    auto consent = BulkStatement::prepare(m_db,
        "INSERT INTO consents (client_id, kind, purposes, categories, given_at, expires_at, method, given_by, "
        "representative_name, representative_relation, form_version, recorded_by, created_at, withdrawn_at, "
        "withdrawn_by, withdrawal_note) VALUES (?, 'disclosure', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto recipient = BulkStatement::prepare(
        m_db, "INSERT INTO consent_recipients (consent_id, agency_id, agency_kind) VALUES (?, ?, ?)");
    if (!consent)
        return fail(consent.error());
    if (!recipient)
        return fail(recipient.error());
    const NameBank &names = NameBank::instance();
    for (std::size_t i = 0; i < m_consents.size(); ++i) {
        ConsentPlan &p = m_consents[i];
        const ClientPlan &c = m_clients[static_cast<std::size_t>(p.client)];
        DemoRandom random(m_options.seed, ConsentStream, 1000 + i);
        const bool representative = random.chance(0.08);
        consent->bind(1, c.id);
        consent->bind(2, p.purposes.toCodes());
        consent->bind(3, p.categories.toCodes());
        consent->bind(4, p.givenAt);
        consent->bind(5, p.expiresAt);
        consent->bind(6, toCode(static_cast<ConsentMethod>(random.weighted({ 70, 15, 15 }))));
        consent->bind(7, representative ? QStringLiteral("representative") : QStringLiteral("self"));
        if (representative) {
            const NameBank::Name parent = names.relative(random, c.name, Sex::Female, c.birthYear - 28);
            consent->bind(8, parent.full());
            consent->bind(9, QStringLiteral("母"));
        } else {
            consent->bindNull(8);
            consent->bindNull(9);
        }
        consent->bind(10, QStringLiteral("個人情報の第三者提供に関する同意書 第3版"));
        consent->bind(11, staffId(c.staff));
        consent->bind(12, p.recordedAt);
        if (p.withdrawAt != 0 && p.withdrawAt < m_gateFromMs) {
            consent->bind(13, p.withdrawAt);
            consent->bind(14, staffId(c.staff));
            consent->bind(15, QStringLiteral("本人の申し出により撤回"));
        } else {
            consent->bindNull(13);
            consent->bindNull(14);
            consent->bindNull(15);
        }
        auto id = consent->run();
        if (!id)
            return fail(id.error());
        p.id = *id;
        recipient->bind(1, p.id);
        if (p.recipientKind) {
            recipient->bindNull(2);
            recipient->bind(3, toCode(*p.recipientKind));
        } else {
            recipient->bind(2, p.recipientAgency);
            recipient->bindNull(3);
        }
        if (auto r = recipient->run(); !r)
            return fail(r.error());
        ++m_report.consents;
        if (i % 1000 == 0 && !report(tr("Consents"), static_cast<double>(i) / static_cast<double>(m_consents.size())))
            return cancelled();
    }
    return {};
}

// One consultation, ready to bind: made by the note thread.
struct PreparedConsultation {
    qint64 clientId = 0;
    qint64 caseId = 0; // 0: none
    qint64 startedAt = 0;
    qint64 staff = 0;
    qint64 recorded = 0;
    int duration = 0;
    Topics topics;
    Channel channel = Channel::InPerson;
    ConsultationKind kind = ConsultationKind::OneOff;
    QByteArray attendees;
    QByteArray notes;
    QByteArray next;
    QByteArray followUp; // empty: none
    QByteArray tokens; // the note index's tokens
};

// Hands batches from the thread that writes notes to the thread that inserts.
class BatchQueue
{
public:
    using Batch = std::vector<PreparedConsultation>;

    bool push(Batch batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < 4 || m_stopped; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }
    // An empty batch once the producer is done (or stopped).
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_finished || m_stopped; });
        if (m_batches.empty())
            return {};
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    bool m_finished = false;
    bool m_stopped = false;
};

Status Run::insertConsultations()
{
    // Every consultation's time first; then all of them in time order, so that
    // ids grow with time as they do in a real office.
    std::vector<ConsultationPlan> plan;
    plan.reserve(static_cast<std::size_t>(m_options.consultations));
    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        const ClientPlan &c = m_clients[k];
        DemoRandom random(m_options.seed, ConsultationStream, k);
        std::vector<qint64> times { c.intakeAt };
        for (int j = 1; j < c.consultations; ++j) {
            const qint64 at
                = c.intakeAt + static_cast<qint64>(random.unit() * static_cast<double>(c.lastAt - c.intakeAt));
            times.push_back(std::max(c.intakeAt + hour, workTime(random, jst::dateOf(at))));
        }
        std::sort(times.begin(), times.end());
        for (std::size_t j = 0; j < times.size(); ++j)
            plan.push_back({ clampToEnd(times[j]), static_cast<int>(k), static_cast<int>(j) });
    }
    std::stable_sort(plan.begin(), plan.end(),
        [](const ConsultationPlan &a, const ConsultationPlan &b) { return a.startedAt < b.startedAt; });

    auto consultation = BulkStatement::prepare(m_db,
        "INSERT INTO consultations (client_id, case_id, started_at, duration_min, channel, kind, attendees, topics, "
        "notes, next_steps, follow_up_on, staff_id, created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto topic = BulkStatement::prepare(m_db, "INSERT INTO consultation_topics (consultation_id, topic) VALUES (?, ?)");
    auto index = BulkStatement::prepare(m_db, "INSERT INTO note_index (rowid, tokens) VALUES (?, ?)");
    for (auto *s : { &consultation, &topic, &index })
        if (!*s)
            return fail(s->error());

    // Writing notes and their tokens is half the work: a second thread does it
    // while this one inserts (the database is only touched from this thread).
    BatchQueue queue;
    std::jthread writer([&](std::stop_token stop) {
        // Topic weights by what the person came for.
        static const int general[] = { 30, 12, 12, 25, 10, 6, 10, 5, 6, 5, 8, 5, 12, 3 };
        static const int returning[] = { 8, 45, 10, 25, 15, 8, 12, 3, 4, 5, 12, 3, 12, 2 };
        static const int working[] = { 10, 8, 40, 25, 20, 10, 5, 3, 3, 4, 8, 2, 10, 2 };
        static_assert(std::size(general) == enumCount<Topic>());
        const PhraseBank &phrases = PhraseBank::instance();
        BatchQueue::Batch batch;
        for (std::size_t n = 0; n < plan.size() && !stop.stop_requested(); ++n) {
            const ConsultationPlan &p = plan[n];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(p.client)];
            DemoRandom random(m_options.seed, NoteStream,
                (static_cast<std::uint64_t>(p.client) << 20) ^ static_cast<std::uint64_t>(p.ordinal));
            PreparedConsultation row;
            const bool inCase = c.caseId != 0 && p.startedAt >= c.caseFrom;
            const int *weights = (c.goal && *c.goal == CaseGoal::ReturnToWork) ? returning
                : (c.goal && *c.goal == CaseGoal::StayInWork)                  ? working
                                                                               : general;
            const int topicCount = random.weighted({ 45, 40, 15 }) + 1;
            for (int t = 0; t < topicCount; ++t)
                row.topics.insert(
                    static_cast<Topic>(random.weighted(std::span<const int>(weights, enumCount<Topic>()))));

            const bool first = p.ordinal == 0;
            row.channel = first ? static_cast<Channel>(random.weighted({ 50, 25, 25, 0, 0, 0 }))
                : inCase        ? static_cast<Channel>(random.weighted({ 30, 25, 15, 5, 13, 12 }))
                                : static_cast<Channel>(random.weighted({ 35, 30, 25, 10, 0, 0 }));
            row.kind = inCase                    ? ConsultationKind::Accompaniment
                : c.kind == ClientKind::Coaching ? ConsultationKind::Coaching
                                                 : ConsultationKind::OneOff;
            Attendees attendees;
            if (random.chance(0.93))
                attendees.insert(Attendee::Self);
            if (random.chance(first ? 0.25 : 0.1))
                attendees.insert(Attendee::Family);
            if (random.chance(0.05))
                attendees.insert(Attendee::Supporter);
            if (random.chance(row.topics.contains(Topic::Retention) ? 0.25 : 0.02))
                attendees.insert(Attendee::Employer);
            if (attendees.isEmpty())
                attendees.insert(Attendee::Family);
            row.attendees = attendees.toCodes().toUtf8();

            const PhraseBank::Context context { row.topics, c.disease, c.helloWork, c.agency, first };
            const QString notes = phrases.note(random, context);
            const QString next = random.chance(0.85) ? phrases.nextSteps(random, context) : QString();
            row.notes = notes.toUtf8();
            row.next = next.toUtf8();
            // The same tokens search::NoteIndex::index() would write.
            row.tokens = search::NoteTokenizer::indexText(search::NoteIndex::indexedText(notes, next)).toUtf8();
            row.staff
                = random.chance(0.9) ? staffId(c.staff) : staffId(random.below(static_cast<int>(m_workers.size())));
            row.recorded = std::min(p.startedAt + random.between(30, 240) * minute, m_endMs);
            row.clientId = c.id;
            row.caseId = inCase ? c.caseId : 0;
            row.startedAt = p.startedAt;
            row.duration = row.channel == Channel::Email ? 0 : random.between(3, 24) * 5;
            if (random.chance(0.25))
                row.followUp = jst::dateOf(p.startedAt).addDays(random.between(7, 28)).toString(Qt::ISODate).toUtf8();
            batch.push_back(std::move(row));
            if (batch.size() == 1024) {
                if (!queue.push(std::move(batch)))
                    return;
                batch = {};
            }
        }
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    const auto stopWriter = qScopeGuard([&] {
        writer.request_stop();
        queue.stop();
    });

    std::vector<QByteArray> topicCodes;
    for (std::size_t t = 0; t < enumCount<Topic>(); ++t)
        topicCodes.push_back(toCode(static_cast<Topic>(t)).toUtf8());
    m_consultationIds.reserve(plan.size());
    DemoRandom corrections(m_options.seed, HistoryStream, 1);
    std::size_t n = 0;
    for (BatchQueue::Batch batch = queue.pop(); !batch.empty(); batch = queue.pop()) {
        for (const PreparedConsultation &row : batch) {
            int i = 1;
            consultation->bind(i++, row.clientId);
            consultation->bindOptional(i++, row.caseId ? std::optional<qint64>(row.caseId) : std::nullopt);
            consultation->bind(i++, row.startedAt);
            consultation->bind(i++, row.duration);
            consultation->bind(i++, toCode(row.channel));
            consultation->bind(i++, toCode(row.kind));
            consultation->bind(i++, row.attendees);
            consultation->bind(i++, row.topics.toCodes());
            consultation->bind(i++, row.notes);
            consultation->bind(i++, row.next);
            if (row.followUp.isEmpty())
                consultation->bindNull(i++);
            else
                consultation->bind(i++, row.followUp);
            consultation->bind(i++, row.staff);
            consultation->bind(i++, row.recorded);
            consultation->bind(i++, row.staff);
            consultation->bind(i++, row.recorded);
            consultation->bind(i++, row.staff);
            auto id = consultation->run();
            if (!id)
                return fail(id.error());
            m_consultationIds.push_back(*id);
            ++m_report.consultations;

            for (std::size_t t = 0; t < topicCodes.size(); ++t) {
                if (!row.topics.contains(static_cast<Topic>(t)))
                    continue;
                topic->bind(1, *id);
                topic->bind(2, topicCodes[t]);
                if (auto r = topic->run(); !r)
                    return fail(r.error());
            }
            if (!row.tokens.isEmpty()) {
                index->bind(1, *id);
                index->bind(2, row.tokens);
                if (auto r = index->run(); !r)
                    return fail(r.error());
            }

            // About one note in 2,000 is corrected a few days later (counted
            // from the gate's time on: before, corrections were on paper).
            if (corrections.chance(0.0005) && row.recorded >= m_gateFromMs && row.recorded + 3 * day < m_endMs)
                m_history.push_back({ HistoryAction::Correct, row.recorded + corrections.between(1, 3) * day,
                    static_cast<int>(m_consultationIds.size() - 1) });
            if (++n % 2000 == 0
                && !report(tr("Consultations"), static_cast<double>(n) / static_cast<double>(plan.size())))
                return cancelled();
        }
    }
    return {};
}

Status Run::insertReferrals()
{
    auto referral = BulkStatement::prepare(m_db,
        "INSERT INTO referrals (client_id, agency_id, case_id, purpose, categories, note, status, "
        "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    auto event = BulkStatement::prepare(
        m_db, "INSERT INTO referral_events (referral_id, status, at, staff_id) VALUES (?, ?, ?, ?)");
    if (!referral)
        return fail(referral.error());
    if (!event)
        return fail(event.error());
    for (std::size_t i = 0; i < m_referrals.size(); ++i) {
        ReferralPlan &r = m_referrals[i];
        const ClientPlan &c = m_clients[static_cast<std::size_t>(r.client)];
        const qint64 staff = staffId(c.staff);
        const qint64 created = r.events.front().at;
        referral->bind(1, c.id);
        referral->bind(2, r.agencyId);
        referral->bindOptional(
            3, c.caseId != 0 && created >= c.caseFrom ? std::optional<qint64>(c.caseId) : std::nullopt);
        referral->bind(4, toCode(r.purpose));
        referral->bind(5, r.categories.toCodes());
        referral->bind(6, QString::fromUtf8(referralNotes[referralNoteOf(r.kind)]));
        referral->bind(7, toCode(r.events.back().status));
        referral->bind(8, created);
        referral->bind(9, staff);
        referral->bind(10, r.events.back().at);
        referral->bind(11, staff);
        auto id = referral->run();
        if (!id)
            return fail(id.error());
        r.id = *id;
        ++m_report.referrals;
        for (const ReferralEventPlan &e : r.events) {
            event->bind(1, r.id);
            event->bind(2, toCode(e.status));
            event->bind(3, e.at);
            event->bind(4, staff);
            if (auto done = event->run(); !done)
                return fail(done.error());
            ++m_report.referralEvents;
        }
        if (i % 2000 == 0 && !report(tr("Referrals"), static_cast<double>(i) / static_cast<double>(m_referrals.size())))
            return cancelled();
    }
    return {};
}

Status Run::runHistory()
{
    // A few people ask for erasure, a year or more after their last contact.
    DemoRandom erasures(m_options.seed, HistoryStream, 2);
    for (std::size_t k = 0; k < m_clients.size(); ++k) {
        const ClientPlan &c = m_clients[k];
        if (c.lastAt < m_endMs - 400 * day && erasures.chance(0.0005))
            m_history.push_back(
                { HistoryAction::Erase, c.lastAt + erasures.between(365, 395) * day, static_cast<int>(k) });
    }
    std::stable_sort(m_history.begin(), m_history.end());

    FixedClock clock(m_startMs);
    const QString correction = QStringLiteral("（追記）本人の申し出により一部の表現を修正した。");
    for (std::size_t h = 0; h < m_history.size(); ++h) {
        const HistoryAction &a = m_history[h];
        clock.set(a.at);
        switch (a.kind) {
        case HistoryAction::Release: {
            const ReferralPlan &r = m_referrals[static_cast<std::size_t>(a.index)];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(r.client)];
            const Session session(m_db, staffId(c.staff), clock);
            privacy::DisclosureRequest request;
            request.clientId = c.id;
            request.recipient = privacy::Recipient::agency(r.agencyId);
            request.purpose = r.purpose;
            request.categories = r.categories;
            request.method = r.method;
            auto grant = privacy::DisclosureGate(session).release(request);
            if (!grant)
                return fail(grant.error().code == ErrorCode::Refused ? Error { ErrorCode::Database,
                                QStringLiteral("the demo plan made a referral the disclosure gate refuses: ")
                                    + grant.error().message,
                                {} }
                                                                     : grant.error());
            if (Status s
                = ReferralRepository(session).attachDisclosure(r.id, grant->disclosureId(), grant->consentId());
                !s)
                return s;
            ++m_report.disclosures;
            break;
        }
        case HistoryAction::Withdraw: {
            const ConsentPlan &p = m_consents[static_cast<std::size_t>(a.index)];
            const ClientPlan &c = m_clients[static_cast<std::size_t>(p.client)];
            const Session session(m_db, staffId(c.staff), clock);
            auto withdrawn
                = privacy::ConsentRegistry(session).withdraw(p.id, QStringLiteral("本人の申し出により撤回"), a.at);
            // Erased meanwhile (NotFound) or already withdrawn (Conflict): nothing to do.
            if (!withdrawn && withdrawn.error().code != ErrorCode::Conflict
                && withdrawn.error().code != ErrorCode::NotFound)
                return fail(withdrawn.error());
            if (withdrawn)
                ++m_report.withdrawals;
            break;
        }
        case HistoryAction::Correct: {
            const Session session(m_db, m_workers.front(), clock);
            ConsultationRepository repository(session);
            auto c = repository.get(m_consultationIds[static_cast<std::size_t>(a.index)]);
            if (!c)
                return fail(c.error());
            Consultation changed = *c;
            changed.notes += correction;
            auto updated = repository.update(changed, QStringLiteral("本人の申し出による記載の修正"));
            if (!updated && updated.error().code != ErrorCode::NotFound && updated.error().code != ErrorCode::Invalid)
                return fail(updated.error());
            if (updated)
                ++m_report.corrections;
            break;
        }
        case HistoryAction::Erase: {
            const ClientPlan &c = m_clients[static_cast<std::size_t>(a.index)];
            const Session session(m_db, m_supervisor, clock);
            if (Status s = privacy::Erasure(session).erase(c.id, QStringLiteral("本人からの削除請求")); !s)
                return s;
            ++m_report.erasures;
            break;
        }
        }
        if (h % 200 == 0
            && !report(tr("Disclosures and history"), static_cast<double>(h) / static_cast<double>(m_history.size())))
            return cancelled();
    }
    return {};
}

Status Run::setLaterFlags()
{
    // Asked for after the history: stop-use of a few people, a few agencies closed.
    DemoRandom random(m_options.seed, FlagStream, 1);
    auto stop = BulkStatement::prepare(m_db,
        "UPDATE clients SET stop_use = 1, updated_at = ?, updated_by = ? "
        "WHERE id = ? AND erased_at IS NULL");
    auto close
        = BulkStatement::prepare(m_db, "UPDATE agencies SET active = 0, updated_at = ?, updated_by = ? WHERE id = ?");
    if (!stop)
        return fail(stop.error());
    if (!close)
        return fail(close.error());
    for (const ClientPlan &c : m_clients) {
        if (!random.chance(0.005))
            continue;
        stop->bind(1, clampToEnd(c.lastAt + 30 * day));
        stop->bind(2, staffId(c.staff));
        stop->bind(3, c.id);
        if (auto r = stop->run(); !r)
            return fail(r.error());
    }
    for (const AgencyRow &a : m_agencies) {
        if (a.kind == AgencyKind::HelloWork || !random.chance(0.02))
            continue;
        close->bind(1, m_endMs - 60 * day);
        close->bind(2, m_admin);
        close->bind(3, a.id);
        if (auto r = close->run(); !r)
            return fail(r.error());
    }
    return {};
}

Status Run::setIndexBuffer(int bytes)
{
    auto q = BulkStatement::prepare(m_db, "INSERT INTO note_index (note_index, rank) VALUES ('hashsize', ?)");
    if (!q)
        return fail(q.error());
    q->bind(1, bytes);
    if (auto r = q->run(); !r)
        return fail(r.error());
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

} // namespace

Result<DemoReport> DemoGenerator::generate(const Progress &progress) const
{
    Run run(m_session, m_options, progress);
    return run.generate();
}

} // namespace tsunagu::demo
