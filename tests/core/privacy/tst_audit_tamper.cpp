// SPDX-License-Identifier: GPL-3.0-or-later
// What someone with the database file and an SQL prompt cannot do quietly:
// rewrite or remove disclosure records and audit entries, or change what a
// person consented to (PRIVACY.md rules 4 and 7; ARCHITECTURE.md "AuditLog").
// Where the triggers are dropped, the hash chain tells.
#include "PrivacyFixture.h"

#include "audit/AuditLog.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/Erasure.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

namespace {

const DataCategories identityEmployment{DataCategory::Identity, DataCategory::Employment};

// Runs raw SQL as an intruder would; returns the error text, empty when it went through.
QString tamper(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (q.exec(sql))
        return {};
    const QString error = q.lastError().text();
    return error.isEmpty() ? QStringLiteral("failed") : error;
}

QStringList rowText(storage::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("cannot read: %s", qPrintable(q.lastError().text()));
    QStringList rows;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// A world with some history: a consent, a release, a refusal, a withdrawal.
struct History {
    PrivacyFixture f;
    qint64 consentId = 0;
    qint64 disclosureId = 0;

    History()
    {
        consentId = f.record(f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral},
                                                 identityEmployment));
        DisclosureGate gate(f.session());
        auto grant = gate.release(
            PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral, identityEmployment));
        if (!grant)
            qFatal("release: %s", qPrintable(grant.error().message));
        disclosureId = grant->disclosureId();
        f.clock().advance(60 * 1000);
        if (gate.release(PrivacyFixture::request(f.client, Recipient::agency(f.employer), Purpose::Referral,
                                                 identityEmployment)))
            qFatal("a request to the employer should have been refused");
    }
};

} // namespace

class TestAuditTamper : public QObject
{
    Q_OBJECT

private slots:
    void disclosureRecordsCannotBeChanged_data();
    void disclosureRecordsCannotBeChanged();
    void disclosureOfErasedClientStaysForItsRetention();
    void auditEntriesCannotBeChanged_data();
    void auditEntriesCannotBeChanged();
    void consentCannotBeChanged_data();
    void consentCannotBeChanged();
    void consentWithdrawalIsTheOnlyChange();
    void verifyReportsIntactChain();
    void verifyFindsAlteredEntry_data();
    void verifyFindsAlteredEntry();
    void verifyFindsDeletedEntry();
    void cliVerify();
};

void TestAuditTamper::disclosureRecordsCannotBeChanged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("rewrite the recipient")
        << "UPDATE disclosures SET recipient_label = '誰か別の機関', recipient_agency_id = NULL";
    QTest::newRow("widen the categories") << "UPDATE disclosures SET categories = 'identity'";
    QTest::newRow("change the basis")
        << "UPDATE disclosures SET basis = 'exception', exception_ground = 'law', justification = 'x', "
           "consent_id = NULL";
    QTest::newRow("shorten the retention") << "UPDATE disclosures SET retain_until = 0";
    QTest::newRow("delete it") << "DELETE FROM disclosures";
}

void TestAuditTamper::disclosureRecordsCannotBeChanged()
{
    QFETCH(QString, sql);
    History h;
    const QString select = QStringLiteral("SELECT * FROM disclosures ORDER BY id");
    const QStringList before = rowText(h.f.db(), select);
    QCOMPARE(before.size(), 1);
    QVERIFY2(!tamper(h.f.db(), sql).isEmpty(), qPrintable(sql));
    QCOMPARE(rowText(h.f.db(), select), before);
}

// Rule 4: kept at least 3 years from creation, even if the client is erased.
void TestAuditTamper::disclosureOfErasedClientStaysForItsRetention()
{
    History h;
    QVERIFY(Erasure(h.f.session()).erase(h.f.client, QStringLiteral("本人の削除請求")));
    const QString select = QStringLiteral("SELECT * FROM disclosures ORDER BY id");
    const QStringList before = rowText(h.f.db(), select);
    QVERIFY2(!tamper(h.f.db(), QStringLiteral("DELETE FROM disclosures")).isEmpty(), "deleted within retention");
    QCOMPARE(rowText(h.f.db(), select), before);
}

void TestAuditTamper::auditEntriesCannotBeChanged_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("rewrite a detail") << "UPDATE audit_log SET detail = '{}' WHERE id = 3";
    QTest::newRow("change who") << "UPDATE audit_log SET staff_id = NULL WHERE id = 3";
    QTest::newRow("re-hash a row") << "UPDATE audit_log SET hash = prev_hash WHERE id = 3";
    QTest::newRow("delete one") << "DELETE FROM audit_log WHERE id = 3";
    QTest::newRow("delete the newest") << "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)";
    QTest::newRow("delete all") << "DELETE FROM audit_log";
}

void TestAuditTamper::auditEntriesCannotBeChanged()
{
    QFETCH(QString, sql);
    History h;
    const QString select = QStringLiteral("SELECT * FROM audit_log ORDER BY id");
    const QStringList before = rowText(h.f.db(), select);
    QVERIFY(before.size() > 3);
    QVERIFY2(!tamper(h.f.db(), sql).isEmpty(), qPrintable(sql));
    QCOMPARE(rowText(h.f.db(), select), before);
    auto report = audit::AuditLog::verify(h.f.db());
    QVERIFY(report && report->intact());
}

void TestAuditTamper::consentCannotBeChanged_data()
{
    QTest::addColumn<QString>("sql");
    // Scope (rule 2).
    QTest::newRow("add Health to the categories")
        << "UPDATE consents SET categories = 'identity,health,employment' WHERE id = :consent";
    QTest::newRow("add a purpose") << "UPDATE consents SET purposes = 'referral,case_conference' WHERE id = :consent";
    QTest::newRow("extend the period")
        << "UPDATE consents SET expires_at = expires_at + 365 * 86400000 WHERE id = :consent";
    QTest::newRow("back-date the start") << "UPDATE consents SET given_at = given_at - 86400000 WHERE id = :consent";
    QTest::newRow("move it to another client") << "UPDATE consents SET client_id = client_id + 1 WHERE id = :consent";
    QTest::newRow("turn it into a health consent")
        << "UPDATE consents SET kind = 'health_acquisition' WHERE id = :consent";
    QTest::newRow("self becomes representative")
        << "UPDATE consents SET given_by = 'representative', representative_name = '誰か' WHERE id = :consent";
    QTest::newRow("rewrite the Other purpose's description")
        << "UPDATE consents SET purpose_detail = '保険会社への提出' WHERE id = :consent";
    QTest::newRow("switch the named recipient")
        << "UPDATE consent_recipients SET agency_id = :employer WHERE consent_id = :consent";
    QTest::newRow("widen the recipient to a kind")
        << "UPDATE consent_recipients SET agency_id = NULL, agency_kind = 'employer' WHERE consent_id = :consent";
    QTest::newRow("add a recipient")
        << "INSERT INTO consent_recipients (consent_id, agency_id) VALUES (:consent, :employer)";
    QTest::newRow("remove its recipient") << "DELETE FROM consent_recipients WHERE consent_id = :consent";
    // What the person signed.
    QTest::newRow("rewrite the signed text") << "UPDATE consents SET consent_text = '何にでも同意します' WHERE id = :consent";
    // Deletion (withdrawal is the only way a consent stops).
    QTest::newRow("delete the consent") << "DELETE FROM consents WHERE id = :consent";
}

void TestAuditTamper::consentCannotBeChanged()
{
    QFETCH(QString, sql);
    PrivacyFixture f;
    ConsentInput in = f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral, Purpose::Other},
                                          identityEmployment);
    in.purposeDetail = QStringLiteral("家族会での事例共有");
    in.text = QStringLiteral("紹介のため氏名と就労状況を伝えることに同意します。");
    const qint64 id = f.record(in);
    ConsentRegistry registry(f.session());
    const QStringList consentRow = rowText(f.db(), QStringLiteral("SELECT * FROM consents ORDER BY id"));
    const QStringList recipientRows = rowText(f.db(), QStringLiteral("SELECT * FROM consent_recipients ORDER BY rowid"));

    sql.replace(QStringLiteral(":consent"), QString::number(id));
    sql.replace(QStringLiteral(":employer"), QString::number(f.employer));
    const QString error = tamper(f.db(), sql);
    QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("went through: ") + sql));
    QCOMPARE(rowText(f.db(), QStringLiteral("SELECT * FROM consents ORDER BY id")), consentRow);
    QCOMPARE(rowText(f.db(), QStringLiteral("SELECT * FROM consent_recipients ORDER BY rowid")), recipientRows);
    // And the gate still sees the consent as it was given.
    auto d = DisclosureGate(f.session())
                 .decide(PrivacyFixture::request(f.client, Recipient::agency(f.employer), Purpose::Referral,
                                                 identityEmployment));
    QVERIFY(d && !d->allowed);
    QCOMPARE(registry.get(id)->categories, identityEmployment);
}

void TestAuditTamper::consentWithdrawalIsTheOnlyChange()
{
    PrivacyFixture f;
    const qint64 id = f.record(
        f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    // Withdrawing by SQL is the one change the table accepts (the registry does the same)…
    const qint64 when = f.clock().nowMs();
    QCOMPARE(tamper(f.db(), QStringLiteral("UPDATE consents SET withdrawn_at = %1 WHERE id = %2").arg(when).arg(id)),
             QString());
    // …but not undoing it, or moving it.
    for (const QString &sql : {QStringLiteral("UPDATE consents SET withdrawn_at = NULL WHERE id = %1"),
                               QStringLiteral("UPDATE consents SET withdrawn_at = withdrawn_at + 86400000 WHERE id = %1")}) {
        QVERIFY2(!tamper(f.db(), sql.arg(id)).isEmpty(), qPrintable(sql));
        QCOMPARE(f.scalar(QStringLiteral("SELECT withdrawn_at FROM consents WHERE id = ?"), {id}), when);
    }
}

void TestAuditTamper::verifyReportsIntactChain()
{
    History h;
    auto report = audit::AuditLog::verify(h.f.db());
    QVERIFY(report);
    QVERIFY(report->intact());
    QVERIFY(report->problem.isEmpty());
    const qint64 entries = h.f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(entries > 10); // staff, agencies, clients, consents, the release, the refusal…
    QCOMPARE(report->entriesChecked, entries);

    // An empty log is intact too.
    TempDatabase empty;
    auto none = audit::AuditLog::verify(empty.db());
    QVERIFY(none && none->intact());
}

void TestAuditTamper::verifyFindsAlteredEntry_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("detail") << "detail = '{\"fields\":[]}'";
    QTest::newRow("time") << "at = at - 86400000";
    QTest::newRow("who") << "staff_id = coalesce(staff_id, 0) + 1";
    QTest::newRow("action") << "action = 'client.view'";
    QTest::newRow("client") << "client_id = 999";
}

void TestAuditTamper::verifyFindsAlteredEntry()
{
    QFETCH(QString, change);
    History h;
    const qint64 total = h.f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 victim = total / 2;
    QVERIFY(tamper(h.f.db(), QStringLiteral("DROP TRIGGER audit_log_no_update")).isEmpty());
    QCOMPARE(tamper(h.f.db(), QStringLiteral("UPDATE audit_log SET %1 WHERE id = %2").arg(change).arg(victim)),
             QString());
    auto report = audit::AuditLog::verify(h.f.db());
    QVERIFY(report);
    QVERIFY(!report->intact());
    QCOMPARE(report->firstBrokenId, std::optional(victim));
    QCOMPARE(report->entriesChecked, victim);
    QVERIFY(!report->problem.isEmpty());
}

void TestAuditTamper::verifyFindsDeletedEntry()
{
    History h;
    const qint64 total = h.f.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 victim = total / 2;
    QVERIFY(tamper(h.f.db(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).isEmpty());
    QCOMPARE(tamper(h.f.db(), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(victim)), QString());
    auto report = audit::AuditLog::verify(h.f.db());
    QVERIFY(report);
    QVERIFY(!report->intact());
    QCOMPARE(report->firstBrokenId, std::optional(victim + 1)); // the entry whose link is gone
    QVERIFY(!report->problem.isEmpty());

    // Renumbering the rest to close the gap does not help either.
    QVERIFY(tamper(h.f.db(), QStringLiteral("DROP TRIGGER audit_log_no_update")).isEmpty());
    QCOMPARE(tamper(h.f.db(), QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > %1").arg(victim)), QString());
    auto renumbered = audit::AuditLog::verify(h.f.db());
    QVERIFY(renumbered && !renumbered->intact());
    QCOMPARE(renumbered->firstBrokenId, std::optional(victim));
}

void TestAuditTamper::cliVerify()
{
    History h;
    const QString file = h.f.t.path();
    const qint64 victim = h.f.scalar(QStringLiteral("SELECT count(*) FROM audit_log")) / 2;
    h.f.t.close();

    const CliResult intact = runCli({QStringLiteral("verify"), QStringLiteral("--db"), file});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY2(intact.out.contains(QStringLiteral("intact")), qPrintable(intact.out));

    h.f.t.reopen();
    QVERIFY(tamper(h.f.db(), QStringLiteral("DROP TRIGGER audit_log_no_update")).isEmpty());
    QCOMPARE(tamper(h.f.db(), QStringLiteral("UPDATE audit_log SET detail = '{\"kind\":\"forged\"}' WHERE id = %1")
                                  .arg(victim)),
             QString());
    h.f.t.close();

    const CliResult broken = runCli({QStringLiteral("verify"), QStringLiteral("--db"), file});
    QVERIFY2(broken.exitCode != 0, qPrintable(broken.out));
    QVERIFY2(broken.err.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(victim))), qPrintable(broken.err));
    QCOMPARE(broken.err.trimmed().count(QLatin1Char('\n')), 0); // one line saying what went wrong
}

QTEST_GUILESS_MAIN(TestAuditTamper)
#include "tst_audit_tamper.moc"
