// SPDX-License-Identifier: GPL-3.0-or-later
#include "Benchmarks.h"

#include "common/Clock.h"
#include "common/Session.h"
#include "domain/Consultation.h"
#include "importer/Importer.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "search/ClientSearch.h"
#include "search/NoteIndex.h"
#include "search/NoteSearch.h"
#include "search/NoteTokenizer.h"
#include "statistics/Anonymizer.h"
#include "statistics/Statistics.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace tsunagu::bench {

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
    std::fflush(stderr);
}

// Times `f` `runs` times after one untimed warm-up; milliseconds.
template <typename F> Result<std::vector<double>> timeRuns(int runs, F &&f)
{
    if (Status s = f(); !s)
        return fail(s.error());
    std::vector<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        const Status s = f();
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!s)
            return fail(s.error());
    }
    return times;
}

Result<qint64> scalar(const storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return fail(ErrorCode::Database, QStringLiteral("benchmark query failed: ") + sql);
    return q.value(0).toLongLong();
}

// The key range ClientSearch binds, written out for the shell.
QString clientSearchSql(const QString &key)
{
    const QString end = key + QString::fromUcs4(U"\U0010FFFF", 1);
    const QString live = QStringLiteral("SELECT id FROM clients WHERE erased_at IS NULL AND stop_use = 0 AND ");
    return QStringLiteral(
        "SELECT id, name, name_kana, birth_date, confidential_address, stop_use, kana_norm FROM clients "
        "WHERE id IN (SELECT id FROM (%3kana_norm >= '%1' AND kana_norm < '%2' ORDER BY kana_norm, id LIMIT 51) "
        "UNION ALL SELECT id FROM (%3name_norm >= '%1' AND name_norm < '%2' ORDER BY kana_norm, id LIMIT 51)) "
        "ORDER BY kana_norm, id LIMIT 51")
        .arg(key, end, live);
}

long long statusValue(const QByteArray &status, const char *field)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

Benchmarks::Benchmarks(Options options)
    : m_options(std::move(options))
    , m_shell(m_options.database, m_options.sqlite3)
{ }

Benchmarks::~Benchmarks() = default;

QString Benchmarks::literal(const QString &text)
{
    return QString(text).replace(QLatin1Char('\''), QStringLiteral("''"));
}

BenchTable::Row Benchmarks::row(const QString &operation, const std::vector<double> &times) const
{
    BenchTable::Row r;
    r.operation = operation;
    r.dataSet = m_options.dataSet;
    r.medianMs = BenchTable::median(times);
    r.runs = static_cast<int>(times.size());
    return r;
}

std::optional<double> Benchmarks::floor(const QString &sql, const QString &setup, const QString &cleanup) const
{
    if (!m_shellAvailable)
        return std::nullopt;
    return m_shell.perExecutionMs(
        sql, std::max(3, std::min(m_options.runs, 7)), setup, cleanup, m_options.floorSampleMs);
}

Result<BenchTable> Benchmarks::run()
{
    BenchTable table;
    m_shellAvailable = m_shell.available();
    if (!m_shellAvailable)
        say(QStringLiteral("the sqlite3 shell (%1) cannot be run: floors are left out").arg(m_options.sqlite3));

    say(QStringLiteral("open + first page"));
    if (Status s = openAndFirstPage(table); !s)
        return fail(s.error());
    auto db = storage::Database::open(m_options.database);
    if (!db)
        return fail(db.error());
    m_db = std::move(*db);
    for (const auto &[name, step] :
        std::initializer_list<std::pair<const char *, Status (Benchmarks::*)(BenchTable &)>> {
            { "name search", &Benchmarks::nameSearch }, { "note search", &Benchmarks::noteSearch },
            { "timeline", &Benchmarks::timeline }, { "save a consultation", &Benchmarks::saveConsultation },
            { "disclosure decision", &Benchmarks::disclosureDecision }, { "statistics", &Benchmarks::statistics },
            { "import", &Benchmarks::importClients } }) {
        say(QString::fromLatin1(name));
        if (Status s = (this->*step)(table); !s)
            return fail(s.error());
    }
    m_db.reset();
    generation(table);
    say(QStringLiteral("memory"));
    memory(table);
    return table;
}

Status Benchmarks::openAndFirstPage(BenchTable &table)
{
    for (bool verify : { true, false }) { // the full check, and the application's quick one
        std::vector<double> times;
        // Opening with the integrity check reads the whole file: fewer runs.
        const int runs = verify ? std::min(m_options.runs, 5) : m_options.runs;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            storage::Database::Options options;
            options.create = false;
            options.integrity = verify ? storage::Database::IntegrityCheck::Full
                                       : storage::Database::IntegrityCheck::Quick;
            auto db = storage::Database::open(m_options.database, options);
            if (!db)
                return fail(db.error());
            auto page = ClientSearch(**db).find(ClientQuery());
            if (!page)
                return fail(page.error());
            if (i > 0) // the first opening warms the file cache
                times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            // Closing (PRAGMA optimize) is not part of showing the list.
        }
        BenchTable::Row r = row(verify ? QStringLiteral("for reference: open with the full integrity check (as "
                                                        "tsunagu-cli does) + first page of the client list")
                                       : QStringLiteral("open the database (quick check, as the application does; the "
                                                        "full check follows in the background) + first page of the "
                                                        "client list"),
            times);
        if (verify) {
            r.note = QStringLiteral("IntegrityCheck::Full runs PRAGMA integrity_check, which reads the whole file (in "
                                    "the OS cache here: a warm start). The command line opens this way; the "
                                    "application opens with the quick check and runs this one on a worker thread "
                                    "once the window is shown, so it is not held against the target.");
        } else {
            r.target = QStringLiteral("< 300 ms");
            r.met = r.medianMs < 300;
            r.note = QStringLiteral("IntegrityCheck::Quick: the header against the file's length and the root page "
                                    "of every table.");
        }
        table.add(r);
    }
    return {};
}

Status Benchmarks::nameSearch(BenchTable &table)
{
    struct Case {
        QString label;
        QString query;
    };
    const Case cases[] = {
        { QStringLiteral("reading prefix さと (hiragana)"), QStringLiteral("さと") },
        { QStringLiteral("reading prefix ﾔﾏｸﾞﾁ (half-width katakana)"), QStringLiteral("ﾔﾏｸﾞﾁ") },
        { QStringLiteral("name prefix 高橋 (kanji)"), QStringLiteral("高橋") },
        { QStringLiteral("full reading なかむら　ゆ (with a space)"), QStringLiteral("なかむら　ゆ") },
    };
    for (const Case &c : cases) {
        ClientSearch search(*m_db);
        int rows = 0;
        auto times = timeRuns(m_options.runs, [&]() -> Status {
            auto page = search.find(ClientQuery(c.query));
            if (!page)
                return fail(page.error());
            rows = static_cast<int>(page->rows.size());
            return {};
        });
        if (!times)
            return fail(times.error());
        BenchTable::Row r = row(QStringLiteral("name/reading search, first page: ") + c.label, *times);
        r.floorWhat = QStringLiteral("ClientSearch's SQL with the key as a literal");
        r.floorMs = floor(clientSearchSql(literal(text::searchKey(c.query))));
        r.target = QStringLiteral("< 2 ms");
        r.met = r.medianMs < 2;
        r.note = QStringLiteral("%1 rows on the first page.").arg(rows);
        table.add(r);
    }
    return {};
}

Status Benchmarks::noteSearch(BenchTable &table)
{
    const QString words[] = { QStringLiteral("就労"), QStringLiteral("合理的配慮"), QStringLiteral("透析"),
        QStringLiteral("ジョブコーチ") };
    auto total = scalar(*m_db, QStringLiteral("SELECT count(*) FROM consultations"));
    if (!total)
        return fail(total.error());
    for (const QString &word : words) {
        search::NoteSearch search(*m_db);
        int hits = 0;
        bool complete = true;
        auto times = timeRuns(m_options.runs, [&]() -> Status {
            auto found = search.find(word, 50);
            if (!found)
                return fail(found.error());
            hits = static_cast<int>(found->hits.size());
            complete = found->complete;
            return {};
        });
        if (!times)
            return fail(times.error());
        const QString w = literal(word);
        const QString what = QStringLiteral("full-text search in notes, %1 (%2 characters), newest 50 hits")
                                 .arg(word)
                                 .arg(word.size());
        auto matching = scalar(*m_db,
            QStringLiteral("SELECT count(*) FROM consultations WHERE instr(notes, '%1') > 0 "
                           "OR instr(next_steps, '%1') > 0")
                .arg(w));
        const QString found = QStringLiteral("%1 hits shown%2; the word is in %3 of %4 notes.")
                                  .arg(hits)
                                  .arg(complete ? QString() : QStringLiteral(" (incomplete)"))
                                  .arg(matching.value_or(-1))
                                  .arg(*total);

        // 1. The floor BENCHMARKS.md names: a LIKE scan of every note.
        BenchTable::Row scan = row(what, *times);
        scan.floorWhat = QStringLiteral("SELECT count(*) FROM consultations WHERE notes LIKE '%%1%' OR next_steps LIKE "
                                        "'%%1%'")
                             .arg(word);
        scan.floorMs = floor(QStringLiteral("SELECT count(*) FROM consultations WHERE notes LIKE '%%1%' OR next_steps "
                                            "LIKE '%%1%'")
                                 .arg(w));
        scan.target = QStringLiteral("< 10 ms; ≥ 50× faster than the LIKE scan");
        scan.met = scan.medianMs < 10 && (!scan.floorMs || *scan.floorMs / scan.medianMs >= 50);
        scan.note = found;
        table.add(scan);

        // 2. The same query run raw: FTS5 candidates, confirmed with instr().
        BenchTable::Row raw = row(what + QStringLiteral(" — against the same query raw"), *times);
        raw.floorWhat = QStringLiteral("the bigram MATCH joined to consultations and clients, confirmed with instr(), "
                                       "LIMIT 50");
        QStringList bigrams;
        for (qsizetype i = 0; i + 1 < word.size(); ++i)
            bigrams << (QLatin1Char('"') + search::NoteTokenizer::fold(word.mid(i, 2)) + QLatin1Char('"'));
        raw.floorMs = floor(QStringLiteral(
            "SELECT c.id, c.client_id, c.started_at, c.notes, c.next_steps FROM note_index "
            "CROSS JOIN consultations AS c ON c.id = note_index.rowid CROSS JOIN clients AS k ON k.id = c.client_id "
            "WHERE note_index MATCH '%1' AND k.erased_at IS NULL AND k.stop_use = 0 "
            "AND instr(c.notes || char(10) || c.next_steps, '%2') > 0 ORDER BY note_index.rowid DESC LIMIT 50")
                                .arg(literal(bigrams.join(QStringLiteral(" AND "))), w));
        raw.note = QStringLiteral("The difference is NoteSearch's folding (kana, width, case) of each candidate in C++ "
                                  "and Qt's row handling.");
        table.add(raw);

        // 3. LIKE, newest first, stopping at 50 hits: the same result set
        // (without kana folding). Fast for a common word, a full scan for a rare one.
        if (word == words[0] || word == words[3]) {
            BenchTable::Row early = row(what + QStringLiteral(" — against LIKE newest first, stopping at 50"), *times);
            early.floorWhat = QStringLiteral("LIKE on notes, ORDER BY id DESC LIMIT 50 (same hits)");
            early.floorMs = floor(QStringLiteral(
                "SELECT c.id, c.client_id, c.started_at, c.notes, c.next_steps FROM consultations c "
                "WHERE (c.notes LIKE '%%1%' OR c.next_steps LIKE '%%1%') AND EXISTS (SELECT 1 FROM clients k "
                "WHERE k.id = c.client_id AND k.erased_at IS NULL AND k.stop_use = 0) ORDER BY c.id DESC LIMIT 50")
                                      .arg(w));
            early.note = QStringLiteral("A scan from the newest note stops once it has 50 hits: cheap for a word in "
                                        "a third of the notes, a full scan for a rare one. (The client check is a "
                                        "correlated EXISTS: as a join, SQLite would first build a Bloom filter over "
                                        "every client.)");
            table.add(early);
        }
    }
    return {};
}

Status Benchmarks::timeline(BenchTable &table)
{
    struct Pick {
        QString label;
        QString sql;
    };
    const Pick picks[] = {
        { QStringLiteral("the busiest client"),
            QStringLiteral("SELECT client_id FROM consultations GROUP BY client_id ORDER BY count(*) DESC, client_id "
                           "LIMIT 1") },
        { QStringLiteral("a typical client"),
            QStringLiteral("SELECT client_id FROM consultations GROUP BY client_id HAVING count(*) = 10 "
                           "ORDER BY client_id LIMIT 1") },
    };
    const Session session(*m_db, 0);
    for (const Pick &pick : picks) {
        auto client = scalar(*m_db, pick.sql);
        if (!client)
            continue;
        qint64 items = 0;
        auto times = timeRuns(m_options.runs, [&]() -> Status {
            items = 0;
            auto person = ClientRepository(session).get(*client);
            if (!person)
                return fail(person.error());
            auto consultations = ConsultationRepository(session).forClient(*client);
            if (!consultations)
                return fail(consultations.error());
            auto referrals = ReferralRepository(session).forClient(*client);
            if (!referrals)
                return fail(referrals.error());
            for (const Referral &r : std::as_const(*referrals)) {
                auto events = ReferralRepository(session).events(r.id);
                if (!events)
                    return fail(events.error());
                items += events->size();
            }
            auto consents = privacy::ConsentRegistry(session).forClient(*client);
            if (!consents)
                return fail(consents.error());
            auto disclosures = privacy::DisclosureLog(session).forClient(*client, false);
            if (!disclosures)
                return fail(disclosures.error());
            auto cases = CaseRepository(session).forClient(*client);
            if (!cases)
                return fail(cases.error());
            items += consultations->size() + referrals->size() + consents->size() + disclosures->size() + cases->size();
            return {};
        });
        if (!times)
            return fail(times.error());
        BenchTable::Row r = row(QStringLiteral("open one client's whole timeline (%1)").arg(pick.label), *times);
        r.target = QStringLiteral("< 20 ms");
        r.met = r.medianMs < 20;
        r.note = QStringLiteral("Client %1: %2 items (consultations, referrals and their events, consents, "
                                "disclosures, cases), read through the repositories.")
                     .arg(*client)
                     .arg(items);
        table.add(r);
    }
    return {};
}

Status Benchmarks::saveConsultation(BenchTable &table)
{
    auto client
        = scalar(*m_db, QStringLiteral("SELECT id FROM clients WHERE erased_at IS NULL ORDER BY id DESC LIMIT 1"));
    auto staff = scalar(*m_db, QStringLiteral("SELECT id FROM staff WHERE active = 1 ORDER BY id LIMIT 1"));
    auto lastId = scalar(*m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM consultations"));
    if (!client || !staff || !lastId)
        return fail(ErrorCode::NotFound, QStringLiteral("the data set has no client or staff to save for"));
    const QString notes = QStringLiteral(
        "体調は比較的安定しており、表情も明るかった。治療と仕事の両立について、勤務日と通院日の調整方法を確認した。"
        "合理的配慮として、時差出勤と休憩時間の確保を会社に依頼する方向で整理した。ベンチマークによる記録。");
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    const Session session(*m_db, *staff);
    QList<qint64> created;
    auto times = timeRuns(m_options.runs, [&]() -> Status {
        Consultation c;
        c.clientId = *client;
        c.startedAt = startedAt;
        c.durationMin = 45;
        c.channel = Channel::Phone;
        c.kind = ConsultationKind::Coaching;
        c.attendees = { Attendee::Self };
        c.topics = { Topic::TreatmentWorkBalance, Topic::Accommodation };
        c.notes = notes;
        c.nextSteps = QStringLiteral("次回は2週間後に面談予定。");
        auto id = ConsultationRepository(session).create(c);
        if (!id)
            return fail(id.error());
        created << *id;
        return {};
    });
    // Take the benchmark's rows out again (the audit entries stay).
    for (qint64 id : std::as_const(created)) {
        (void)search::NoteIndex(*m_db).remove(
            id, search::NoteIndex::indexedText(notes, QStringLiteral("次回は2週間後に面談予定。")));
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("DELETE FROM consultations WHERE id = ?"));
        q.addBindValue(id);
        q.exec();
    }
    if (!times)
        return fail(times.error());

    BenchTable::Row r = row(QStringLiteral("save a consultation (ConsultationRepository::create: validation, "
                                           "topics, audit entry, note index), committed"),
        *times);
    r.floorWhat = QStringLiteral("BEGIN; INSERT INTO consultations … ; COMMIT (synchronous=NORMAL, WAL)");
    const QString now = QString::number(startedAt);
    r.floorMs
        = floor(QStringLiteral("BEGIN; INSERT INTO consultations (client_id, started_at, duration_min, channel, "
                               "kind, attendees, topics, notes, next_steps, staff_id, created_at, created_by, "
                               "updated_at, updated_by) VALUES (%1, %3, 45, 'phone', 'coaching', 'self', "
                               "'treatment_work_balance,accommodation', '%4', '次回は2週間後に面談予定。', %2, %3, "
                               "%2, %3, %2); COMMIT")
                    .arg(QString::number(*client), QString::number(*staff), now, literal(notes)),
            QStringLiteral("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;"),
            QStringLiteral("DELETE FROM consultations WHERE id > %1").arg(*lastId));
    r.target = QStringLiteral("< 5 ms");
    r.met = r.medianMs < 5;
    r.note = QStringLiteral("Each save is its own transaction and commit, like a coordinator's Save.");
    table.add(r);
    return {};
}

Status Benchmarks::disclosureDecision(BenchTable &table)
{
    // The newest release: asked again at the moment it was made, its consent covers it.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT client_id, recipient_agency_id, purpose, categories, at FROM disclosures "
                               "WHERE recipient_agency_id IS NOT NULL ORDER BY id DESC LIMIT 1"))
        || !q.next()) {
        say(QStringLiteral("no disclosure record: the decision is not measured"));
        return {};
    }
    privacy::DisclosureRequest request;
    request.clientId = q.value(0).toLongLong();
    request.recipient = privacy::Recipient::agency(q.value(1).toLongLong());
    request.purpose = fromCode<Purpose>(q.value(2).toString()).value_or(Purpose::Referral);
    request.categories = DataCategories::fromCodes(q.value(3).toString()).value_or(DataCategories());
    const FixedClock clock(q.value(4).toLongLong());
    q.finish();
    auto staff = scalar(*m_db, QStringLiteral("SELECT id FROM staff ORDER BY id LIMIT 1"));
    const Session session(*m_db, staff.value_or(1), clock);
    bool allowed = false;
    auto times = timeRuns(m_options.runs, [&]() -> Status {
        auto decision = privacy::DisclosureGate(session).decide(request);
        if (!decision)
            return fail(decision.error());
        allowed = decision->allowed;
        return {};
    });
    if (!times)
        return fail(times.error());
    BenchTable::Row r = row(QStringLiteral("disclosure decision (DisclosureGate::decide)"), *times);
    r.target = QStringLiteral("< 1 ms");
    r.met = r.medianMs < 1;
    r.note = QStringLiteral("A request the client's consent covers (%1).")
                 .arg(allowed ? QStringLiteral("allowed") : QStringLiteral("refused"));
    table.add(r);
    return {};
}

Status Benchmarks::statistics(BenchTable &table)
{
    // The last whole calendar year of the data set (and its four quarters).
    auto newest = scalar(*m_db, QStringLiteral("SELECT CAST(strftime('%Y', max(started_at) / 1000, 'unixepoch', "
                                               "'+9 hours') AS INTEGER) FROM consultations"));
    if (!newest)
        return fail(newest.error());
    const int year = static_cast<int>(*newest) - 1;
    auto staff = scalar(*m_db, QStringLiteral("SELECT id FROM staff ORDER BY id LIMIT 1"));
    const Session session(*m_db, staff.value_or(1));
    auto anonymizer = statistics::Anonymizer::create();
    if (!anonymizer)
        return fail(anonymizer.error());
    // A whole year of statistics takes about a second on stress: fewer runs.
    const int runs = std::max(3, std::min(m_options.runs, 7));

    struct Case {
        QString operation;
        QList<statistics::Period> periods;
    };
    const Case cases[] = {
        {QStringLiteral("quarterly statistics with suppression, the four quarters of %1 (Statistics + Anonymizer)")
             .arg(year),
         {statistics::Period::quarter(year, 1), statistics::Period::quarter(year, 2),
          statistics::Period::quarter(year, 3), statistics::Period::quarter(year, 4)}},
        {QStringLiteral("statistics with suppression, calendar year %1 as one period").arg(year),
         {statistics::Period::year(year)}},
    };
    for (const Case &c : cases) {
        int consultations = 0;
        auto times = timeRuns(runs, [&]() -> Status {
            for (const statistics::Period &period : c.periods) {
                auto raw = statistics::Statistics(session).compute(period);
                if (!raw)
                    return fail(raw.error());
                const statistics::Report published = anonymizer->apply(*raw);
                const statistics::Table *overview = raw->table(QStringLiteral("overview"));
                if (overview && period == c.periods.constFirst())
                    consultations = overview->value(overview->rowOf(QStringLiteral("consultations")), 0).value_or(0);
                if (published.tables.empty())
                    return fail(ErrorCode::Database, QStringLiteral("the statistics came back empty"));
            }
            return {};
        });
        if (!times)
            return fail(times.error());
        QStringList statements;
        for (const statistics::Period &period : c.periods)
            statements << statistics::Statistics::sqlFor(period);
        BenchTable::Row r = row(c.operation, *times);
        r.floorMs = floor(statements.join(QStringLiteral(";\n")));
        r.floorWhat = QStringLiteral("the same aggregate statements (Statistics::sqlFor, %1 in all) run raw")
                          .arg(statements.size());
        r.target = QStringLiteral("< 1 s, ≤ 1.5× raw SQL");
        r.met = r.medianMs < 1000 && (!r.floorMs || r.medianMs <= 1.5 * *r.floorMs);
        r.note = QStringLiteral("%1 consultations in the first period; the difference to the floor is building the "
                                "tables, their margins and the suppression (primary and secondary).")
                     .arg(consultations);
        table.add(r);
    }
    return {};
}

Status Benchmarks::importClients(BenchTable &table)
{
    constexpr int rowCount = 100000;
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorCode::Io, QStringLiteral("no temporary folder for the import benchmark"));

    // A sheet as a centre keeps it: the data set's names and readings, birth
    // dates spread so that no two rows are the same person, an ID column.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT name, name_kana, sex, phone FROM clients WHERE erased_at IS NULL "
                               "AND name IS NOT NULL ORDER BY id LIMIT %1").arg(rowCount)))
        return fail(ErrorCode::Database, QStringLiteral("cannot read the clients for the import benchmark"));
    struct Person {
        QString name, kana, sex, phone;
    };
    QList<Person> people;
    while (q.next()) {
        const QString sex = q.value(2).toString();
        people.append({q.value(0).toString(), q.value(1).toString(),
                       sex == QLatin1String("female") ? QStringLiteral("女")
                           : sex == QLatin1String("male") ? QStringLiteral("男") : QString(),
                       q.value(3).toString()});
    }
    q.finish();
    if (people.isEmpty())
        return {};
    const QString csv = dir.filePath(QStringLiteral("clients.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(csv));
        QByteArray out("\xEF\xBB\xBF");
        out += QStringLiteral("ID,氏名,ふりがな,生年月日,性別,電話番号\r\n").toUtf8();
        const QDate firstBirth(1950, 1, 1);
        for (int i = 0; i < rowCount; ++i) {
            const Person &p = people.at(i % people.size());
            out += QStringLiteral("B%1,%2,%3,%4,%5,%6\r\n")
                       .arg(i + 1, 6, 10, QLatin1Char('0'))
                       .arg(p.name, p.kana, firstBirth.addDays(i % 18000).toString(QStringLiteral("yyyy/M/d")),
                            p.sex, p.phone)
                       .toUtf8();
        }
        if (file.write(out) != out.size())
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(csv));
    }

    // Each run imports into a new, empty database, as a new user's first import.
    const int runs = std::max(1, std::min(m_options.runs, 3));
    std::vector<double> times;
    importer::ImportResult last;
    for (int i = 0; i < runs; ++i) {
        auto db = storage::Database::open(dir.filePath(QStringLiteral("import%1.db").arg(i)));
        if (!db)
            return fail(db.error());
        auto staff = StaffRepository(Session(**db, 0)).findOrCreate(QStringLiteral("bench"), StaffRole::Admin);
        if (!staff)
            return fail(staff.error());
        importer::ImportOptions options;
        options.kind = importer::ImportKind::Clients;
        QElapsedTimer timer;
        timer.start();
        auto result = importer::Importer(Session(**db, staff->id)).importFile(csv, options);
        times.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!result)
            return fail(result.error());
        last = *result;
    }

    // The floor: the sqlite3 shell's .import of the same file into a new table.
    std::optional<double> floorMs;
    if (m_shellAvailable) {
        std::vector<double> shellTimes;
        for (int i = 0; i < runs; ++i) {
            QProcess shell;
            QElapsedTimer timer;
            timer.start();
            shell.start(m_options.sqlite3, {dir.filePath(QStringLiteral("shell%1.db").arg(i)),
                                            QStringLiteral(".import --csv %1 clients").arg(csv)});
            if (!shell.waitForFinished(10 * 60 * 1000) || shell.exitCode() != 0)
                break;
            shellTimes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        }
        if (static_cast<int>(shellTimes.size()) == runs)
            floorMs = BenchTable::median(shellTimes);
    }

    BenchTable::Row r = row(QStringLiteral("import 100,000 client rows from CSV (Importer: decode, map, check, "
                                           "commit)"),
                            times);
    r.floorMs = floorMs;
    r.floorWhat = QStringLiteral("`sqlite3 FILE '.import --csv clients.csv clients'` (process included)");
    r.target = QStringLiteral("< 10 s");
    r.met = r.medianMs < 10000;
    r.note = QStringLiteral("UTF-8 with BOM, 6 columns; each run into a new database. Last run: %1 imported, %2 "
                            "already present (the same person twice), %3 rejected, committed: %4.")
                 .arg(last.accepted)
                 .arg(last.alreadyPresent)
                 .arg(last.rejected.size())
                 .arg(last.committed ? QStringLiteral("yes") : QStringLiteral("no"));
    table.add(r);
    return {};
}

void Benchmarks::generation(BenchTable &table)
{
    if (m_options.generatedSeconds <= 0)
        return;
    BenchTable::Row r;
    r.operation = QStringLiteral("generate the data set (tsunagu-cli demo)");
    r.dataSet = m_options.dataSet;
    r.medianMs = m_options.generatedSeconds * 1000;
    r.runs = 1;
    r.valueText = QStringLiteral("%1 s (1 run)").arg(m_options.generatedSeconds, 0, 'f', 1);
    if (m_options.generatedCpuSeconds > 0) {
        r.valueText += QStringLiteral("; CPU %1 s").arg(m_options.generatedCpuSeconds, 0, 'f', 1);
        r.note = QStringLiteral("Wall-clock time on a shared machine; the CPU time (user + system, two threads) is "
                                "what an idle machine would need at most.");
    }
    r.target = QStringLiteral("< 2 min (stress)");
    if (m_options.dataSet == QLatin1String("stress"))
        r.met = m_options.generatedSeconds < 120;
    table.add(r);
}

void Benchmarks::memory(BenchTable &table)
{
    if (m_options.self.isEmpty())
        return;
    QProcess p;
    p.start(m_options.self, { QStringLiteral("--measure-memory"), QStringLiteral("--db"), m_options.database });
    if (!p.waitForFinished(10 * 60 * 1000) || p.exitCode() != 0)
        return;
    const QStringList values
        = QString::fromLatin1(p.readAllStandardOutput()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (values.size() < 2)
        return;
    BenchTable::Row r;
    r.operation = QStringLiteral("resident memory, client list open (core only: open, first 20 pages read)");
    r.dataSet = m_options.dataSet;
    r.valueText = QStringLiteral("%1 MB (peak %2 MB)")
                      .arg(values.at(0).toLongLong() / 1024)
                      .arg(values.at(1).toLongLong() / 1024);
    r.target = QStringLiteral("< 200 MB");
    r.met = values.at(1).toLongLong() / 1024 < 200;
    r.note = QStringLiteral("Without the widgets; tsunagu-bench-gui measures the whole application (its row "
                            "follows).");
    table.add(r);
}

// Runs in a fresh process: what opening a database and reading the list's
// first pages keeps resident (VmRSS now, VmHWM at the peak), in kB.
int measureMemory(const QString &database)
{
    storage::Database::Options options;
    options.create = false;
    options.integrity = storage::Database::IntegrityCheck::Quick; // as the application opens
    auto db = storage::Database::open(database, options);
    if (!db)
        return 1;
    ClientSearch search(**db);
    ClientQuery query;
    std::optional<ClientCursor> next;
    for (int page = 0; page < 20; ++page) {
        query.after = next;
        auto rows = search.find(query);
        if (!rows)
            return 1;
        next = rows->next;
        if (!next)
            break;
    }
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 1;
    const QByteArray text = status.readAll();
    std::printf("%lld %lld\n", statusValue(text, "VmRSS:"), statusValue(text, "VmHWM:"));
    return 0;
}

} // namespace tsunagu::bench
