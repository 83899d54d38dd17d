// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic data generator: deterministic for a seed, realistic enough to
// trust (readings, ages, consents before health data and before disclosures),
// and a sound database (integrity, audit chain, note index).
#include "TestSupport.h"

#include "audit/AuditLog.h"
#include "demo/DemoGenerator.h"
#include "domain/Enums.h"
#include "search/NoteSearch.h"
#include "text/Normalizer.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tsunagu;

#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto &verifyOkResult = (expression);                                                                     \
        QVERIFY2(verifyOkResult.has_value(),                                                                           \
            qPrintable(verifyOkResult.has_value() ? QString() : verifyOkResult.error().message));                      \
    } while (false)

namespace {

constexpr int clients = 300;

demo::DemoOptions options(std::uint64_t seed = 7)
{
    demo::DemoOptions o = demo::DemoOptions::scaled(clients);
    o.seed = seed;
    o.until = QDate(2026, 11, 20);
    return o;
}

qint64 scalar(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QStringList row(test::TempDatabase &t, const QString &sql)
{
    QSqlQuery q(t.db().connection());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    QStringList values;
    for (int i = 0; i < q.record().count(); ++i)
        values << q.value(i).toString();
    return values;
}

const char *const tables[] = { "staff", "agencies", "clients", "contact_persons", "client_conditions", "support_cases",
    "case_milestones", "consultations", "consultation_topics", "referrals", "referral_events", "consents",
    "consent_recipients", "disclosures", "revisions" };

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameData();
    void makesTheRequestedCounts();
    void namesHaveReadings();
    void agesAndTimesAreRealistic();
    void healthConsentComesBeforeConditions();
    void everyDisclosureIsBackedByAConsent();
    void databaseIsSound();
    void notesAreSearchable();
    void refusesADatabaseWithClients();
    void stopsWhenAsked();
    void sizes();
    void cliMakesADemoDatabase();

private:
    test::TempDatabase m_t;
    demo::DemoReport m_report;
};

void TestDemoGenerator::initTestCase()
{
    auto report = demo::DemoGenerator(m_t.session(), options()).generate();
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    m_report = *report;
}

void TestDemoGenerator::sameSeedSameData()
{
    test::TempDatabase again;
    auto report = demo::DemoGenerator(again.session(), options()).generate();
    VERIFY_OK(report);
    for (const char *table : tables) {
        const QString sql = QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table);
        QCOMPARE(scalar(again, sql), scalar(m_t, sql));
    }
    const QString firstClient = QStringLiteral(
        "SELECT name, name_kana, birth_date, sex, prefecture, municipality, phone, created_at FROM clients "
        "ORDER BY id LIMIT 1");
    QCOMPARE(row(again, firstClient), row(m_t, firstClient));
    const QString lastNote
        = QStringLiteral("SELECT notes, next_steps, started_at FROM consultations ORDER BY id DESC LIMIT 1");
    QCOMPARE(row(again, lastNote), row(m_t, lastNote));

    test::TempDatabase other;
    VERIFY_OK(demo::DemoGenerator(other.session(), options(8)).generate());
    QVERIFY(row(other, lastNote) != row(m_t, lastNote));
}

void TestDemoGenerator::makesTheRequestedCounts()
{
    const demo::DemoOptions o = options();
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM clients")), qint64(o.clients));
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM consultations")), qint64(o.consultations));
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM referrals")), qint64(o.referrals));
    // Erasure deletes the consents of an erased person.
    QCOMPARE(m_report.consents, qint64(o.consents));
    QCOMPARE(m_report.clients, qint64(o.clients));
    QVERIFY(m_report.disclosures > 0);
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM disclosures")), m_report.disclosures);
    QVERIFY(m_report.withdrawals > 0);
    QVERIFY(scalar(m_t, QStringLiteral("SELECT count(*) FROM case_milestones WHERE kind = 'retention_3m'")) > 0);
    QVERIFY(scalar(m_t, QStringLiteral("SELECT count(DISTINCT kind) FROM agencies")) >= 12);
    QVERIFY(scalar(m_t, QStringLiteral("SELECT count(*) FROM agencies WHERE name = 'ハローワーク福岡中央'")) == 1);
}

void TestDemoGenerator::namesHaveReadings()
{
    QSqlQuery q(m_t.db().connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT name, name_kana, kana_norm, name_norm FROM clients WHERE erased_at IS NULL")));
    int n = 0;
    while (q.next()) {
        ++n;
        const QString name = q.value(0).toString();
        const QString kana = q.value(1).toString();
        QVERIFY2(!kana.isEmpty() && text::isKanaReading(kana), qPrintable(name));
        QCOMPARE(q.value(2).toString(), text::searchKey(kana));
        QCOMPARE(q.value(3).toString(), text::searchKey(name));
    }
    QVERIFY(n > clients * 9 / 10);
    // A reading a person would recognise: 佐藤 is サトウ.
    QCOMPARE(scalar(m_t,
                 QStringLiteral("SELECT count(*) FROM clients WHERE name LIKE '佐藤%' "
                                "AND name_kana NOT LIKE 'サトウ%'")),
        qint64(0));
}

void TestDemoGenerator::agesAndTimesAreRealistic()
{
    // 18 to 70 at intake (the record's creation).
    QCOMPARE(scalar(m_t,
                 QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NULL AND "
                                "(intake_age_band < 10 OR intake_age_band > 70)")),
        qint64(0));
    QCOMPARE(scalar(m_t,
                 QStringLiteral("SELECT count(*) FROM clients WHERE erased_at IS NULL AND "
                                "(date(created_at / 1000, 'unixepoch', '+9 hours') < date(birth_date, '+18 years') OR "
                                " date(created_at / 1000, 'unixepoch', '+9 hours') >= date(birth_date, '+71 years'))")),
        qint64(0));
    // Ten years of history, in order: consultation ids grow with time.
    QCOMPARE(
        scalar(m_t,
            QStringLiteral("SELECT count(*) FROM (SELECT started_at, lag(started_at) OVER (ORDER BY c.id) AS previous "
                           "FROM consultations c JOIN clients k ON k.id = c.client_id WHERE k.erased_at IS NULL) "
                           "WHERE started_at < previous")),
        qint64(0));
    const qint64 first = scalar(m_t, QStringLiteral("SELECT min(started_at) FROM consultations"));
    const qint64 last = scalar(m_t, QStringLiteral("SELECT max(started_at) FROM consultations"));
    QVERIFY(jst::dateOf(first) >= QDate(2016, 11, 21));
    QVERIFY(jst::dateOf(last) <= QDate(2026, 11, 20));
    QVERIFY(jst::dateOf(last).year() == 2026 && jst::dateOf(first).year() <= 2018);
    // Notes of about 200 characters.
    const qint64 average
        = scalar(m_t, QStringLiteral("SELECT avg(length(notes)) FROM consultations WHERE notes <> ''"));
    QVERIFY2(average >= 150 && average <= 280, qPrintable(QString::number(average)));
    // Every referral's status is its last event.
    QCOMPARE(
        scalar(m_t,
            QStringLiteral("SELECT count(*) FROM referrals r WHERE r.status <> (SELECT status FROM referral_events e "
                           "WHERE e.referral_id = r.id ORDER BY at DESC, id DESC LIMIT 1)")),
        qint64(0));
}

void TestDemoGenerator::healthConsentComesBeforeConditions()
{
    QVERIFY(scalar(m_t, QStringLiteral("SELECT count(*) FROM client_conditions")) > 0);
    QCOMPARE(
        scalar(m_t,
            QStringLiteral(
                "SELECT count(*) FROM client_conditions d JOIN clients k ON k.id = d.client_id "
                "WHERE k.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.client_id = d.client_id "
                "AND c.kind = 'health_acquisition' AND c.given_at <= d.created_at AND d.created_at < c.expires_at "
                "AND c.created_at <= d.created_at)")),
        qint64(0));
}

void TestDemoGenerator::everyDisclosureIsBackedByAConsent()
{
    // Rule 2 of PRIVACY.md, checked again on what the gate recorded: one
    // consent of the same person, in force then, naming the recipient (or its
    // kind), covering the purpose and every category.
    QSqlQuery q(m_t.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT d.id, d.at, d.categories, d.purpose, c.given_at, c.expires_at, c.withdrawn_at, c.purposes, "
        "c.categories, c.client_id = d.client_id, "
        "EXISTS (SELECT 1 FROM consent_recipients r JOIN agencies a ON a.id = d.recipient_agency_id "
        "        WHERE r.consent_id = c.id AND (r.agency_id = a.id OR r.agency_kind = a.kind)), "
        "d.basis, (SELECT count(*) FROM referrals f WHERE f.disclosure_id = d.id) "
        "FROM disclosures d JOIN clients k ON k.id = d.client_id LEFT JOIN consents c ON c.id = d.consent_id "
        "WHERE k.erased_at IS NULL")));
    int checked = 0;
    while (q.next()) {
        ++checked;
        const QString id = q.value(0).toString();
        QVERIFY2(!q.value(4).isNull(), qPrintable(id));
        QCOMPARE(q.value(11).toString(), QStringLiteral("consent"));
        const qint64 at = q.value(1).toLongLong();
        QVERIFY2(q.value(4).toLongLong() <= at && at < q.value(5).toLongLong(), qPrintable(id));
        QVERIFY2(q.value(6).isNull() || q.value(6).toLongLong() > at, qPrintable(id));
        const auto requested = DataCategories::fromCodes(q.value(2).toString());
        const auto covered = DataCategories::fromCodes(q.value(8).toString());
        QVERIFY(requested && covered);
        QVERIFY2(covered->containsAll(*requested), qPrintable(id));
        QVERIFY2(q.value(7).toString().split(QLatin1Char(',')).contains(q.value(3).toString()), qPrintable(id));
        QVERIFY2(q.value(9).toBool(), qPrintable(id));
        QVERIFY2(q.value(10).toBool(), qPrintable(id));
        QCOMPARE(q.value(12).toInt(), 1); // the referral it sent
    }
    QVERIFY(checked > 10);
    // Every release left its audit entry.
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'disclosure.release'")),
        m_report.disclosures);
}

void TestDemoGenerator::databaseIsSound()
{
    auto problems = m_t.db().integrityCheck();
    VERIFY_OK(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    QSqlQuery q(m_t.db().connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    const bool violation = q.next();
    QVERIFY2(!violation, qPrintable(violation ? q.value(0).toString() : QString()));
    auto chain = audit::AuditLog::verify(m_t.db());
    VERIFY_OK(chain);
    QVERIFY2(chain->intact(), qPrintable(chain->problem));
    QVERIFY(chain->entriesChecked >= m_report.disclosures + 1);
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.generate'")), qint64(1));
    // The note index is complete and intact.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO note_index (note_index, rank) VALUES ('integrity-check', 0)")));
}

void TestDemoGenerator::notesAreSearchable()
{
    for (const QString &word :
        { QStringLiteral("就労"), QStringLiteral("復職"), QStringLiteral("通院"), QStringLiteral("合理的配慮") }) {
        auto hits = search::NoteSearch(m_t.db()).find(word, 20);
        VERIFY_OK(hits);
        QVERIFY2(hits->hits.size() == 20, qPrintable(word));
        QVERIFY(hits->complete);
        for (qsizetype i = 1; i < hits->hits.size(); ++i)
            QVERIFY(hits->hits.at(i).consultationId < hits->hits.at(i - 1).consultationId);
        const qint64 newest = hits->hits.first().consultationId;
        QSqlQuery q(m_t.db().connection());
        q.prepare(QStringLiteral("SELECT notes || next_steps FROM consultations WHERE id = ?"));
        q.addBindValue(newest);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(word));
        // And nothing newer that the index missed.
        q.prepare(QStringLiteral("SELECT count(*) FROM consultations c JOIN clients k ON k.id = c.client_id "
                                 "WHERE c.id > ? AND k.stop_use = 0 AND instr(c.notes || c.next_steps, ?) > 0"));
        q.addBindValue(newest);
        q.addBindValue(word);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestDemoGenerator::refusesADatabaseWithClients()
{
    const qint64 before = scalar(m_t, QStringLiteral("SELECT count(*) FROM clients"));
    auto again = demo::DemoGenerator(m_t.session(), options()).generate();
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(QString::number(before)));
    QCOMPARE(scalar(m_t, QStringLiteral("SELECT count(*) FROM clients")), before);
}

void TestDemoGenerator::stopsWhenAsked()
{
    test::TempDatabase t;
    int calls = 0;
    QString lastStep;
    auto report = demo::DemoGenerator(t.session(), options()).generate([&](const QString &step, int percent) {
        ++calls;
        lastStep = step;
        return percent < 20;
    });
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Cancelled);
    QVERIFY(calls > 1);
    for (const char *table : { "clients", "consultations", "agencies", "consents" })
        QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), qint64(0));
    QCOMPARE(scalar(t, QStringLiteral("SELECT count(*) FROM note_index WHERE note_index MATCH '\"就労\"'")), qint64(0));
    auto chain = audit::AuditLog::verify(t.db());
    VERIFY_OK(chain);
    QVERIFY(chain->intact());
}

void TestDemoGenerator::sizes()
{
    auto office = demo::DemoOptions::forSize(QStringLiteral("office"));
    VERIFY_OK(office);
    QCOMPARE(office->clients, 20000);
    QCOMPARE(office->consultations, 200000);
    QCOMPARE(office->referrals, 30000);
    QCOMPARE(office->consents, 40000);
    auto stress = demo::DemoOptions::forSize(QStringLiteral("stress"));
    VERIFY_OK(stress);
    QCOMPARE(stress->clients, 100000);
    QCOMPARE(stress->consultations, 1000000);
    QCOMPARE(stress->referrals, 150000);
    QCOMPARE(stress->consents, 200000);
    auto scaled = demo::DemoOptions::forSize(QStringLiteral("300"));
    VERIFY_OK(scaled);
    QCOMPARE(scaled->consultations, 3000);
    QVERIFY(!demo::DemoOptions::forSize(QStringLiteral("huge")));
    QVERIFY(!demo::DemoOptions::forSize(QStringLiteral("0")));
}

void TestDemoGenerator::cliMakesADemoDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    const test::CliResult made = test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--size"), QStringLiteral("40"),
            QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"), QStringLiteral("2026-11-20") });
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY(made.out.contains(QStringLiteral("40")));
    const test::CliResult verified = test::runCli({ QStringLiteral("verify"), QStringLiteral("--db"), path });
    QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    // Never into a database that holds clients.
    const test::CliResult again = test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--size"), QStringLiteral("40") });
    QVERIFY(again.exitCode != 0);
    QVERIFY2(again.err.contains(QStringLiteral("40")), qPrintable(again.err));
    QVERIFY(QFile::exists(path));
    // A bad size is a usage error that creates nothing.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    const test::CliResult bad = test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--db"), other, QStringLiteral("--size"), QStringLiteral("huge") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!QFile::exists(other));
    const test::CliResult reindexed = test::runCli({ QStringLiteral("reindex"), QStringLiteral("--db"), path });
    QVERIFY2(reindexed.exitCode == 0, qPrintable(reindexed.err));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
