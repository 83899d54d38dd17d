// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure (PRIVACY.md rule 12, scenario 17): after erase() and scrub(), the
// person's identity, contact details, health details, family and free text
// are nowhere in the file — not in a table, a free page or the write-ahead
// log — except the disclosure records, which stay until their retention ends
// and are then purged. The statistical skeleton of rule 12 (dates by month,
// channel, topic, age band, outcome) stays as it was; sex, the disease groups
// and the employment status are not part of it and go (the statistics count
// the erased on a line of their own: tst_stat_figures).
#include "PrivacyFixture.h"

#include "domain/Client.h"
#include "domain/Condition.h"
#include "domain/ContactPerson.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "repo/ConditionRepository.h"
#include "repo/ContactPersonRepository.h"
#include "search/NoteSearch.h"
#include "search/NoteTokenizer.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

namespace {

const QString name = QStringLiteral("ZZ消去太郎");
const QString reading = QStringLiteral("ぜっとぜっとしょうきょたろう");
const QString phone = QStringLiteral("099-8877-6655");
const QString phoneDigits = QStringLiteral("09988776655"); // the search key
const QString address = QStringLiteral("北海道テスト町1-2-3");
const QString addressFragment = QStringLiteral("北海道テスト町"); // also the corrected-away old address
const QString email = QStringLiteral("zz.shokyo@example.jp");
const QString emergency = QStringLiteral("ZZ緊急連絡先099-0000-1111");
const QString noteFragment = QStringLiteral("ユニーク相談メモ文字列");
const QString nextSteps = QStringLiteral("ユニーク次回予定の記述");
const QString motherName = QStringLiteral("ZZ消去花子");
const QString conditionNote = QStringLiteral("ユニーク病状メモ");
const QString certificateGrade = QStringLiteral("ZZ等級メモ");

// Every way the text may sit in the file: SQLite stores UTF-8 here, but a
// UTF-16 copy anywhere would be as much a leak.
QList<QByteArray> encodings(const QString &s)
{
    QByteArray le(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
    QByteArray be = le;
    for (qsizetype i = 0; i + 1 < be.size(); i += 2)
        std::swap(be[i], be[i + 1]);
    return {s.toUtf8(), le, be};
}

// Where each needle occurs among the files of `dir` (the database, its -wal
// and -shm, anything else SQLite left there).
QStringList occurrences(const QString &dir, const QStringList &needles)
{
    QStringList found;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files);
    if (files.isEmpty())
        found << QStringLiteral("(no files in %1)").arg(dir);
    for (const QFileInfo &file : files) {
        const QByteArray bytes = readFile(file.filePath());
        for (const QString &needle : needles)
            for (const QByteArray &encoded : encodings(needle))
                if (bytes.contains(encoded))
                    found << QStringLiteral("%1 in %2").arg(needle, file.fileName());
    }
    found.removeDuplicates();
    return found;
}

// The needles that occur nowhere among the files of `dir`.
QStringList absent(const QString &dir, const QStringList &needles)
{
    const QStringList found = occurrences(dir, needles);
    QStringList missing;
    for (const QString &needle : needles) {
        const bool seen = std::any_of(found.cbegin(), found.cend(), [&](const QString &where) {
            return where.startsWith(needle + QStringLiteral(" in "));
        });
        if (!seen)
            missing << needle;
    }
    return missing;
}

// The consultations whose index entry holds every token of `text` (the note
// index is contentless: it can be asked, not read).
QList<qint64> indexedConsultations(storage::Database &db, const QString &text)
{
    QStringList parts;
    for (const QString &token : search::NoteTokenizer::tokensOfFolded(search::NoteTokenizer::fold(text)))
        parts << QLatin1Char('"') + token + QLatin1Char('"');
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT rowid FROM note_index WHERE note_index MATCH ? ORDER BY rowid"));
    q.addBindValue(parts.join(QStringLiteral(" AND ")));
    if (!q.exec())
        qFatal("note index: %s", qPrintable(q.lastError().text()));
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

// Counts per Japanese month and channel: the kind of figure published statistics rest on.
QStringList consultationsPerMonthAndChannel(storage::Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT strftime('%Y-%m', started_at / 1000, 'unixepoch', '+9 hours') AS month, channel, count(*), "
            "sum(duration_min) FROM consultations GROUP BY month, channel ORDER BY month, channel")))
        qFatal("statistics: %s", qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next())
        rows << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(),
                                                  q.value(2).toString(), q.value(3).toString());
    QSqlQuery topics(db.connection());
    if (!topics.exec(QStringLiteral("SELECT topic, count(*) FROM consultation_topics GROUP BY topic ORDER BY topic")))
        qFatal("topics: %s", qPrintable(topics.lastError().text()));
    while (topics.next())
        rows << QStringLiteral("topic %1 %2").arg(topics.value(0).toString(), topics.value(1).toString());
    QSqlQuery bands(db.connection());
    if (!bands.exec(QStringLiteral("SELECT intake_age_band, count(*) FROM clients GROUP BY 1 ORDER BY 1")))
        qFatal("bands: %s", qPrintable(bands.lastError().text()));
    while (bands.next())
        rows << QStringLiteral("age band %1 %2").arg(bands.value(0).toString(), bands.value(1).toString());
    return rows;
}

// Copies a closed database, removes its disclosure records (only possible with
// the trigger gone), rewrites it and returns the folder of the copy: what is
// left of a needle there was never anywhere but in the disclosure records.
QString copyWithoutDisclosures(const QString &file, const QString &scratchDir)
{
    QDir().mkpath(scratchDir);
    const QString copy = QDir(scratchDir).filePath(QStringLiteral("copy.db"));
    if (!QFile::copy(file, copy))
        qFatal("cannot copy %s", qPrintable(file));
    const QString connection = QStringLiteral("scratch");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        if (!db.open())
            qFatal("cannot open the copy");
        QSqlQuery q(db);
        for (const char *sql : {"PRAGMA journal_mode = DELETE", "DROP TRIGGER disclosures_no_delete",
                                "DELETE FROM disclosure_reviews", "DELETE FROM disclosure_withholdings",
                                "DELETE FROM disclosures", "VACUUM"})
            if (!q.exec(QLatin1String(sql)))
                qFatal("%s: %s", sql, qPrintable(q.lastError().text()));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return scratchDir;
}

qint64 createPerson(const PrivacyFixture &f, const QString &who, const QString &tel = {})
{
    Client c;
    c.name = who;
    c.phone = tel;
    c.birthDate = QDate(1975, 3, 3);
    return must(ClientRepository(f.session()).create(c), "client");
}

qint64 releaseUnderException(PrivacyFixture &f, qint64 clientId, const QDateTime &at)
{
    f.clock().set(at);
    DisclosureRequest r = PrivacyFixture::request(clientId, Recipient::agency(f.hospital), Purpose::MedicalCoordination,
                                                  {DataCategory::Identity});
    r.exception = ExceptionClaim{StatutoryException::LifeBodyProperty, QStringLiteral("救急搬送時の身元確認")};
    auto grant = DisclosureGate(f.session()).release(r);
    if (!grant)
        qFatal("release: %s", qPrintable(grant.error().message));
    return grant->disclosureId();
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void erasureLeavesOnlyTheDisclosureRecord();
    void purgeRemovesOnlyExpiredRecordsOfErasedClients();
    void erasureNeedsAReasonAndHappensOnce();
};

void TestErasure::erasureLeavesOnlyTheDisclosureRecord()
{
    PrivacyFixture f;
    // A year ago: the person registers, consents, and their data goes to Hello Work.
    f.clock().set(jstDateTime(2025, 11, 20, 10, 0));
    Client c;
    c.name = name;
    c.nameKana = reading;
    c.birthDate = QDate(1979, 7, 7);
    c.sex = Sex::Male;
    c.employmentStatus = EmploymentStatus::SickLeave;
    c.prefecture = QStringLiteral("北海道");
    c.municipality = QStringLiteral("テスト町");
    c.phone = phone;
    c.email = email;
    c.address = QStringLiteral("北海道テスト町9-9-9");
    c.emergencyContact = emergency;
    ClientRepository clients(f.session());
    const qint64 id = must(clients.create(c), "client");
    ContactPerson m;
    m.clientId = id;
    m.name = motherName;
    m.relationship = Relationship::Mother;
    m.phone = QStringLiteral("099-2222-3333");
    must(ContactPersonRepository(f.session()).create(m), "mother");
    f.recordHealthConsent(id, QDate(2025, 11, 1), QDate(2027, 10, 31));
    Condition condition;
    condition.clientId = id;
    condition.diseaseGroup = DiseaseGroup::NeuroMuscular;
    condition.designatedNumber = 6;
    condition.designatedName = QStringLiteral("パーキンソン病");
    condition.note = conditionNote;
    must(ConditionRepository(f.session()).create(condition), "condition");
    Client withCertificate = must(clients.get(id), "client");
    withCertificate.certificateKind = CertificateKind::Physical;
    withCertificate.certificateGrade = certificateGrade;
    must(clients.update(withCertificate, QStringLiteral("手帳の写しを確認")), "certificate");
    ConsentInput consent = f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral},
                                               {DataCategory::Identity, DataCategory::Contact}, QDate(2025, 11, 1),
                                               QDate(2026, 10, 31));
    consent.clientId = id;
    consent.text = name + QStringLiteral("はハローワークへの紹介に同意します");
    f.record(consent);
    f.addConsultation(id, jstDateTime(2025, 11, 20, 9, 0), Channel::InPerson,
                      QStringLiteral("初回。") + noteFragment + QStringLiteral("を含む記録。"));
    auto grant = DisclosureGate(f.session())
                     .release(PrivacyFixture::request(id, Recipient::agency(f.helloWorkA), Purpose::Referral,
                                                      {DataCategory::Identity, DataCategory::Contact}));
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message));

    // This year: more consultations (two on a month boundary, Japan time), a correction.
    f.clock().set(jstDateTime(2026, 11, 20, 10, 0));
    const qint64 lastOfOctober = f.addConsultation(id, jstDateTime(2026, 10, 31, 23, 30), Channel::Phone,
                                                   noteFragment + QStringLiteral("（電話）"));
    const qint64 firstOfNovember = f.addConsultation(id, jstDateTime(2026, 11, 1, 0, 30), Channel::Online, nextSteps);
    Q_UNUSED(lastOfOctober);
    Q_UNUSED(firstOfNovember);
    Client current = must(clients.get(id), "client");
    current.address = address;
    must(clients.update(current, QStringLiteral("転居")), "correction");

    const QStringList statisticsBefore = consultationsPerMonthAndChannel(f.db());
    const qint64 consultationsBefore = f.scalar(QStringLiteral("SELECT count(*) FROM consultations WHERE client_id = ?"),
                                                {id});
    QCOMPARE(consultationsBefore, 3);
    const qint64 bandBefore = f.scalar(QStringLiteral("SELECT intake_age_band FROM clients WHERE id = ?"), {id});
    QCOMPARE(bandBefore, 40); // 46 at registration

    // Control: the notes can be found, by the search and in the index.
    QCOMPARE(must(search::NoteSearch(f.db()).find(noteFragment), "search").hits.size(), 2);
    QCOMPARE(indexedConsultations(f.db(), noteFragment).size(), 2);
    QCOMPARE(indexedConsultations(f.db(), nextSteps).size(), 1);

    const QStringList gone{phone,        phoneDigits, addressFragment, email,         emergency,
                           noteFragment, nextSteps,   motherName,      conditionNote, certificateGrade};
    const QString file = f.t.path();
    const QString dir = f.t.dirPath();
    // Control: before the erasure, the scan finds every one of them.
    f.t.close();
    QCOMPARE(absent(dir, gone + QStringList{name, reading}), QStringList{});
    f.t.reopen(); // (sessions made before this point refer to the closed database)

    const qint64 auditBefore = f.lastAuditId();
    QVERIFY(Erasure(f.session()).erase(id, QStringLiteral("本人から削除請求書を受領")));
    QVERIFY(Erasure(f.session()).scrub());
    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("client.erase")});

    // The erased notes cannot be found any more, not even as index entries.
    QCOMPARE(must(search::NoteSearch(f.db()).find(noteFragment), "search").hits.size(), 0);
    QCOMPARE(indexedConsultations(f.db(), noteFragment), QList<qint64>{});
    QCOMPARE(indexedConsultations(f.db(), nextSteps), QList<qint64>{});
    // …while everybody else's still can.
    QCOMPARE(must(search::NoteSearch(f.db()).find(QStringLiteral("体調は安定")), "search").hits.size(), 1);

    // The skeleton is intact: the same figures, month by month.
    QCOMPARE(consultationsPerMonthAndChannel(f.db()), statisticsBefore);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM consultations WHERE client_id = ?"), {id}),
             consultationsBefore);
    QCOMPARE(f.scalar(QStringLiteral("SELECT intake_age_band FROM clients WHERE id = ?"), {id}), bandBefore);
    // Health goes whole (the disease group too), and so do sex and the employment status.
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM client_conditions WHERE client_id = ?"), {id}), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM clients WHERE id = ? AND sex IS NULL "
                                     "AND employment_status IS NULL AND birth_date IS NULL"),
                      {id}),
             1);
    QVERIFY(f.scalar(QStringLiteral("SELECT erased_at FROM clients WHERE id = ?"), {id}) > 0);
    // The disclosure record stays, still naming the person (rule 4).
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE client_id = ? AND instr(client_label, ?) > 0"),
                      {id, name}),
             1);
    // The other client is untouched.
    QCOMPARE(must(ClientRepository(f.session()).get(f.client), "other").name, QStringLiteral("山田 花子"));

    f.t.close();
    QCOMPARE(occurrences(dir, gone), QStringList{});
    // The name and reading are still in the file — only inside the disclosure record.
    QVERIFY(!occurrences(dir, {name}).isEmpty());
    const QString withoutDisclosures = copyWithoutDisclosures(file, QDir(dir).filePath(QStringLiteral("scratch")));
    QCOMPARE(occurrences(withoutDisclosures, {name, reading, QStringLiteral("消去太郎"),
                                              QStringLiteral("しょうきょたろう")}),
             QStringList{});
    QCOMPARE(occurrences(withoutDisclosures, {QStringLiteral("山田 花子")}).size(), 1); // the copy is a real copy
}

void TestErasure::purgeRemovesOnlyExpiredRecordsOfErasedClients()
{
    PrivacyFixture f;
    const QString expiredName = QStringLiteral("ZZ期限切太郎");
    const QString keptName = QStringLiteral("ZZ保存中次郎");
    const QString liveName = QStringLiteral("ZZ在籍三郎");
    const qint64 expired = createPerson(f, expiredName, QStringLiteral("099-4444-5555"));
    const qint64 kept = createPerson(f, keptName);
    const qint64 live = createPerson(f, liveName);

    // The retention triggers use the real time, so the ages do too.
    const QDateTime realNow = QDateTime::currentDateTimeUtc();
    const qint64 fourYearsOld = releaseUnderException(f, expired, realNow.addYears(-4));
    const qint64 oneYearOld = releaseUnderException(f, kept, realNow.addYears(-1));
    const qint64 oldButLive = releaseUnderException(f, live, realNow.addYears(-4));
    f.clock().set(jstDateTime(2026, 11, 20, 10, 0));
    QVERIFY(f.scalar(QStringLiteral("SELECT retain_until FROM disclosures WHERE id = ?"), {fourYearsOld})
            < realNow.toMSecsSinceEpoch());
    // Supervisors' actions on the old record go with it.
    QVERIFY(DisclosureLog(f.supervisor()).review(fourYearsOld, true, QStringLiteral("妥当")));
    QVERIFY(DisclosureLog(f.supervisor()).withhold(fourYearsOld, QStringLiteral("第三者の安全のため")));

    // Control: the scan sees the name while the record exists.
    const QString dir = f.t.dirPath();
    f.t.close();
    QCOMPARE(absent(dir, {expiredName, keptName, liveName}), QStringList{});
    f.t.reopen();

    // Nothing is purged while its client is not erased.
    QCOMPARE(must(DisclosureLog(f.session()).purgeExpired(), "purge"), 0);
    QVERIFY(Erasure(f.session()).erase(expired, QStringLiteral("削除請求")));
    QVERIFY(Erasure(f.session()).erase(kept, QStringLiteral("削除請求")));

    const qint64 auditBefore = f.lastAuditId();
    auto removed = DisclosureLog(f.session()).purgeExpired();
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
    QCOMPARE(*removed, 1);
    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.purge")});
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE id = ?"), {fourYearsOld}), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE id = ?"), {oneYearOld}), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE id = ?"), {oldButLive}), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosure_reviews")), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosure_withholdings")), 0);
    QCOMPARE(must(DisclosureLog(f.session()).purgeExpired(), "purge"), 0);

    QVERIFY(Erasure(f.session()).scrub());
    f.t.close();
    QCOMPARE(occurrences(dir, {expiredName, QStringLiteral("099-4444-5555"), QStringLiteral("09944445555")}),
             QStringList{});
    QVERIFY(!occurrences(dir, {keptName}).isEmpty()); // within retention
    QVERIFY(!occurrences(dir, {liveName}).isEmpty()); // not erased
}

void TestErasure::erasureNeedsAReasonAndHappensOnce()
{
    PrivacyFixture f;
    auto noReason = Erasure(f.session()).erase(f.client, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, ErrorCode::Invalid);
    QCOMPARE(must(ClientRepository(f.session()).get(f.client), "client").name, QStringLiteral("山田 花子"));

    QVERIFY(Erasure(f.session()).erase(f.client, QStringLiteral("削除請求")));
    auto again = Erasure(f.session()).erase(f.client, QStringLiteral("削除請求"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    auto unknown = Erasure(f.session()).erase(9999, QStringLiteral("削除請求"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
