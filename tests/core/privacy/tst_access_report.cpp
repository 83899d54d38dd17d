// SPDX-License-Identifier: GPL-3.0-or-later
// The person's right of access (PRIVACY.md rules 10 and 11, scenario 16):
// everything held about them, every correction with its reason, and every
// disclosure record except one a supervisor withheld — in JSON, in HTML and
// from the command line.
#include "PrivacyFixture.h"

#include "domain/Client.h"
#include "domain/Referral.h"
#include "domain/SupportCase.h"
#include "privacy/AccessReport.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

namespace {

const DataCategories identityEmployment{DataCategory::Identity, DataCategory::Employment};
const QString correctionReason = QStringLiteral("本人からの訂正請求（転居による住所変更）");
const QString oldAddress = QStringLiteral("福岡県糸島市前原東1-2-3");
const QString newAddress = QStringLiteral("福岡県福岡市西区今宿5-6-7");
const QString withholdReason = QStringLiteral("開示すると通報者の安全が脅かされるおそれがある");

// A client with something in every section, three disclosures, one withheld.
struct Held {
    PrivacyFixture f;
    QList<qint64> disclosures; // in the order they were made
    qint64 withheld = 0;

    Held()
    {
        CaseMilestone m;
        m.caseId = f.supportCase;
        m.kind = MilestoneKind::JobStart;
        m.dueOn = QDate(2027, 1, 6);
        must(CaseRepository(f.session()).addMilestone(m), "milestone");

        f.record(
            f.disclosureConsent(ConsentRecipient::kind(AgencyKind::HelloWork), {Purpose::Referral}, identityEmployment));
        const qint64 referral = f.addReferral(f.client, f.helloWorkA);
        DisclosureGate gate(f.session());
        f.clock().advance(60 * 1000);
        auto toA = gate.release(
            PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral, identityEmployment));
        if (!toA)
            qFatal("release: %s", qPrintable(toA.error().message));
        disclosures << toA->disclosureId();
        ReferralRepository referrals(f.session());
        must(referrals.attachDisclosure(referral, toA->disclosureId(), toA->consentId()), "attach");
        must(referrals.addEvent(referral, ReferralStatus::Sent, f.clock().nowMs()), "sent");

        f.clock().advance(60 * 1000);
        auto toB = gate.release(
            PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkB), Purpose::Referral, {DataCategory::Identity}));
        if (!toB)
            qFatal("release: %s", qPrintable(toB.error().message));
        disclosures << toB->disclosureId();

        f.clock().advance(60 * 1000);
        DisclosureRequest emergency = PrivacyFixture::request(f.client, Recipient::agency(f.hospital),
                                                              Purpose::MedicalCoordination,
                                                              {DataCategory::Identity, DataCategory::Health});
        emergency.exception = ExceptionClaim{StatutoryException::LifeBodyProperty,
                                             QStringLiteral("面談中に倒れ救急搬送。本人の同意を得ることができない。")};
        auto toHospital = gate.release(emergency);
        if (!toHospital)
            qFatal("release: %s", qPrintable(toHospital.error().message));
        disclosures << toHospital->disclosureId();
        withheld = toB->disclosureId();

        // A correction (rule 11).
        f.clock().advance(60 * 1000);
        ClientRepository clients(f.session());
        Client c = must(clients.get(f.client), "client");
        c.address = newAddress;
        must(clients.update(c, correctionReason), "correction");
    }
};

QJsonObject findById(const QJsonArray &rows, qint64 id)
{
    for (const QJsonValue &v : rows)
        if (v.toObject().value(QStringLiteral("id")).toInteger() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestAccessReport : public QObject
{
    Q_OBJECT

private slots:
    void onlySupervisorsWithholdWithAReason();
    void jsonHoldsEverySection();
    void jsonListsDisclosuresExceptWithheld();
    void reportIsAboutOnePersonOnly();
    void htmlShowsNameAndCorrection();
    void cliWritesJsonAndHtml();
};

void TestAccessReport::onlySupervisorsWithholdWithAReason()
{
    Held h;
    const qint64 auditBefore = h.f.lastAuditId();
    auto byCoordinator = DisclosureLog(h.f.session()).withhold(h.withheld, withholdReason);
    QVERIFY(!byCoordinator);
    QCOMPARE(byCoordinator.error().code, ErrorCode::Refused);
    auto noReason = DisclosureLog(h.f.supervisor()).withhold(h.withheld, QStringLiteral(" \u3000 "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, ErrorCode::Invalid);
    QCOMPARE(h.f.scalar(QStringLiteral("SELECT count(*) FROM disclosure_withholdings")), 0);
    QCOMPARE(h.f.lastAuditId(), auditBefore);

    auto bySupervisor = DisclosureLog(h.f.supervisor()).withhold(h.withheld, withholdReason);
    QVERIFY2(bySupervisor, qPrintable(bySupervisor ? QString() : bySupervisor.error().message));
    QCOMPARE(h.f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.withhold")});
    // The reason is kept; the record is hidden only from the person's report.
    auto all = DisclosureLog(h.f.session()).forClient(h.f.client, true);
    QCOMPARE(all->size(), 3);
    auto shown = DisclosureLog(h.f.session()).forClient(h.f.client, false);
    QCOMPARE(shown->size(), 2);
    for (const DisclosureRecord &r : std::as_const(*all))
        if (r.id == h.withheld) {
            QVERIFY(r.withheld);
            QCOMPARE(r.withholdReason, withholdReason);
        }
    for (const DisclosureRecord &r : std::as_const(*shown))
        QVERIFY(r.id != h.withheld);
}

void TestAccessReport::jsonHoldsEverySection()
{
    Held h;
    const qint64 auditBefore = h.f.lastAuditId();
    auto report = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QCOMPARE(h.f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("access_report.generate")});
    const QJsonObject &r = *report;
    QCOMPARE(r.value(QStringLiteral("client_id")).toInteger(), h.f.client);

    const QJsonObject client = r.value(QStringLiteral("client")).toObject();
    QCOMPARE(client.value(QStringLiteral("name")).toString(), QStringLiteral("山田 花子"));
    QCOMPARE(client.value(QStringLiteral("name_kana")).toString(), QStringLiteral("やまだ はなこ"));
    QCOMPARE(client.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-06-15"));
    QCOMPARE(client.value(QStringLiteral("phone")).toString(), QStringLiteral("092-123-4567"));
    QCOMPARE(client.value(QStringLiteral("email")).toString(), QStringLiteral("hanako@example.jp"));
    QCOMPARE(client.value(QStringLiteral("address")).toString(), newAddress);
    QCOMPARE(client.value(QStringLiteral("emergency_contact")).toString(), QStringLiteral("山田 和子 090-1111-2222"));
    QCOMPARE(client.value(QStringLiteral("certificate_grade")).toString(), QStringLiteral("2級"));

    const auto section = [&](const char *key) { return r.value(QLatin1String(key)).toArray(); };
    QCOMPARE(section("conditions").size(), 1);
    QCOMPARE(section("conditions").first().toObject().value(QStringLiteral("designated_name")).toString(),
             QStringLiteral("全身性エリテマトーデス"));
    QCOMPARE(section("contact_persons").size(), 1);
    QCOMPARE(section("contact_persons").first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("山田 和子"));
    QCOMPARE(section("consultations").size(), 1);
    QCOMPARE(section("consultations").first().toObject().value(QStringLiteral("notes")).toString(),
             QStringLiteral("初回面談。体調は安定。"));
    QCOMPARE(section("support_cases").size(), 1);
    QCOMPARE(section("case_milestones").size(), 1);
    QCOMPARE(section("referrals").size(), 1);
    QCOMPARE(section("referrals").first().toObject().value(QStringLiteral("agency_name")).toString(),
             QStringLiteral("ハローワーク糸島"));
    QVERIFY(section("referral_events").size() >= 2); // proposed, sent
    QCOMPARE(section("consents").size(), 2);         // health acquisition, disclosure
    bool namesHelloWork = false;
    for (const QJsonValue &v : section("consents"))
        namesHelloWork = namesHelloWork || v.toObject().value(QStringLiteral("recipients")).toString().contains(
                                               toCode(AgencyKind::HelloWork));
    QVERIFY(namesHelloWork);

    // Rule 11: the correction, with who, when, why and the value before.
    bool correctionFound = false;
    for (const QJsonValue &v : section("revisions")) {
        const QJsonObject rev = v.toObject();
        if (rev.value(QStringLiteral("reason")).toString() != correctionReason)
            continue;
        correctionFound = true;
        QCOMPARE(rev.value(QStringLiteral("entity")).toString(), QStringLiteral("clients"));
        QCOMPARE(rev.value(QStringLiteral("staff")).toString(), QStringLiteral("中村"));
        QCOMPARE(rev.value(QStringLiteral("at")).toInteger(), h.f.clock().nowMs());
        QVERIFY(rev.value(QStringLiteral("old_values")).toString().contains(oldAddress));
        QVERIFY(rev.value(QStringLiteral("new_values")).toString().contains(newAddress));
    }
    QVERIFY(correctionFound);
    QCOMPARE(section("disclosures").size(), 3); // nothing withheld yet
    // Internal search keys are not the person's data as they gave it.
    QVERIFY(!client.contains(QStringLiteral("name_norm")));
}

void TestAccessReport::jsonListsDisclosuresExceptWithheld()
{
    Held h;
    QVERIFY(DisclosureLog(h.f.supervisor()).withhold(h.withheld, withholdReason));
    auto report = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY(report);
    const QJsonArray disclosures = report->value(QStringLiteral("disclosures")).toArray();
    QCOMPARE(disclosures.size(), 2);
    for (qint64 id : std::as_const(h.disclosures)) {
        const QJsonObject row = findById(disclosures, id);
        if (id == h.withheld) {
            QVERIFY2(row.isEmpty(), "a withheld record is in the person's report");
            continue;
        }
        QVERIFY2(!row.isEmpty(), qPrintable(QString::number(id)));
        QVERIFY(!row.value(QStringLiteral("recipient_label")).toString().isEmpty());
        QVERIFY(!row.value(QStringLiteral("categories")).toString().isEmpty());
        QVERIFY(!row.value(QStringLiteral("purpose")).toString().isEmpty());
        QVERIFY(!row.value(QStringLiteral("basis")).toString().isEmpty());
        QCOMPARE(row.value(QStringLiteral("staff")).toString(), QStringLiteral("中村"));
    }
    const QJsonObject emergency = findById(disclosures, h.disclosures.last());
    QCOMPARE(emergency.value(QStringLiteral("basis")).toString(), QStringLiteral("exception"));
    QVERIFY(!emergency.value(QStringLiteral("justification")).toString().isEmpty());
    // The withheld record leaks through nothing else in the report: not its
    // recipient, not the reason for withholding it.
    const QString text = QString::fromUtf8(QJsonDocument(*report).toJson());
    QVERIFY(!text.contains(QStringLiteral("ハローワーク福岡中央")));
    QVERIFY(!text.contains(withholdReason));
}

void TestAccessReport::reportIsAboutOnePersonOnly()
{
    Held h;
    auto report = AccessReport(h.f.session()).build(h.f.otherClient);
    QVERIFY(report);
    const QString text = QString::fromUtf8(QJsonDocument(*report).toJson());
    QVERIFY(text.contains(QStringLiteral("佐藤 次郎")));
    for (const QString &hers : {QStringLiteral("山田"), QStringLiteral("092-123-4567"), oldAddress, newAddress,
                                QStringLiteral("初回面談"), correctionReason})
        QVERIFY2(!text.contains(hers), qPrintable(hers));
    QVERIFY(report->value(QStringLiteral("disclosures")).toArray().isEmpty());

    auto none = AccessReport(h.f.session()).build(9999);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);
}

void TestAccessReport::htmlShowsNameAndCorrection()
{
    Held h;
    QVERIFY(DisclosureLog(h.f.supervisor()).withhold(h.withheld, withholdReason));
    auto bytes = AccessReport(h.f.session()).render(h.f.client, AccessReport::Format::Html);
    QVERIFY(bytes);
    const QString html = QString::fromUtf8(*bytes);
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("山田 花子")));
    QVERIFY(html.contains(correctionReason));
    QVERIFY(html.contains(newAddress));
    QVERIFY(html.contains(QStringLiteral("ハローワーク糸島")));
    QVERIFY(!html.contains(QStringLiteral("ハローワーク福岡中央")));
    QVERIFY(!html.contains(withholdReason));
}

void TestAccessReport::cliWritesJsonAndHtml()
{
    Held h;
    QVERIFY(DisclosureLog(h.f.supervisor()).withhold(h.withheld, withholdReason));
    const QString file = h.f.t.path();
    const QString json = QDir(h.f.t.dirPath()).filePath(QStringLiteral("report.json"));
    const QString html = QDir(h.f.t.dirPath()).filePath(QStringLiteral("report.html"));
    const QString client = QString::number(h.f.client);
    h.f.t.close();

    const CliResult toJson = runCli({QStringLiteral("access-report"), QStringLiteral("--db"), file,
                                     QStringLiteral("--client"), client, QStringLiteral("--out"), json});
    QVERIFY2(toJson.exitCode == 0, qPrintable(toJson.err));
    QJsonParseError error{};
    const QJsonObject report = QJsonDocument::fromJson(readFile(json), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(report.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("山田 花子"));
    QCOMPARE(report.value(QStringLiteral("disclosures")).toArray().size(), 2);
    QVERIFY(findById(report.value(QStringLiteral("disclosures")).toArray(), h.withheld).isEmpty());

    const CliResult toHtml = runCli({QStringLiteral("access-report"), QStringLiteral("--db"), file,
                                     QStringLiteral("--client"), client, QStringLiteral("--out"), html});
    QVERIFY2(toHtml.exitCode == 0, qPrintable(toHtml.err));
    const QString page = QString::fromUtf8(readFile(html));
    QVERIFY(page.contains(QStringLiteral("山田 花子")));
    QVERIFY(page.contains(correctionReason));

    // Both runs are in the audit log.
    h.f.t.reopen();
    QCOMPARE(h.f.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access_report.generate' "
                                       "AND client_id = ?"),
                        {h.f.client}),
             2);
    // An unknown client: a failure, and no file.
    h.f.t.close();
    const QString missing = QDir(h.f.t.dirPath()).filePath(QStringLiteral("nobody.json"));
    const CliResult unknown = runCli({QStringLiteral("access-report"), QStringLiteral("--db"), file,
                                      QStringLiteral("--client"), QStringLiteral("9999"), QStringLiteral("--out"),
                                      missing});
    QVERIFY(unknown.exitCode != 0);
    QVERIFY(!unknown.err.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestAccessReport)
#include "tst_access_report.moc"
