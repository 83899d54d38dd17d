// SPDX-License-Identifier: GPL-3.0-or-later
// The clients of a demo run: who they are, their conditions and cases.
#include "DemoRun.h"

#include "demo/BulkStatement.h"
#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "demo/PlaceBank.h"
#include "domain/Condition.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tsunagu::demo::detail {

namespace {

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

} // namespace

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

} // namespace tsunagu::demo::detail
