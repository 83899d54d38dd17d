// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "demo/DemoOptions.h"

#include <QString>

#include <functional>

namespace tsunagu::demo {

// What generate() wrote.
struct DemoReport {
    qint64 staff = 0;
    qint64 agencies = 0;
    qint64 clients = 0;
    qint64 contactPersons = 0;
    qint64 conditions = 0;
    qint64 cases = 0;
    qint64 milestones = 0;
    qint64 consultations = 0;
    qint64 referrals = 0;
    qint64 referralEvents = 0;
    qint64 consents = 0; // both kinds
    qint64 disclosures = 0; // released through privacy::DisclosureGate
    qint64 withdrawals = 0; // through privacy::ConsentRegistry
    qint64 corrections = 0; // through ConsultationRepository::update
    qint64 erasures = 0; // through privacy::Erasure
    qint64 elapsedMs = 0;
};

// A realistic synthetic case load for a demo or a benchmark (BENCHMARKS.md):
// staff, partner agencies, clients with readings, family contacts, conditions
// recorded after a health-acquisition consent, support cases with milestones,
// ten years of consultations with Japanese notes, referrals with their status
// history, consents with periods and withdrawals. The same options and seed
// give the same database.
//
// Two paths write it:
//  * The bulk path inserts the bulk of the rows (clients, consultations,
//    referrals, consents …) with prepared statements in one transaction, with
//    everything the repositories would store: staff and time stamps
//    (created/updated at the historical time, by the staff member in charge),
//    the normalised search columns, the intake age band, consultation_topics,
//    and the note index (search::NoteIndex's tokens). It writes no audit entry
//    and no revision per row: one audit entry, "demo.generate", says what was
//    generated (counts, seed, no personal data).
//  * The service path makes the history that has rules, at its historical
//    time and in time order, so the audit chain reads like years of work:
//    referrals sent since the office began releasing through Tsunagu (the last
//    two years, at most the newest 12,000 — a release costs about a
//    millisecond) go through privacy::DisclosureGate and
//    ReferralRepository::attachDisclosure (real disclosure records, audit
//    entries, revisions); consents withdrawn since then are withdrawn through
//    privacy::ConsentRegistry (open referrals get flagged); some notes are
//    corrected through ConsultationRepository::update (revisions, note index);
//    a few clients are erased through privacy::Erasure. Older referrals were
//    sent on paper: no disclosure record; older withdrawals are bulk rows.
// Later flags (stop-use, inactive agencies) are set last, as if asked for
// after the history, so the gate saw them as they were at the time.
//
// Invariants both paths keep: a health-acquisition consent is recorded before
// any condition; every disclosure is covered by one consent in force; ids grow
// with time (clients, consultations, referrals); a referral's status is its
// last event; every note is in the note index.
class DemoGenerator
{
public:
    // Reports the step and the percentage done; return false to stop.
    using Progress = std::function<bool(const QString &step, int percent)>;

    // `session`: the database and the staff member who generates (audit).
    DemoGenerator(const Session &session, DemoOptions options)
        : m_session(session)
        , m_options(std::move(options))
    { }

    // Fills a database that holds no clients yet. All or nothing: one
    // transaction, rolled back on an error or when stopped (ErrorCode::Cancelled).
    Result<DemoReport> generate(const Progress &progress = {}) const;

private:
    Session m_session;
    DemoOptions m_options;
};

} // namespace tsunagu::demo
