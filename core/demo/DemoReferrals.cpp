// SPDX-License-Identifier: GPL-3.0-or-later
// The consents and referrals of a demo run.
#include "DemoRun.h"

#include "demo/BulkStatement.h"
#include "demo/DemoRandom.h"
#include "demo/NameBank.h"
#include "storage/Database.h"

#include <algorithm>
#include <vector>

namespace tsunagu::demo::detail {

namespace {

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

} // namespace

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

} // namespace tsunagu::demo::detail
