// SPDX-License-Identifier: GPL-3.0-or-later
// Recording consents (PRIVACY.md rule 2), withdrawing them (rule 7), and the
// consent to record health information at all (rule 9, scenario 15).
#include "PrivacyFixture.h"

#include "domain/Client.h"
#include "domain/Condition.h"
#include "domain/Referral.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "repo/ClientRepository.h"
#include "repo/ConditionRepository.h"
#include "repo/ReferralRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

namespace {
const DataCategories identityEmployment{DataCategory::Identity, DataCategory::Employment};

Condition conditionOf(qint64 clientId)
{
    Condition c;
    c.clientId = clientId;
    c.diseaseGroup = DiseaseGroup::Digestive;
    c.designatedNumber = 96;
    c.designatedName = QStringLiteral("クローン病");
    return c;
}
} // namespace

class TestConsents : public QObject
{
    Q_OBJECT

private slots:
    void recordsScopeAndPeriod();
    void refusesIncompleteConsent_data();
    void refusesIncompleteConsent();
    void acceptsExactlyThreeYears();
    void recordsHealthAcquisitionConsent();
    void withdrawalIsAnEvent();
    void withdrawalCannotBeDatedInTheFuture();
    void withdrawalFlagsOpenReferralsOnly();
    void healthNeedsConsentBeforeSaving();
    void healthConsentThatEndedRefusesAgain();
    void disclosureConsentNamingHealthIsNotAcquisitionConsent();
    void disabilityCertificateNeedsHealthConsent();
};

void TestConsents::recordsScopeAndPeriod()
{
    PrivacyFixture f;
    ConsentInput in = f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment,
                                          QDate(2026, 11, 1), QDate(2027, 4, 30));
    in.recipients << ConsentRecipient::kind(AgencyKind::IntractableDiseaseCenter)
                  << ConsentRecipient::contactPerson(f.mother);
    in.purposes.insert(Purpose::CaseConference);
    in.text = QStringLiteral("ハローワークへの紹介とケース会議のため、氏名と就労状況を伝えることに同意します。");
    const qint64 auditBefore = f.lastAuditId();
    auto id = ConsentRegistry(f.session()).record(in);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("consent.record")});

    auto c = ConsentRegistry(f.session()).get(*id);
    QVERIFY(c);
    QCOMPARE(c->clientId, f.client);
    QCOMPARE(c->kind, ConsentKind::Disclosure);
    QCOMPARE(c->purposes, (Purposes{Purpose::Referral, Purpose::CaseConference}));
    QCOMPARE(c->categories, identityEmployment);
    QCOMPARE(c->recipients, in.recipients);
    QCOMPARE(c->validFrom(), QDate(2026, 11, 1));
    QCOMPARE(c->validUntil(), QDate(2027, 4, 30));
    // The period runs from the start of the first day to the end of the last, Japan time.
    QCOMPARE(c->givenAt, jstDateTime(2026, 11, 1).toMSecsSinceEpoch());
    QCOMPARE(c->expiresAt, jstDateTime(2027, 5, 1).toMSecsSinceEpoch());
    QVERIFY(!c->withdrawnAt);
    QCOMPARE(c->text, in.text);
    QCOMPARE(c->recordedBy, f.t.staffId());
    QCOMPARE(ConsentRegistry(f.session()).forClient(f.client)->first().id, *id);
}

void TestConsents::refusesIncompleteConsent_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("no start date") << "no-start" << "valid_from";
    QTest::newRow("no end date") << "no-end" << "valid_until";
    QTest::newRow("end before start") << "end-before-start" << "valid_until";
    QTest::newRow("over 3 years") << "over-3-years" << "valid_until";
    QTest::newRow("3 years and a day") << "3-years-and-a-day" << "valid_until";
    QTest::newRow("no purpose") << "no-purpose" << "purposes";
    QTest::newRow("no recipient") << "no-recipient" << "recipients";
    QTest::newRow("no category") << "no-category" << "categories";
    QTest::newRow("Other purpose without detail") << "other-no-detail" << "purpose_detail";
    QTest::newRow("Other purpose with a blank detail") << "other-blank-detail" << "purpose_detail";
    QTest::newRow("representative without a name") << "representative-no-name" << "representative_name";
    QTest::newRow("recipient agency that does not exist") << "unknown-agency" << "recipients";
    QTest::newRow("contact person of another client") << "others-contact" << "recipients";
    QTest::newRow("a recipient naming two things") << "two-in-one" << "recipients";
}

void TestConsents::refusesIncompleteConsent()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    PrivacyFixture f;
    ConsentInput in =
        f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment);
    const auto is = [&](const char *name) { return change == QLatin1String(name); };
    if (is("no-start"))
        in.validFrom = QDate();
    else if (is("no-end"))
        in.validUntil = QDate();
    else if (is("end-before-start"))
        in.validUntil = in.validFrom.addDays(-1);
    else if (is("over-3-years"))
        in.validUntil = in.validFrom.addYears(3).addDays(1);
    else if (is("3-years-and-a-day"))
        in.validUntil = in.validFrom.addYears(3); // 2026-11-01 to 2029-11-01, both days included
    else if (is("no-purpose"))
        in.purposes = {};
    else if (is("no-recipient"))
        in.recipients.clear();
    else if (is("no-category"))
        in.categories = {};
    else if (is("other-no-detail"))
        in.purposes.insert(Purpose::Other);
    else if (is("other-blank-detail")) {
        in.purposes.insert(Purpose::Other);
        in.purposeDetail = QStringLiteral(" \u3000 ");
    } else if (is("representative-no-name")) {
        in.byRepresentative = true;
        in.representativeRelation = QStringLiteral("母");
    } else if (is("unknown-agency"))
        in.recipients = {ConsentRecipient::agency(9999)};
    else if (is("others-contact"))
        in.recipients = {ConsentRecipient::contactPerson(f.otherClientsFather)};
    else if (is("two-in-one"))
        in.recipients = {ConsentRecipient{f.helloWorkA, AgencyKind::HelloWork, std::nullopt}};
    else
        QFAIL("unknown change");

    const qint64 auditBefore = f.lastAuditId();
    auto id = ConsentRegistry(f.session()).record(in);
    QVERIFY(!id);
    QCOMPARE(id.error().code, ErrorCode::Invalid);
    QCOMPARE(id.error().field, field);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM consents WHERE kind = 'disclosure'")), 0);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM consent_recipients")), 0);
    QCOMPARE(f.lastAuditId(), auditBefore);
}

void TestConsents::acceptsExactlyThreeYears()
{
    PrivacyFixture f;
    ConsentInput in = f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral},
                                          identityEmployment, QDate(2026, 11, 1), QDate(2029, 10, 31));
    auto id = ConsentRegistry(f.session()).record(in);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
}

// Rule 9 depends on this consent being recordable at all. Minimal on purpose
// (no fixture): the fixture itself records one.
void TestConsents::recordsHealthAcquisitionConsent()
{
    TempDatabase t;
    Client person;
    person.name = QStringLiteral("田中 一郎");
    const qint64 clientId = must(ClientRepository(t.session()).create(person), "client");
    ConsentInput in;
    in.clientId = clientId;
    in.kind = ConsentKind::HealthAcquisition;
    in.validFrom = QDate(2026, 11, 20);
    in.validUntil = QDate(2027, 11, 19);
    in.method = ConsentMethod::Written;
    auto id = ConsentRegistry(t.session()).record(in);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto c = ConsentRegistry(t.session()).get(*id);
    QVERIFY(c);
    QCOMPARE(c->kind, ConsentKind::HealthAcquisition);
    QVERIFY(c->purposes.isEmpty());
    QVERIFY(c->categories.isEmpty());
    QVERIFY(c->recipients.isEmpty());
    QCOMPARE(ConsentRegistry(t.session()).mayRecordHealth(clientId), true);
}

void TestConsents::withdrawalIsAnEvent()
{
    PrivacyFixture f;
    const qint64 id = f.record(
        f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    ConsentRegistry registry(f.session());
    f.clock().advance(3600 * 1000);
    const qint64 withdrawnAt = f.clock().nowMs();
    const qint64 auditBefore = f.lastAuditId();
    auto w = registry.withdraw(id, QStringLiteral("電話で撤回の申出"));
    QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
    QVERIFY(w->flaggedReferrals.isEmpty());
    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("consent.withdraw")});

    // The row stays, with its scope, and gains the withdrawal.
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM consents WHERE id = ?"), {id}), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM consent_recipients WHERE consent_id = ?"), {id}), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT withdrawn_at FROM consents WHERE id = ?"), {id}), withdrawnAt);
    QCOMPARE(f.scalar(QStringLiteral("SELECT withdrawn_by FROM consents WHERE id = ?"), {id}), f.t.staffId());
    auto c = registry.get(id);
    QCOMPARE(c->withdrawnAt, std::optional(withdrawnAt));
    QCOMPARE(c->withdrawalNote, QStringLiteral("電話で撤回の申出"));
    QCOMPARE(c->categories, identityEmployment);

    // A second withdrawal is refused and changes nothing.
    f.clock().advance(3600 * 1000);
    const qint64 auditAfterFirst = f.lastAuditId();
    auto again = registry.withdraw(id, QStringLiteral("二重入力"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(registry.get(id)->withdrawnAt, std::optional(withdrawnAt));
    QCOMPARE(registry.get(id)->withdrawalNote, QStringLiteral("電話で撤回の申出"));
    QCOMPARE(f.lastAuditId(), auditAfterFirst);
}

void TestConsents::withdrawalCannotBeDatedInTheFuture()
{
    PrivacyFixture f;
    const qint64 id = f.record(
        f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    auto w = ConsentRegistry(f.session()).withdraw(id, QString(), f.clock().nowMs() + 1);
    QVERIFY(!w);
    QCOMPARE(w.error().code, ErrorCode::Invalid);
    QVERIFY(!ConsentRegistry(f.session()).get(id)->withdrawnAt);
}

// Rule 7: open referrals that relied on the consent are flagged, finished ones are not.
void TestConsents::withdrawalFlagsOpenReferralsOnly()
{
    PrivacyFixture f;
    const qint64 consentId = f.record(
        f.disclosureConsent(ConsentRecipient::kind(AgencyKind::HelloWork), {Purpose::Referral}, identityEmployment));
    const qint64 otherConsent = f.record(
        f.disclosureConsent(ConsentRecipient::agency(f.employer), {Purpose::Referral}, identityEmployment));
    ReferralRepository referrals(f.session());
    DisclosureGate gate(f.session());

    // Each referral is sent with a disclosure through the gate, which names its consent.
    const auto sent = [&](qint64 agencyId) -> qint64 {
        const qint64 referral = f.addReferral(f.client, agencyId);
        auto grant = gate.release(
            PrivacyFixture::request(f.client, Recipient::agency(agencyId), Purpose::Referral, identityEmployment));
        if (!grant)
            qFatal("release: %s", qPrintable(grant.error().message));
        must(referrals.attachDisclosure(referral, grant->disclosureId(), grant->consentId()), "attach");
        must(referrals.addEvent(referral, ReferralStatus::Sent, f.clock().nowMs()), "sent");
        return referral;
    };
    const qint64 openA = sent(f.helloWorkA);
    const qint64 openB = sent(f.helloWorkB);
    const qint64 completed = sent(f.helloWorkA);
    for (ReferralStatus s : {ReferralStatus::Accepted, ReferralStatus::FirstContact, ReferralStatus::Completed})
        must(referrals.addEvent(completed, s, f.clock().nowMs()), "progress");
    const qint64 declined = sent(f.helloWorkB);
    must(referrals.addEvent(declined, ReferralStatus::Declined, f.clock().nowMs()), "declined");
    const qint64 viaOtherConsent = sent(f.employer);
    QCOMPARE(referrals.get(openA)->consentId, std::optional(consentId));
    QCOMPARE(referrals.get(viaOtherConsent)->consentId, std::optional(otherConsent));

    f.clock().advance(24 * 3600 * 1000);
    const auto revisionsOf = [&](qint64 referral) {
        return f.scalar(QStringLiteral("SELECT count(*) FROM revisions WHERE entity = 'referrals' AND entity_id = ?"),
                        {referral});
    };
    QList<qint64> revisionsBefore;
    for (qint64 r : {openA, openB, completed, declined, viaOtherConsent})
        revisionsBefore << revisionsOf(r);

    auto w = ConsentRegistry(f.session()).withdraw(consentId, QStringLiteral("本人より撤回"));
    QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
    QList<qint64> flagged = w->flaggedReferrals;
    std::sort(flagged.begin(), flagged.end());
    QCOMPARE(flagged, (QList<qint64>{openA, openB}));

    for (qint64 r : {openA, openB}) {
        auto referral = referrals.get(r);
        QVERIFY(referral->needsAttention);
        QVERIFY(!referral->attentionReason.isEmpty());
        QCOMPARE(f.scalar(QStringLiteral("SELECT needs_attention FROM referrals WHERE id = ?"), {r}), 1);
        // The flag is a change like any other: kept in the history with its reason.
        QSqlQuery q(f.db().connection());
        q.prepare(QStringLiteral("SELECT reason, old_values, new_values, at FROM revisions "
                                 "WHERE entity = 'referrals' AND entity_id = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(r);
        QVERIFY(q.exec() && q.next());
        QVERIFY(!q.value(0).toString().isEmpty());
        const QJsonObject before = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("needs_attention")).toInteger(), 0);
        QCOMPARE(after.value(QStringLiteral("needs_attention")).toInteger(), 1);
        QCOMPARE(q.value(3).toLongLong(), f.clock().nowMs());
    }
    QCOMPARE(revisionsOf(openA), revisionsBefore.at(0) + 1);
    QCOMPARE(revisionsOf(openB), revisionsBefore.at(1) + 1);
    for (int i : {2, 3, 4}) {
        const qint64 r = QList<qint64>{openA, openB, completed, declined, viaOtherConsent}.at(i);
        QVERIFY2(!referrals.get(r)->needsAttention, qPrintable(QString::number(r)));
        QCOMPARE(revisionsOf(r), revisionsBefore.at(i));
    }
}

// Rule 9 / scenario 15.
void TestConsents::healthNeedsConsentBeforeSaving()
{
    PrivacyFixture f;
    ConditionRepository conditions(f.session());
    QCOMPARE(ConsentRegistry(f.session()).mayRecordHealth(f.otherClient), false);
    const qint64 auditBefore = f.lastAuditId();
    auto refused = conditions.create(conditionOf(f.otherClient));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("consent"), Qt::CaseInsensitive),
             qPrintable(refused.error().message));
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM client_conditions WHERE client_id = ?"), {f.otherClient}), 0);
    QCOMPARE(f.lastAuditId(), auditBefore);

    f.recordHealthConsent(f.otherClient, QDate(2026, 11, 20), QDate(2027, 11, 19));
    auto saved = conditions.create(conditionOf(f.otherClient));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(conditions.forClient(f.otherClient)->size(), 1);
}

void TestConsents::healthConsentThatEndedRefusesAgain()
{
    PrivacyFixture f;
    f.recordHealthConsent(f.otherClient, QDate(2026, 11, 1), QDate(2026, 11, 30));
    ConditionRepository conditions(f.session());
    auto id = conditions.create(conditionOf(f.otherClient));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

    f.clock().set(QDateTime(QDate(2026, 12, 1), QTime(0, 0), jst::zone()));
    auto late = conditions.create(conditionOf(f.otherClient));
    QVERIFY(!late);
    QCOMPARE(late.error().code, ErrorCode::Refused);
    Condition changed = must(conditions.get(*id), "condition");
    changed.designatedName = QStringLiteral("クローン病（小腸型）");
    auto corrected = conditions.update(changed, QStringLiteral("病型の追記"));
    QVERIFY(!corrected);
    QCOMPARE(corrected.error().code, ErrorCode::Refused);
    QCOMPARE(conditions.get(*id)->designatedName, QStringLiteral("クローン病"));

    // A withdrawn consent refuses just the same.
    f.clock().set(jstDateTime(2026, 11, 20, 10, 0));
    PrivacyFixture g;
    const qint64 consent = g.recordHealthConsent(g.otherClient, QDate(2026, 11, 1), QDate(2027, 10, 31));
    QVERIFY(ConsentRegistry(g.session()).withdraw(consent, QStringLiteral("撤回")));
    auto afterWithdrawal = ConditionRepository(g.session()).create(conditionOf(g.otherClient));
    QVERIFY(!afterWithdrawal);
    QCOMPARE(afterWithdrawal.error().code, ErrorCode::Refused);
}

// Agreeing to share Health with a hospital is not agreeing to have it recorded.
void TestConsents::disclosureConsentNamingHealthIsNotAcquisitionConsent()
{
    PrivacyFixture f;
    ConsentInput in = f.disclosureConsent(ConsentRecipient::agency(f.hospital), {Purpose::MedicalCoordination},
                                          DataCategories::all());
    in.clientId = f.otherClient;
    f.record(in);
    auto refused = ConditionRepository(f.session()).create(conditionOf(f.otherClient));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);
}

// PRIVACY.md "Words": Health covers conditions, the disability certificate and
// treatment. Rule 9 applies to all of them, not only to conditions.
void TestConsents::disabilityCertificateNeedsHealthConsent()
{
    PrivacyFixture f;
    ClientRepository clients(f.session());
    Client fresh;
    fresh.name = QStringLiteral("手帳 持子");
    fresh.certificateKind = CertificateKind::Mental;
    fresh.certificateGrade = QStringLiteral("1級");
    auto created = clients.create(fresh);
    QVERIFY2(!created, "a new client's disability certificate was saved before any health consent");
    QCOMPARE(created.error().code, ErrorCode::Refused);
    QVERIFY(created.error().message.contains(QStringLiteral("consent"), Qt::CaseInsensitive));

    Client other = must(clients.get(f.otherClient), "other client");
    other.certificateKind = CertificateKind::Physical;
    other.certificateGrade = QStringLiteral("3級");
    auto updated = clients.update(other, QStringLiteral("手帳の写しを確認"));
    QVERIFY2(!updated, "a disability certificate was saved before the health consent");
    QCOMPARE(updated.error().code, ErrorCode::Refused);
    QVERIFY(!must(clients.get(f.otherClient), "other client").certificateKind);

    f.recordHealthConsent(f.otherClient, QDate(2026, 11, 20), QDate(2027, 11, 19));
    auto afterConsent = clients.update(other, QStringLiteral("手帳の写しを確認"));
    QVERIFY2(afterConsent, qPrintable(afterConsent ? QString() : afterConsent.error().message));
    QCOMPARE(must(clients.get(f.otherClient), "other client").certificateKind, std::optional(CertificateKind::Physical));
}

QTEST_GUILESS_MAIN(TestConsents)
#include "tst_consents.moc"
