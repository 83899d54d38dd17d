// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

namespace tsunagu::storage::schema {

namespace {

// Instants are INTEGER milliseconds since the epoch (UTC); calendar dates are
// TEXT 'YYYY-MM-DD' in Japan's calendar. Every mutable table records who made
// and who last changed each row; previous values go to `revisions`.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            role TEXT NOT NULL CHECK (role IN ('coordinator','outreach','supervisor','admin')),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE UNIQUE INDEX staff_name ON staff(name)"),

        QStringLiteral(R"(CREATE TABLE clients (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_kana TEXT NOT NULL DEFAULT '',
            name_norm TEXT NOT NULL DEFAULT '',
            kana_norm TEXT NOT NULL DEFAULT '',
            birth_date TEXT,
            sex TEXT CHECK (sex IN ('female','male','other')),
            prefecture TEXT,
            municipality TEXT,
            phone TEXT,
            phone_norm TEXT,
            email TEXT,
            address TEXT,
            emergency_contact TEXT,
            certificate_kind TEXT CHECK (certificate_kind IN ('none','physical','mental','intellectual')),
            certificate_grade TEXT,
            employment_status TEXT CHECK (employment_status IN ('unemployed','open_employment',
                'disability_employment','sheltered_a','sheltered_b','sick_leave','self_employed','student','other')),
            confidential_address INTEGER NOT NULL DEFAULT 0 CHECK (confidential_address IN (0,1)),
            stop_use INTEGER NOT NULL DEFAULT 0 CHECK (stop_use IN (0,1)),
            exclude_from_statistics INTEGER NOT NULL DEFAULT 0 CHECK (exclude_from_statistics IN (0,1)),
            intake_age_band INTEGER,
            erased_at INTEGER,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX clients_kana_norm ON clients(kana_norm, id)"),
        QStringLiteral("CREATE INDEX clients_name_norm ON clients(name_norm, id)"),
        QStringLiteral("CREATE INDEX clients_phone_norm ON clients(phone_norm) WHERE phone_norm IS NOT NULL"),

        QStringLiteral(R"(CREATE TABLE client_conditions (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            disease_group TEXT NOT NULL,
            designated_number INTEGER CHECK (designated_number BETWEEN 1 AND 999),
            designated_name TEXT,
            note TEXT,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX client_conditions_client ON client_conditions(client_id)"),

        QStringLiteral(R"(CREATE TABLE contact_persons (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            name TEXT NOT NULL,
            name_kana TEXT NOT NULL DEFAULT '',
            relationship TEXT NOT NULL,
            phone TEXT,
            email TEXT,
            note TEXT,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX contact_persons_client ON contact_persons(client_id)"),

        QStringLiteral(R"(CREATE TABLE agencies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_norm TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL,
            prefecture TEXT,
            municipality TEXT,
            address TEXT,
            phone TEXT,
            email TEXT,
            contact_name TEXT,
            note TEXT,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX agencies_kind ON agencies(kind, name_norm)"),
        QStringLiteral("CREATE INDEX agencies_name_norm ON agencies(name_norm)"),

        QStringLiteral(R"(CREATE TABLE support_cases (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            goal TEXT NOT NULL,
            stage TEXT NOT NULL,
            opened_on TEXT NOT NULL,
            closed_on TEXT CHECK (closed_on IS NULL OR closed_on >= opened_on),
            outcome TEXT,
            experience_score INTEGER CHECK (experience_score BETWEEN 1 AND 5),
            next_follow_up TEXT,
            note TEXT,
            staff_id INTEGER REFERENCES staff(id),
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX support_cases_client ON support_cases(client_id)"),

        QStringLiteral(R"(CREATE TABLE case_milestones (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES support_cases(id),
            kind TEXT NOT NULL,
            due_on TEXT,
            done_on TEXT,
            result TEXT,
            note TEXT,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX case_milestones_case ON case_milestones(case_id)"),
        QStringLiteral("CREATE INDEX case_milestones_due ON case_milestones(due_on) WHERE done_on IS NULL"),

        QStringLiteral(R"(CREATE TABLE consultations (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            case_id INTEGER REFERENCES support_cases(id),
            started_at INTEGER NOT NULL,
            duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min BETWEEN 0 AND 1440),
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            attendees TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            next_steps TEXT NOT NULL DEFAULT '',
            follow_up_on TEXT,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX consultations_client ON consultations(client_id, started_at)"),
        QStringLiteral("CREATE INDEX consultations_started ON consultations(started_at)"),
        QStringLiteral("CREATE INDEX consultations_follow_up ON consultations(follow_up_on) WHERE follow_up_on IS NOT NULL"),
        // One row per (consultation, topic), for statistics.
        QStringLiteral(R"(CREATE TABLE consultation_topics (
            consultation_id INTEGER NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
            topic TEXT NOT NULL,
            PRIMARY KEY (consultation_id, topic)) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE consents (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            kind TEXT NOT NULL CHECK (kind IN ('disclosure','health_acquisition')),
            purposes TEXT NOT NULL DEFAULT '',
            purpose_detail TEXT,
            categories TEXT NOT NULL DEFAULT '',
            given_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL CHECK (expires_at > given_at),
            withdrawn_at INTEGER,
            withdrawn_by INTEGER REFERENCES staff(id),
            withdrawal_note TEXT,
            method TEXT NOT NULL CHECK (method IN ('written','verbal','electronic')),
            given_by TEXT NOT NULL CHECK (given_by IN ('self','representative')),
            representative_name TEXT,
            representative_relation TEXT,
            form_version TEXT,
            consent_text TEXT,
            recorded_by INTEGER NOT NULL REFERENCES staff(id),
            created_at INTEGER NOT NULL,
            CHECK (given_by = 'self' OR length(representative_name) > 0)))"),
        QStringLiteral("CREATE INDEX consents_client ON consents(client_id, kind)"),
        // A consent's scope never changes once recorded; only its withdrawal is added.
        QStringLiteral(R"(CREATE TRIGGER consents_scope_immutable BEFORE UPDATE ON consents
            WHEN NEW.id IS NOT OLD.id OR NEW.client_id IS NOT OLD.client_id OR NEW.kind IS NOT OLD.kind
              OR NEW.purposes IS NOT OLD.purposes OR NEW.purpose_detail IS NOT OLD.purpose_detail
              OR NEW.categories IS NOT OLD.categories
              OR NEW.given_at IS NOT OLD.given_at OR NEW.expires_at IS NOT OLD.expires_at
              OR NEW.method IS NOT OLD.method OR NEW.given_by IS NOT OLD.given_by
              OR NEW.representative_name IS NOT OLD.representative_name
              OR NEW.representative_relation IS NOT OLD.representative_relation
              OR NEW.form_version IS NOT OLD.form_version OR NEW.consent_text IS NOT OLD.consent_text
              OR NEW.recorded_by IS NOT OLD.recorded_by OR NEW.created_at IS NOT OLD.created_at
              OR (OLD.withdrawn_at IS NOT NULL AND (NEW.withdrawn_at IS NOT OLD.withdrawn_at
                  OR NEW.withdrawn_by IS NOT OLD.withdrawn_by OR NEW.withdrawal_note IS NOT OLD.withdrawal_note))
            BEGIN SELECT RAISE(ABORT, 'consents are append-only: only a withdrawal can be added'); END)"),
        QStringLiteral(R"(CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents
            WHEN (SELECT erased_at FROM clients WHERE id = OLD.client_id) IS NULL
            BEGIN SELECT RAISE(ABORT, 'consents are append-only: withdraw a consent instead of deleting it'); END)"),
        QStringLiteral(R"(CREATE TABLE consent_recipients (
            consent_id INTEGER NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
            agency_id INTEGER REFERENCES agencies(id),
            agency_kind TEXT,
            contact_person_id INTEGER REFERENCES contact_persons(id),
            CHECK ((agency_id IS NOT NULL) + (agency_kind IS NOT NULL) + (contact_person_id IS NOT NULL) = 1)))"),
        QStringLiteral("CREATE INDEX consent_recipients_consent ON consent_recipients(consent_id)"),
        // The recipients are part of the scope: fixed once the consent is recorded
        // (its audit entry is written last in the same transaction).
        QStringLiteral(R"(CREATE TRIGGER consent_recipients_sealed BEFORE INSERT ON consent_recipients
            WHEN EXISTS (SELECT 1 FROM audit_log WHERE entity = 'consents' AND entity_id = NEW.consent_id
                         AND action = 'consent.record')
            BEGIN SELECT RAISE(ABORT, 'consents are append-only: record a new consent to change its recipients'); END)"),
        QStringLiteral(R"(CREATE TRIGGER consent_recipients_no_update BEFORE UPDATE ON consent_recipients
            BEGIN SELECT RAISE(ABORT, 'consents are append-only: record a new consent to change its recipients'); END)"),
        QStringLiteral(R"(CREATE TRIGGER consent_recipients_no_delete BEFORE DELETE ON consent_recipients
            WHEN EXISTS (SELECT 1 FROM consents c JOIN clients k ON k.id = c.client_id
                         WHERE c.id = OLD.consent_id AND k.erased_at IS NULL)
            BEGIN SELECT RAISE(ABORT, 'consents are append-only: withdraw a consent instead of deleting it'); END)"),

        QStringLiteral(R"(CREATE TABLE referrals (
            id INTEGER PRIMARY KEY,
            client_id INTEGER NOT NULL REFERENCES clients(id),
            agency_id INTEGER NOT NULL REFERENCES agencies(id),
            case_id INTEGER REFERENCES support_cases(id),
            purpose TEXT NOT NULL,
            categories TEXT NOT NULL DEFAULT '',
            note TEXT,
            status TEXT NOT NULL DEFAULT 'proposed',
            consent_id INTEGER REFERENCES consents(id),
            disclosure_id INTEGER,
            needs_attention INTEGER NOT NULL DEFAULT 0 CHECK (needs_attention IN (0,1)),
            attention_reason TEXT,
            created_at INTEGER NOT NULL,
            created_by INTEGER NOT NULL REFERENCES staff(id),
            updated_at INTEGER NOT NULL,
            updated_by INTEGER NOT NULL REFERENCES staff(id),
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral("CREATE INDEX referrals_client ON referrals(client_id)"),
        QStringLiteral("CREATE INDEX referrals_agency ON referrals(agency_id)"),
        QStringLiteral("CREATE INDEX referrals_consent ON referrals(consent_id)"),
        QStringLiteral(R"(CREATE TABLE referral_events (
            id INTEGER PRIMARY KEY,
            referral_id INTEGER NOT NULL REFERENCES referrals(id),
            status TEXT NOT NULL,
            at INTEGER NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            note TEXT))"),
        QStringLiteral("CREATE INDEX referral_events_referral ON referral_events(referral_id, at)"),

        // Third-party disclosure records (APPI Art. 29). Append-only; kept at
        // least three years, even after the client is erased.
        QStringLiteral(R"(CREATE TABLE disclosures (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            client_id INTEGER NOT NULL,
            client_label TEXT NOT NULL,
            recipient_agency_id INTEGER,
            recipient_contact_id INTEGER,
            recipient_kind TEXT NOT NULL,
            recipient_label TEXT NOT NULL,
            categories TEXT NOT NULL,
            purpose TEXT NOT NULL,
            purpose_detail TEXT,
            method TEXT NOT NULL,
            basis TEXT NOT NULL CHECK (basis IN ('consent','exception')),
            consent_id INTEGER,
            exception_ground TEXT,
            justification TEXT,
            staff_id INTEGER NOT NULL,
            retain_until INTEGER NOT NULL,
            CHECK (basis = 'consent' AND consent_id IS NOT NULL
                   OR basis = 'exception' AND exception_ground IS NOT NULL AND length(trim(justification)) > 0)))"),
        QStringLiteral("CREATE INDEX disclosures_client ON disclosures(client_id, at)"),
        QStringLiteral(R"(CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
            BEGIN SELECT RAISE(ABORT, 'disclosure records are append-only'); END)"),
        // Deletion only by the purge of an erased client's records after retention.
        QStringLiteral(R"(CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
            WHEN OLD.retain_until > CAST(strftime('%s','now') AS INTEGER) * 1000
              OR (SELECT erased_at FROM clients WHERE id = OLD.client_id) IS NULL
            BEGIN SELECT RAISE(ABORT, 'disclosure records are append-only and kept for their retention period'); END)"),
        // Supervisors' review of exception disclosures, and withholdings from
        // access reports: both append-only.
        QStringLiteral(R"(CREATE TABLE disclosure_reviews (
            id INTEGER PRIMARY KEY,
            disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
            at INTEGER NOT NULL,
            reviewer_id INTEGER NOT NULL REFERENCES staff(id),
            verdict TEXT NOT NULL CHECK (verdict IN ('approved','questioned')),
            note TEXT))"),
        QStringLiteral(R"(CREATE TABLE disclosure_withholdings (
            id INTEGER PRIMARY KEY,
            disclosure_id INTEGER NOT NULL REFERENCES disclosures(id),
            at INTEGER NOT NULL,
            supervisor_id INTEGER NOT NULL REFERENCES staff(id),
            reason TEXT NOT NULL CHECK (length(trim(reason)) > 0)))"),
        QStringLiteral(R"(CREATE TRIGGER disclosure_reviews_no_update BEFORE UPDATE ON disclosure_reviews
            BEGIN SELECT RAISE(ABORT, 'disclosure reviews are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER disclosure_withholdings_no_update BEFORE UPDATE ON disclosure_withholdings
            BEGIN SELECT RAISE(ABORT, 'disclosure withholdings are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER disclosure_reviews_no_delete BEFORE DELETE ON disclosure_reviews
            WHEN NOT EXISTS (SELECT 1 FROM disclosures d JOIN clients c ON c.id = d.client_id
                             WHERE d.id = OLD.disclosure_id AND c.erased_at IS NOT NULL
                               AND d.retain_until <= CAST(strftime('%s','now') AS INTEGER) * 1000)
            BEGIN SELECT RAISE(ABORT, 'disclosure reviews are append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER disclosure_withholdings_no_delete BEFORE DELETE ON disclosure_withholdings
            WHEN NOT EXISTS (SELECT 1 FROM disclosures d JOIN clients c ON c.id = d.client_id
                             WHERE d.id = OLD.disclosure_id AND c.erased_at IS NOT NULL
                               AND d.retain_until <= CAST(strftime('%s','now') AS INTEGER) * 1000)
            BEGIN SELECT RAISE(ABORT, 'disclosure withholdings are append-only'); END)"),

        // Who viewed, changed, exported or disclosed what. Refers to people by id
        // only, never copies personal data. Hash-chained: each row's hash covers
        // the previous row's hash and the row's own fields.
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            staff_id INTEGER,
            action TEXT NOT NULL,
            entity TEXT NOT NULL DEFAULT '',
            entity_id INTEGER,
            client_id INTEGER,
            detail TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_log_client ON audit_log(client_id) WHERE client_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)"),

        // Previous values of every update: who, when, why (APPI Art. 34).
        QStringLiteral(R"(CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            client_id INTEGER,
            at INTEGER NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            reason TEXT NOT NULL,
            old_values TEXT NOT NULL,
            new_values TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX revisions_entity ON revisions(entity, entity_id)"),
        QStringLiteral("CREATE INDEX revisions_client ON revisions(client_id) WHERE client_id IS NOT NULL"),

        // Key/value settings stored with the data (k for statistics, retention…).
        QStringLiteral(R"(CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
    };
}

// The full-text index of consultation notes (search::NoteIndex, NoteSearch).
// Contentless FTS5: it holds the tokens search::NoteTokenizer makes (bigrams of
// Japanese text, ASCII words), not the text; SQLite's built-in 'ascii'
// tokenizer only splits them at the spaces, so every SQLite can read it.
// Tokens are made in C++, so SQL alone cannot fill it: a file that already
// has notes is marked 'stale' and NoteIndex::rebuild() (tsunagu-cli reindex)
// fills it; until then searches fall back to reading the newest notes.
//
// And two covering indexes of the people a work list shows (not erased, not
// under stop-use), for search::ClientSearch: a name or reading prefix is then
// two short ordered index walks instead of a sort of every match.
QStringList version2()
{
    return {
        QStringLiteral("CREATE INDEX clients_kana_live ON clients(kana_norm, id) WHERE erased_at IS NULL AND stop_use = 0"),
        QStringLiteral("CREATE INDEX clients_name_live ON clients(name_norm, kana_norm, id) "
                       "WHERE erased_at IS NULL AND stop_use = 0"),
        QStringLiteral("CREATE VIRTUAL TABLE note_index USING fts5(tokens, content='', detail=none, tokenize='ascii')"),
        QStringLiteral(R"(INSERT OR REPLACE INTO settings (key, value) VALUES ('note_index.version',
            CASE WHEN EXISTS (SELECT 1 FROM consultations WHERE notes <> '' OR next_steps <> '') THEN 'stale' ELSE '1' END))"),
    };
}

// Import (issue 6): the ID a record had in the spreadsheet it came from, so that
// importing the same sheet again finds it instead of adding a duplicate.
QStringList version3()
{
    return {
        QStringLiteral("ALTER TABLE clients ADD COLUMN external_id TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX clients_external_id ON clients(external_id) WHERE external_id IS NOT NULL"),
        QStringLiteral("ALTER TABLE agencies ADD COLUMN external_id TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX agencies_external_id ON agencies(external_id) WHERE external_id IS NOT NULL"),
    };
}

// Drafts (issue 7): what a person has typed into a form and not saved yet, so
// that a crash or a closed window loses nothing. Working copies, not records:
// no revisions, no audit; deleted when the record is saved or the draft thrown
// away, and with the client's data on erasure. The payload is the form's JSON.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
            client_id INTEGER REFERENCES clients(id),
            updated_at INTEGER NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}'))"),
        QStringLiteral("CREATE INDEX drafts_staff ON drafts(staff_id, updated_at)"),
        QStringLiteral("CREATE INDEX drafts_client ON drafts(client_id) WHERE client_id IS NOT NULL"),
    };
}

// The Today page's work lists (worklist::TodayList) on a prefecture's data:
// consents running out in the next weeks and referrals still waiting for an
// answer were found by reading every consent and every referral (0.16 s on
// 200,000 consents).
//
// And erasures made before this version kept the disease group of a person's
// conditions and their employment status; rule 12 of PRIVACY.md removes health
// data whole, so they go now too (statistics count the erased on a line of
// their own, privacy::Erasure and statistics::Statistics).
QStringList version5()
{
    return {
        QStringLiteral("CREATE INDEX consents_expiry ON consents(expires_at)"),
        QStringLiteral("CREATE INDEX referrals_status ON referrals(status, id)"),
        QStringLiteral("DELETE FROM client_conditions WHERE client_id IN (SELECT id FROM clients WHERE erased_at IS NOT NULL)"),
        QStringLiteral("UPDATE clients SET employment_status = NULL WHERE erased_at IS NOT NULL AND employment_status IS NOT NULL"),
    };
}

} // namespace

const std::vector<QStringList> &migrations()
{
    static const std::vector<QStringList> all{version1(), version2(), version3(), version4(), version5()};
    return all;
}

} // namespace tsunagu::storage::schema
