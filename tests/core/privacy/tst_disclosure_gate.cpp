// SPDX-License-Identifier: GPL-3.0-or-later
// The disclosure gate against PRIVACY.md: every scenario row 1–14 and the
// boundaries around them, as one table. Each row builds its own database, asks
// the gate, then releases, and checks what a coordinator (and an auditor)
// would see: the verdict and its reasons, the grant, the disclosure record and
// the audit entry.
#include "PrivacyFixture.h"

#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "privacy/Erasure.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

namespace {

// Who a consent names, or a request goes to.
enum class Who {
    HelloWorkA,
    HelloWorkB,
    ClosedHelloWork,
    Employer,
    Hospital,
    Mother,
    OtherClientsFather,
    KindHelloWork, // consents only: every Hello Work office
    KindEmployer,  // consents only: every employer
};

struct ConsentSpec {
    Who recipient = Who::HelloWorkA;
    Purposes purposes{Purpose::Referral};
    DataCategories categories;
    QDate from = QDate(2026, 11, 1);
    QDate until = QDate(2027, 10, 31);
    std::optional<QDateTime> withdrawnAt;
    bool byRepresentative = false;
    QString purposeDetail;
    bool ofOtherClient = false; // recorded for the other client
};
using ConsentSpecs = QList<ConsentSpec>;

struct RequestSpec {
    Who recipient = Who::HelloWorkA;
    Purpose purpose = Purpose::Referral;
    QString purposeDetail;
    DataCategories categories;
    std::optional<ExceptionClaim> exception;
};

// What happened to the client before the request.
enum State { Normal = 0, ConfidentialAddress = 1, StopUse = 2, Erased = 4 };

// The expected basis of an allowed request.
constexpr int byException = -1;
constexpr int refused = -2;

using Codes = QList<RefusalCode>;

} // namespace

Q_DECLARE_METATYPE(ConsentSpec)
Q_DECLARE_METATYPE(RequestSpec)
Q_DECLARE_METATYPE(tsunagu::privacy::RefusalCode)

namespace {

const DataCategories identityEmployment{DataCategory::Identity, DataCategory::Employment};
const DataCategories allButHealth{DataCategory::Identity, DataCategory::Contact, DataCategory::Employment,
                                  DataCategory::Records, DataCategory::Family};
// Every purpose but Other (which needs its own description).
const Purposes everyNamedPurpose{Purpose::Referral, Purpose::CaseConference, Purpose::EmployerAccommodation,
                                 Purpose::MedicalCoordination, Purpose::CasePresentation};
const QDateTime now = tsunagu::test::jstDateTime(2026, 11, 20, 10, 0);

QDateTime jstMs(int y, int m, int d, int h, int min, int s, int ms)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s, ms), jst::zone());
}

ConsentSpec consent(Who who, Purposes purposes, DataCategories categories)
{
    ConsentSpec c;
    c.recipient = who;
    c.purposes = purposes;
    c.categories = categories;
    return c;
}

ConsentSpec consentFor(Who who, Purposes purposes, DataCategories categories, QDate from, QDate until)
{
    ConsentSpec c = consent(who, purposes, categories);
    c.from = from;
    c.until = until;
    return c;
}

RequestSpec ask(Who who, Purpose purpose, DataCategories categories)
{
    RequestSpec r;
    r.recipient = who;
    r.purpose = purpose;
    r.categories = categories;
    return r;
}

RequestSpec askUnder(Who who, DataCategories categories, StatutoryException ground, const QString &justification)
{
    RequestSpec r = ask(who, Purpose::MedicalCoordination, categories);
    r.exception = ExceptionClaim{ground, justification};
    return r;
}

ConsentRecipient consentRecipient(const PrivacyFixture &f, Who who)
{
    switch (who) {
    case Who::HelloWorkA: return ConsentRecipient::agency(f.helloWorkA);
    case Who::HelloWorkB: return ConsentRecipient::agency(f.helloWorkB);
    case Who::ClosedHelloWork: return ConsentRecipient::agency(f.closedHelloWork);
    case Who::Employer: return ConsentRecipient::agency(f.employer);
    case Who::Hospital: return ConsentRecipient::agency(f.hospital);
    case Who::Mother: return ConsentRecipient::contactPerson(f.mother);
    case Who::OtherClientsFather: return ConsentRecipient::contactPerson(f.otherClientsFather);
    case Who::KindHelloWork: return ConsentRecipient::kind(AgencyKind::HelloWork);
    case Who::KindEmployer: return ConsentRecipient::kind(AgencyKind::Employer);
    }
    qFatal("unknown recipient");
}

Recipient requestRecipient(const PrivacyFixture &f, Who who)
{
    switch (who) {
    case Who::HelloWorkA: return Recipient::agency(f.helloWorkA);
    case Who::HelloWorkB: return Recipient::agency(f.helloWorkB);
    case Who::ClosedHelloWork: return Recipient::agency(f.closedHelloWork);
    case Who::Employer: return Recipient::agency(f.employer);
    case Who::Hospital: return Recipient::agency(f.hospital);
    case Who::Mother: return Recipient::contactPerson(f.mother);
    case Who::OtherClientsFather: return Recipient::contactPerson(f.otherClientsFather);
    case Who::KindHelloWork:
    case Who::KindEmployer: break;
    }
    qFatal("a request goes to one recipient, not a kind");
}

QString recipientName(Who who)
{
    switch (who) {
    case Who::HelloWorkA: return QStringLiteral("ハローワーク糸島");
    case Who::HelloWorkB: return QStringLiteral("ハローワーク福岡中央");
    case Who::ClosedHelloWork: return QStringLiteral("ハローワーク旧天神出張所");
    case Who::Employer: return QStringLiteral("株式会社つなぐ物産");
    case Who::Hospital: return QStringLiteral("九州中央病院");
    case Who::Mother: return QStringLiteral("山田 和子");
    case Who::OtherClientsFather: return QStringLiteral("佐藤 一郎");
    case Who::KindHelloWork:
    case Who::KindEmployer: break;
    }
    return {};
}

QList<RefusalCode> distinctCodes(const Decision &d)
{
    QList<RefusalCode> codes;
    for (const RefusalReason &r : d.reasons)
        if (!codes.contains(r.code))
            codes << r.code;
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace

class TestDisclosureGate : public QObject
{
    Q_OBJECT

private slots:
    void scenarios_data();
    void scenarios();
    void exceptionEntersReviewQueue();
    void refusalNamesRecipientAndCategory();
    void decideReleasesAndRecordsNothing();
    void withdrawalStopsTheNextDisclosureButKeepsThePast();
    void stopUseAfterAConsentRefusesAtOnce();
};

void TestDisclosureGate::scenarios_data()
{
    QTest::addColumn<ConsentSpecs>("consents");
    QTest::addColumn<int>("state");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<RequestSpec>("request");
    QTest::addColumn<int>("basis"); // index of the covering consent, byException, or refused
    QTest::addColumn<Codes>("codes");

    using C = RefusalCode;
    const DataCategories idEmpHealth{DataCategory::Identity, DataCategory::Employment, DataCategory::Health};
    const ConsentSpecs scenario1{consent(Who::HelloWorkA, {Purpose::Referral}, identityEmployment)};
    const QString justified = QStringLiteral(
        "本人が面談中に倒れ意識がない。救急搬送先の病院に持病と服薬を伝える必要があり、本人の同意を得ることができない。");

    // ---- PRIVACY.md scenarios 1–14 ----
    QTest::newRow("01 consent to A covers Identity+Employment for Referral")
        << scenario1 << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 0
        << Codes{};
    QTest::newRow("02 request adds Health")
        << scenario1 << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, idEmpHealth) << refused
        << Codes{C::CategoriesNotCovered};
    QTest::newRow("03 consent names kind Hello Work; request to Hello Work B")
        << ConsentSpecs{consent(Who::KindHelloWork, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::HelloWorkB, Purpose::Referral, identityEmployment) << 0 << Codes{};
    QTest::newRow("04 consent to A; request to employer E")
        << scenario1 << int(Normal) << now << ask(Who::Employer, Purpose::Referral, identityEmployment) << refused
        << Codes{C::RecipientNotCovered};
    {
        ConsentSpec withdrawn = scenario1.first();
        withdrawn.withdrawnAt = now.addDays(-1);
        QTest::newRow("05 consent withdrawn yesterday")
            << ConsentSpecs{withdrawn} << int(Normal) << now
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::Withdrawn};
    }
    QTest::newRow("06 consent expired last month")
        << ConsentSpecs{consentFor(Who::HelloWorkA, {Purpose::Referral}, identityEmployment, QDate(2025, 11, 1),
                                   QDate(2026, 10, 31))}
        << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused
        << Codes{C::Expired};
    QTest::newRow("07 consent dated tomorrow (entered in advance)")
        << ConsentSpecs{consentFor(Who::HelloWorkA, {Purpose::Referral}, identityEmployment, QDate(2026, 11, 21),
                                   QDate(2027, 11, 20))}
        << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused
        << Codes{C::NotYetGiven};
    QTest::newRow("08 consent for Referral; request for CaseConference")
        << scenario1 << int(Normal) << now << ask(Who::HelloWorkA, Purpose::CaseConference, identityEmployment)
        << refused << Codes{C::PurposeNotCovered};
    QTest::newRow("09 no consent; LifeBodyProperty with justification")
        << ConsentSpecs{} << int(Normal) << now
        << askUnder(Who::Hospital, {DataCategory::Identity, DataCategory::Health},
                    StatutoryException::LifeBodyProperty, justified)
        << byException << Codes{};
    QTest::newRow("10 no consent; exception with empty justification")
        << ConsentSpecs{} << int(Normal) << now
        << askUnder(Who::Hospital, {DataCategory::Identity, DataCategory::Health},
                    StatutoryException::LifeBodyProperty, QString())
        << refused << Codes{C::EmptyJustification};
    QTest::newRow("11 confidential address; consent covers Contact")
        << ConsentSpecs{consent(Who::HelloWorkA, {Purpose::Referral}, {DataCategory::Identity, DataCategory::Contact})}
        << int(ConfidentialAddress) << now
        << ask(Who::HelloWorkA, Purpose::Referral, {DataCategory::Identity, DataCategory::Contact}) << refused
        << Codes{C::ConfidentialAddress};
    QTest::newRow("12 request to the client's mother, no consent at all")
        << ConsentSpecs{} << int(Normal) << now << ask(Who::Mother, Purpose::CaseConference, {DataCategory::Health})
        << refused << Codes{C::NoConsent};
    QTest::newRow("12b request to the mother; the only consent names an agency")
        << ConsentSpecs{consent(Who::HelloWorkA, everyNamedPurpose, DataCategories::all())} << int(Normal) << now
        << ask(Who::Mother, Purpose::CaseConference, {DataCategory::Health}) << refused
        << Codes{C::RecipientNotCovered};
    QTest::newRow("13 stop-use, whatever the consent")
        << ConsentSpecs{consent(Who::HelloWorkA, everyNamedPurpose, DataCategories::all())} << int(StopUse) << now
        << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::StopUse};
    QTest::newRow("14 two consents, each covering half")
        << ConsentSpecs{consent(Who::HelloWorkA, {Purpose::Referral}, {DataCategory::Identity}),
                        consent(Who::HelloWorkA, {Purpose::Referral}, {DataCategory::Employment})}
        << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused
        << Codes{C::CategoriesNotCovered, C::SplitAcrossConsents};

    // ---- instants: the period runs from the start of its first day to the end
    // of its last day, Japan time ----
    {
        const ConsentSpec today =
            consentFor(Who::HelloWorkA, {Purpose::Referral}, identityEmployment, QDate(2026, 11, 20), QDate(2027, 11, 19));
        ConsentSpec givenAndWithdrawn = today;
        givenAndWithdrawn.withdrawnAt = jstMs(2026, 11, 20, 0, 0, 0, 0);
        QTest::newRow("given and withdrawn at the same instant")
            << ConsentSpecs{givenAndWithdrawn} << int(Normal) << jstMs(2026, 11, 20, 0, 0, 0, 0)
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::Withdrawn};
        QTest::newRow("starts exactly now (00:00:00.000 JST of its first day)")
            << ConsentSpecs{today} << int(Normal) << jstMs(2026, 11, 20, 0, 0, 0, 0)
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 0 << Codes{};
        QTest::newRow("one millisecond before its first day")
            << ConsentSpecs{today} << int(Normal) << jstMs(2026, 11, 19, 23, 59, 59, 999)
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::NotYetGiven};
        const ConsentSpec untilNov30 =
            consentFor(Who::HelloWorkA, {Purpose::Referral}, identityEmployment, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QTest::newRow("valid until 11-30: allowed at 23:59:59.999 JST")
            << ConsentSpecs{untilNov30} << int(Normal) << jstMs(2026, 11, 30, 23, 59, 59, 999)
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 0 << Codes{};
        QTest::newRow("valid until 11-30: refused at 12-01 00:00:00.000 JST")
            << ConsentSpecs{untilNov30} << int(Normal) << jstMs(2026, 12, 1, 0, 0, 0, 0)
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::Expired};
        QTest::newRow("an expired consent and a current one: the current one is the basis")
            << ConsentSpecs{consentFor(Who::HelloWorkA, {Purpose::Referral}, identityEmployment, QDate(2025, 11, 1),
                                       QDate(2026, 10, 31)),
                            scenario1.first()}
            << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 1 << Codes{};
    }

    // ---- recipients ----
    QTest::newRow("recipient agency marked inactive")
        << ConsentSpecs{consent(Who::ClosedHelloWork, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::ClosedHelloWork, Purpose::Referral, identityEmployment) << refused
        << Codes{C::InactiveRecipient};
    QTest::newRow("kind Hello Work covers office A too")
        << ConsentSpecs{consent(Who::KindHelloWork, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 0 << Codes{};
    QTest::newRow("kind Hello Work does not cover an employer")
        << ConsentSpecs{consent(Who::KindHelloWork, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::Employer, Purpose::Referral, identityEmployment) << refused << Codes{C::RecipientNotCovered};
    QTest::newRow("kind Employer does not cover Hello Work")
        << ConsentSpecs{consent(Who::KindEmployer, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::RecipientNotCovered};
    {
        ConsentSpec toMother = consent(Who::Mother, {Purpose::Other}, {DataCategory::Records, DataCategory::Health});
        toMother.purposeDetail = QStringLiteral("家族への状況説明");
        RequestSpec r = ask(Who::Mother, Purpose::Other, {DataCategory::Records, DataCategory::Health});
        r.purposeDetail = QStringLiteral("家族への状況説明");
        QTest::newRow("family: a consent naming the mother covers her")
            << ConsentSpecs{toMother} << int(Normal) << now << r << 0 << Codes{};
        RequestSpec noDetail = r;
        noDetail.purposeDetail.clear();
        QTest::newRow("Purpose::Other without detail")
            << ConsentSpecs{toMother} << int(Normal) << now << noDetail << refused << Codes{C::PurposeDetailMissing};
        // The person agreed to one described purpose, not to every "other" purpose.
        RequestSpec otherDetail = r;
        otherDetail.purposeDetail = QStringLiteral("生命保険会社への提出");
        QTest::newRow("Purpose::Other described differently from the consent")
            << ConsentSpecs{toMother} << int(Normal) << now << otherDetail << refused
            << Codes{C::PurposeNotCovered};
        RequestSpec blankDetail = r;
        blankDetail.purposeDetail = QStringLiteral(" \u3000 ");
        QTest::newRow("Purpose::Other with a blank detail")
            << ConsentSpecs{toMother} << int(Normal) << now << blankDetail << refused
            << Codes{C::PurposeDetailMissing};
    }
    QTest::newRow("a contact of another client is not this client's recipient")
        << ConsentSpecs{consent(Who::HelloWorkA, {Purpose::Referral}, identityEmployment)} << int(Normal) << now
        << ask(Who::OtherClientsFather, Purpose::Referral, {DataCategory::Identity}) << refused
        << Codes{C::UnknownRecipient};
    {
        ConsentSpec others = scenario1.first();
        others.ofOtherClient = true;
        QTest::newRow("another client's consent covers nothing of this client")
            << ConsentSpecs{others} << int(Normal) << now
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused << Codes{C::NoConsent};
    }

    // ---- who consented, and what ----
    {
        ConsentSpec representative = scenario1.first();
        representative.byRepresentative = true;
        QTest::newRow("a named representative's consent for an adult")
            << ConsentSpecs{representative} << int(Normal) << now
            << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << 0 << Codes{};
    }
    QTest::newRow("Health is never implied (consent names every other category)")
        << ConsentSpecs{consent(Who::Hospital, {Purpose::MedicalCoordination}, allButHealth)} << int(Normal) << now
        << ask(Who::Hospital, Purpose::MedicalCoordination, {DataCategory::Health}) << refused
        << Codes{C::CategoriesNotCovered};
    QTest::newRow("Health named is covered; everything at once")
        << ConsentSpecs{consent(Who::Hospital, {Purpose::MedicalCoordination}, DataCategories::all())} << int(Normal)
        << now << ask(Who::Hospital, Purpose::MedicalCoordination, DataCategories::all()) << 0 << Codes{};
    QTest::newRow("an empty category set")
        << scenario1 << int(Normal) << now << ask(Who::HelloWorkA, Purpose::Referral, DataCategories{}) << refused
        << Codes{C::NothingRequested};

    // ---- exceptions ----
    QTest::newRow("exception with a whitespace-only justification")
        << ConsentSpecs{} << int(Normal) << now
        << askUnder(Who::Hospital, {DataCategory::Health}, StatutoryException::LifeBodyProperty,
                    QStringLiteral("  \u3000\n\t "))
        << refused << Codes{C::EmptyJustification};
    QTest::newRow("exception overrides the confidential address for Contact")
        << ConsentSpecs{} << int(ConfidentialAddress) << now
        << askUnder(Who::Hospital, {DataCategory::Identity, DataCategory::Contact},
                    StatutoryException::LifeBodyProperty, justified)
        << byException << Codes{};
    QTest::newRow("stop-use refuses even a justified exception")
        << ConsentSpecs{} << int(StopUse) << now
        << askUnder(Who::Hospital, {DataCategory::Identity, DataCategory::Health},
                    StatutoryException::LifeBodyProperty, justified)
        << refused << Codes{C::StopUse};

    // ---- the client ----
    QTest::newRow("an erased client")
        << scenario1 << int(Erased) << now << ask(Who::HelloWorkA, Purpose::Referral, identityEmployment) << refused
        << Codes{C::ClientErased, C::NoConsent};
}

void TestDisclosureGate::scenarios()
{
    QFETCH(ConsentSpecs, consents);
    QFETCH(int, state);
    QFETCH(QDateTime, at);
    QFETCH(RequestSpec, request);
    QFETCH(int, basis);
    QFETCH(Codes, codes);
    std::sort(codes.begin(), codes.end());

    PrivacyFixture f;
    f.clock().set(at);
    ConsentRegistry registry(f.session());
    QList<qint64> consentIds;
    for (const ConsentSpec &spec : std::as_const(consents)) {
        ConsentInput in = f.disclosureConsent(consentRecipient(f, spec.recipient), spec.purposes, spec.categories,
                                              spec.from, spec.until);
        in.purposeDetail = spec.purposeDetail;
        if (spec.ofOtherClient)
            in.clientId = f.otherClient;
        if (spec.byRepresentative) {
            in.byRepresentative = true;
            in.representativeName = QStringLiteral("山田 和子");
            in.representativeRelation = QStringLiteral("母");
        }
        auto id = registry.record(in);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        consentIds << *id;
        if (spec.withdrawnAt) {
            auto w = registry.withdraw(*id, QStringLiteral("本人の申出"), spec.withdrawnAt->toMSecsSinceEpoch());
            QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        }
        // A representative's consent is recorded as such.
        auto stored = registry.get(*id);
        QVERIFY(stored);
        QCOMPARE(stored->byRepresentative, spec.byRepresentative);
        QCOMPARE(stored->representativeName, spec.byRepresentative ? QStringLiteral("山田 和子") : QString());
    }
    if (state & (ConfidentialAddress | StopUse))
        f.setFlags(f.client, state & ConfidentialAddress, state & StopUse);
    if (state & Erased)
        QVERIFY(Erasure(f.session()).erase(f.client, QStringLiteral("本人の削除請求")));

    DisclosureRequest r = PrivacyFixture::request(f.client, requestRecipient(f, request.recipient), request.purpose,
                                                  request.categories);
    r.purposeDetail = request.purposeDetail;
    r.exception = request.exception;
    DisclosureGate gate(f.session());

    const qint64 disclosuresBefore = f.disclosureCount();
    const qint64 auditBefore = f.lastAuditId();
    auto decision = gate.decide(r);
    QVERIFY2(decision, qPrintable(decision ? QString() : decision.error().message));
    QVERIFY2(!decision->summary.isEmpty(), "the UI needs one sentence either way");

    if (basis == refused) {
        QVERIFY2(!decision->allowed, qPrintable(decision->summary));
        QVERIFY(!decision->consentId);
        QVERIFY(!decision->exception);
        QCOMPARE(codeNames(distinctCodes(*decision)), codeNames(codes));
        for (const RefusalReason &reason : std::as_const(decision->reasons))
            QVERIFY2(!reason.message.trimmed().isEmpty(), qPrintable(codeName(reason.code)));
        QCOMPARE(decision->summary, decision->reasons.first().message);

        auto released = gate.release(r);
        QVERIFY(!released);
        QCOMPARE(released.error().code, ErrorCode::Refused);
        QVERIFY(!released.error().message.isEmpty());
        QCOMPARE(f.disclosureCount(), disclosuresBefore);
        QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.refused")});
        QCOMPARE(f.scalar(QStringLiteral("SELECT client_id FROM audit_log WHERE id = ?"), {auditBefore + 1}), f.client);
        return;
    }

    QVERIFY2(decision->allowed, qPrintable(reasonsText(*decision)));
    QVERIFY(decision->reasons.isEmpty());
    QCOMPARE(decision->categories, request.categories);
    if (basis == byException) {
        QVERIFY(!decision->consentId);
        QCOMPARE(decision->exception, std::optional(request.exception->ground));
    } else {
        QVERIFY(!decision->exception);
        QCOMPARE(decision->consentId, std::optional(consentIds.at(basis)));
    }
    // Asking changed nothing.
    QCOMPARE(f.disclosureCount(), disclosuresBefore);
    QCOMPARE(f.lastAuditId(), auditBefore);

    auto grant = gate.release(r);
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message));
    QCOMPARE(grant->categories(), request.categories);
    QCOMPARE(filled(grant->data()), request.categories);
    QCOMPARE(grant->clientId(), f.client);
    QCOMPARE(grant->recipient(), r.recipient);
    QCOMPARE(grant->consentId(), decision->consentId);
    QCOMPARE(grant->exception(), decision->exception);
    QCOMPARE(grant->releasedAt(), at.toMSecsSinceEpoch());
    QVERIFY(grant->recipientLabel().contains(recipientName(request.recipient)));
    // The filled categories carry the client's data, not empty shells.
    const ReleasedData &data = grant->data();
    if (data.identity)
        QCOMPARE(data.identity->name, QStringLiteral("山田 花子"));
    if (data.contact)
        QCOMPARE(data.contact->phone, QStringLiteral("092-123-4567"));
    if (data.health)
        QCOMPARE(data.health->conditions.size(), 1);
    if (data.employment)
        QCOMPARE(data.employment->caseGoals.size(), 1);
    if (data.records)
        QCOMPARE(data.records->size(), 1);
    if (data.family)
        QCOMPARE(data.family->first().name, QStringLiteral("山田 和子"));

    // Exactly one record, naming the basis, the client, the recipient and the staff member.
    QCOMPARE(f.disclosureCount(), disclosuresBefore + 1);
    QSqlQuery q(f.db().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT id, at, client_id, client_label, recipient_agency_id, recipient_contact_id, recipient_label, "
        "categories, purpose, method, basis, consent_id, exception_ground, justification, staff_id, retain_until "
        "FROM disclosures "
        "ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), grant->disclosureId());
    QCOMPARE(q.value(1).toLongLong(), at.toMSecsSinceEpoch());
    QCOMPARE(q.value(2).toLongLong(), f.client);
    QVERIFY(q.value(3).toString().contains(QStringLiteral("山田 花子")));
    QVERIFY(q.value(3).toString().contains(QStringLiteral("1985-06-15")));
    if (r.recipient.type == Recipient::Type::Agency) {
        QCOMPARE(q.value(4).toLongLong(), r.recipient.id);
        QVERIFY(q.value(5).isNull());
    } else {
        QVERIFY(q.value(4).isNull());
        QCOMPARE(q.value(5).toLongLong(), r.recipient.id);
    }
    QVERIFY(q.value(6).toString().contains(recipientName(request.recipient)));
    QCOMPARE(DataCategories::fromCodes(q.value(7).toString()), std::optional(request.categories));
    QCOMPARE(q.value(8).toString(), toCode(request.purpose));
    QCOMPARE(q.value(9).toString(), toCode(DisclosureMethod::Letter));
    if (basis == byException) {
        QCOMPARE(q.value(10).toString(), QStringLiteral("exception"));
        QVERIFY(q.value(11).isNull());
        QCOMPARE(q.value(12).toString(), toCode(request.exception->ground));
        QCOMPARE(q.value(13).toString(), request.exception->justification);
    } else {
        QCOMPARE(q.value(10).toString(), QStringLiteral("consent"));
        QCOMPARE(q.value(11).toLongLong(), consentIds.at(basis));
        QVERIFY(q.value(12).isNull());
    }
    QCOMPARE(q.value(14).toLongLong(), f.t.staffId());
    // Kept at least three years from the moment it was made (rule 4).
    QVERIFY(q.value(15).toLongLong() >= at.toTimeZone(jst::zone()).addYears(3).toMSecsSinceEpoch());

    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.release")});
    QCOMPARE(f.scalar(QStringLiteral("SELECT entity_id FROM audit_log WHERE id = ?"), {auditBefore + 1}),
             grant->disclosureId());
}

// Scenario 9, continued: every exception disclosure waits for a supervisor.
void TestDisclosureGate::exceptionEntersReviewQueue()
{
    PrivacyFixture f;
    DisclosureGate gate(f.session());
    f.record(f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    auto byConsent = gate.release(PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral,
                                                          identityEmployment));
    QVERIFY(byConsent);

    DisclosureRequest r = PrivacyFixture::request(f.client, Recipient::agency(f.hospital),
                                                  Purpose::MedicalCoordination,
                                                  {DataCategory::Identity, DataCategory::Health});
    r.exception = ExceptionClaim{StatutoryException::LifeBodyProperty,
                                 QStringLiteral("面談中に意識を失い救急搬送。本人の同意を得ることができない。")};
    auto grant = gate.release(r);
    QVERIFY2(grant, qPrintable(grant ? QString() : grant.error().message));

    DisclosureLog coordinatorLog(f.session());
    auto queue = coordinatorLog.reviewQueue();
    QVERIFY(queue);
    QCOMPARE(queue->size(), 1); // the consent-based disclosure is not in it
    QCOMPARE(queue->first().id, grant->disclosureId());
    QCOMPARE(queue->first().exception, std::optional(StatutoryException::LifeBodyProperty));
    QCOMPARE(queue->first().justification, r.exception->justification);
    QVERIFY(!queue->first().reviewVerdict);

    const qint64 auditBefore = f.lastAuditId();
    auto byCoordinator = coordinatorLog.review(grant->disclosureId(), true, QStringLiteral("確認しました"));
    QVERIFY(!byCoordinator);
    QCOMPARE(byCoordinator.error().code, ErrorCode::Refused);
    QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosure_reviews")), 0);
    QCOMPARE(f.lastAuditId(), auditBefore);
    QCOMPARE(coordinatorLog.reviewQueue()->size(), 1);

    auto bySupervisor = DisclosureLog(f.supervisor()).review(grant->disclosureId(), true,
                                                             QStringLiteral("救急対応として妥当"));
    QVERIFY2(bySupervisor, qPrintable(bySupervisor ? QString() : bySupervisor.error().message));
    QVERIFY(coordinatorLog.reviewQueue()->isEmpty());
    QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.review")});
    auto records = coordinatorLog.forClient(f.client, true);
    QVERIFY(records);
    const auto reviewed = std::find_if(records->cbegin(), records->cend(),
                                       [&](const DisclosureRecord &d) { return d.id == grant->disclosureId(); });
    QVERIFY(reviewed != records->cend());
    QCOMPARE(reviewed->reviewVerdict, std::optional(QStringLiteral("approved")));
}

// Rule 5: the reason names what is missing and for whom, in words.
void TestDisclosureGate::refusalNamesRecipientAndCategory()
{
    PrivacyFixture f;
    f.record(f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    auto d = DisclosureGate(f.session())
                 .decide(PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral,
                                                 {DataCategory::Identity, DataCategory::Health}));
    QVERIFY(d);
    QVERIFY(!d->allowed);
    QCOMPARE(d->reasons.size(), 1);
    const RefusalReason &reason = d->reasons.first();
    QCOMPARE(reason.categories, DataCategories{DataCategory::Health}); // only what is missing
    QVERIFY2(reason.message.contains(label(DataCategory::Health)), qPrintable(reason.message));
    QVERIFY2(reason.message.contains(QStringLiteral("ハローワーク糸島")), qPrintable(reason.message));
    QVERIFY(reason.consentId);
}

void TestDisclosureGate::decideReleasesAndRecordsNothing()
{
    PrivacyFixture f;
    f.record(f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    const qint64 auditBefore = f.lastAuditId();
    DisclosureGate gate(f.session());
    for (int i = 0; i < 3; ++i) {
        QVERIFY(gate.decide(PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral,
                                                    identityEmployment))
                    ->allowed);
        QVERIFY(!gate.decide(PrivacyFixture::request(f.client, Recipient::agency(f.employer), Purpose::Referral,
                                                     identityEmployment))
                     ->allowed);
    }
    QCOMPARE(f.disclosureCount(), 0);
    QCOMPARE(f.lastAuditId(), auditBefore);
}

// Rule 7: a withdrawal stops the very next disclosure; the past record stays.
void TestDisclosureGate::withdrawalStopsTheNextDisclosureButKeepsThePast()
{
    PrivacyFixture f;
    const qint64 consentId = f.record(
        f.disclosureConsent(ConsentRecipient::agency(f.helloWorkA), {Purpose::Referral}, identityEmployment));
    DisclosureGate gate(f.session());
    const DisclosureRequest r =
        PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkA), Purpose::Referral, identityEmployment);
    auto first = gate.release(r);
    QVERIFY(first);
    f.clock().advance(60 * 1000);
    QVERIFY(ConsentRegistry(f.session()).withdraw(consentId, QStringLiteral("電話で撤回の申出")));
    auto second = gate.release(r);
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::Refused);
    QCOMPARE(f.disclosureCount(), 1);
    QCOMPARE(f.scalar(QStringLiteral("SELECT consent_id FROM disclosures")), consentId);
    auto d = gate.decide(r);
    QCOMPARE(codeNames(distinctCodes(*d)), codeName(RefusalCode::Withdrawn));
}

// Rule 12: stop-use blocks disclosures from the moment it is set.
void TestDisclosureGate::stopUseAfterAConsentRefusesAtOnce()
{
    PrivacyFixture f;
    f.record(f.disclosureConsent(ConsentRecipient::kind(AgencyKind::HelloWork), everyNamedPurpose,
                                 DataCategories::all()));
    DisclosureGate gate(f.session());
    const DisclosureRequest r =
        PrivacyFixture::request(f.client, Recipient::agency(f.helloWorkB), Purpose::Referral, identityEmployment);
    QVERIFY(gate.release(r));
    f.setFlags(f.client, false, true);
    auto refusedNow = gate.release(r);
    QVERIFY(!refusedNow);
    QCOMPARE(refusedNow.error().code, ErrorCode::Refused);
    QCOMPARE(f.disclosureCount(), 1);
}

QTEST_GUILESS_MAIN(TestDisclosureGate)
#include "tst_disclosure_gate.moc"
