// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientScreenFixture.h"

#include "common/Clock.h"
#include "domain/Agency.h"
#include "domain/Client.h"
#include "domain/Condition.h"
#include "domain/Consultation.h"
#include "domain/ContactPerson.h"
#include "domain/Referral.h"
#include "domain/SupportCase.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "repo/AgencyRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConditionRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/ReferralRepository.h"

namespace tsunagu::test {

namespace {

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        qFatal("client screen fixture: %s: %s", what, qPrintable(result.error().message));
    return std::move(*result);
}

void must(const Status &status, const char *what)
{
    if (!status)
        qFatal("client screen fixture: %s: %s", what, qPrintable(status.error().message));
}

qint64 agency(const Session &s, const QString &name, AgencyKind kind)
{
    Agency a;
    a.name = name;
    a.kind = kind;
    a.prefecture = QStringLiteral("福岡県");
    a.municipality = QStringLiteral("福岡市");
    return must(AgencyRepository(s).create(a), "agency");
}

qint64 consultation(const Session &s, qint64 client, std::optional<qint64> caseId, qint64 at, Channel channel,
    const QString &notes, Topics topics)
{
    Consultation c;
    c.clientId = client;
    c.caseId = caseId;
    c.startedAt = at;
    c.durationMin = 45;
    c.channel = channel;
    c.kind = caseId ? ConsultationKind::Accompaniment : ConsultationKind::OneOff;
    c.attendees = { Attendee::Self };
    c.topics = topics;
    c.notes = notes;
    c.nextSteps = QStringLiteral("主治医の意見書を受け取ったら連絡をもらう");
    return must(ConsultationRepository(s).create(c), "consultation");
}

privacy::ConsentInput disclosureConsent(qint64 client, privacy::ConsentRecipient recipient, Purposes purposes,
    DataCategories categories, QDate from, QDate until)
{
    privacy::ConsentInput in;
    in.clientId = client;
    in.kind = privacy::ConsentKind::Disclosure;
    in.purposes = purposes;
    in.recipients = { recipient };
    in.categories = categories;
    in.validFrom = from;
    in.validUntil = until;
    in.method = ConsentMethod::Written;
    in.formVersion = QStringLiteral("同意書 2026年版");
    return in;
}

} // namespace

QString ClientScreen::latestNotesFirstLine()
{
    return QStringLiteral("復職に向けて主治医と面談の予定。");
}

ClientScreen addClientScreen(const Session &s, const ClientScreenPerson &person)
{
    ClientScreen w;
    const qint64 now = s.nowMs();
    const QDate today = s.clock().today();

    Client c;
    c.name = person.name;
    c.nameKana = person.reading;
    c.birthDate = person.birthDate;
    c.sex = person.sex;
    c.prefecture = QStringLiteral("福岡県");
    c.municipality = QStringLiteral("福岡市中央区");
    c.phone = QStringLiteral("092-555-0142");
    c.email = QStringLiteral("taro.yamada@example.jp");
    c.address = QStringLiteral("天神1-2-3 つなぐマンション405");
    c.emergencyContact = person.mother + QStringLiteral(" (母) 090-1111-2222");
    c.employmentStatus = EmploymentStatus::SickLeave;
    c.confidentialAddress = true;
    c.excludeFromStatistics = true;
    const ClientRepository clients(s);
    w.client = must(clients.create(c), "client");

    ContactPerson m;
    m.clientId = w.client;
    m.name = person.mother;
    m.nameKana = person.motherReading;
    m.relationship = Relationship::Mother;
    m.phone = QStringLiteral("090-1111-2222");
    w.mother = must(ContactPersonRepository(s).create(m), "mother");

    w.helloWork = agency(s, QStringLiteral("ハローワーク福岡中央"), AgencyKind::HelloWork);
    w.diseaseCenter = agency(s, QStringLiteral("福岡県難病相談支援センター"), AgencyKind::IntractableDiseaseCenter);
    w.hospital = agency(s, QStringLiteral("九州中央病院"), AgencyKind::Hospital);

    // Health information only after the consent to keep it (PRIVACY.md rule 9).
    const privacy::ConsentRegistry consents(s);
    privacy::ConsentInput health;
    health.clientId = w.client;
    health.kind = privacy::ConsentKind::HealthAcquisition;
    health.validFrom = today.addDays(-60);
    health.validUntil = today.addDays(300);
    health.method = ConsentMethod::Written;
    w.healthConsent = must(consents.record(health), "health consent");
    Condition condition;
    condition.clientId = w.client;
    condition.diseaseGroup = DiseaseGroup::NeuroMuscular;
    condition.designatedNumber = 13;
    condition.designatedName = QStringLiteral("多発性硬化症／視神経脊髄炎");
    must(ConditionRepository(s).create(condition), "condition");
    Client withCertificate = must(clients.get(w.client), "client again");
    withCertificate.certificateKind = CertificateKind::Physical;
    withCertificate.certificateGrade = QStringLiteral("3級");
    must(clients.update(withCertificate, QStringLiteral("手帳の写しを確認")), "certificate");

    SupportCase sc;
    sc.clientId = w.client;
    sc.goal = CaseGoal::ReturnToWork;
    sc.stage = CaseStage::Preparation;
    sc.openedOn = today.addDays(-45);
    sc.nextFollowUp = today.addDays(7);
    sc.staffId = s.staffId();
    w.supportCase = must(CaseRepository(s).create(sc), "support case");

    w.firstConsultation = consultation(s, w.client, std::nullopt, now - 40 * dayMs, Channel::InPerson,
        QStringLiteral("初回面談。休職して3か月、体調は安定してきた。\n復職の時期を主治医と相談したい。"),
        { Topic::ReturnToWork, Topic::TreatmentWorkBalance });
    consultation(s, w.client, w.supportCase, now - 20 * dayMs, Channel::Online,
        QStringLiteral("会社の人事担当との面談に向けて、伝えたい配慮を整理した。"),
        { Topic::Accommodation, Topic::DisclosureAtWork });
    w.latestConsultation = consultation(s, w.client, w.supportCase, now - 2 * dayMs, Channel::Phone,
        ClientScreen::latestNotesFirstLine() + QStringLiteral("\n短時間勤務から始めたいとの希望。"),
        { Topic::ReturnToWork, Topic::Medical });

    // Consents: in force, about to expire, withdrawn, expired.
    w.helloWorkConsent
        = must(consents.record(disclosureConsent(w.client, privacy::ConsentRecipient::kind(AgencyKind::HelloWork),
                   { Purpose::Referral }, { DataCategory::Identity, DataCategory::Employment }, today.addDays(-21),
                   today.addDays(343))),
            "Hello Work consent");
    w.expiringConsent
        = must(consents.record(disclosureConsent(w.client, privacy::ConsentRecipient::agency(w.diseaseCenter),
                   { Purpose::CaseConference }, { DataCategory::Identity, DataCategory::Health, DataCategory::Records },
                   today.addDays(-340), today.addDays(12))),
            "expiring consent");
    w.withdrawnConsent = must(consents.record(disclosureConsent(w.client, privacy::ConsentRecipient::agency(w.hospital),
                                  { Purpose::MedicalCoordination }, { DataCategory::Identity, DataCategory::Health },
                                  today.addDays(-100), today.addDays(265))),
        "hospital consent");
    must(consents.withdraw(w.withdrawnConsent, QStringLiteral("本人の申出により撤回"), now - 5 * dayMs), "withdrawal");
    privacy::ConsentInput family = disclosureConsent(w.client, privacy::ConsentRecipient::contactPerson(w.mother),
        { Purpose::Other }, { DataCategory::Records }, today.addDays(-400), today.addDays(-31));
    family.purposeDetail = QStringLiteral("家族への経過報告");
    family.method = ConsentMethod::Verbal;
    w.expiredConsent = must(consents.record(family), "expired consent");

    // A referral to Hello Work, sent with the data the consent covers.
    Referral r;
    r.clientId = w.client;
    r.agencyId = w.helloWork;
    r.caseId = w.supportCase;
    r.purpose = Purpose::Referral;
    r.categories = { DataCategory::Identity, DataCategory::Employment };
    r.note = QStringLiteral("障害者専門窓口での職業相談を依頼");
    const ReferralRepository referrals(s);
    w.referral = must(referrals.create(r, now - 10 * dayMs), "referral");
    privacy::DisclosureRequest request;
    request.clientId = w.client;
    request.recipient = privacy::Recipient::agency(w.helloWork);
    request.purpose = Purpose::Referral;
    request.categories = r.categories;
    request.method = DisclosureMethod::Letter;
    const privacy::DisclosureGrant grant = must(privacy::DisclosureGate(s).release(request), "disclosure");
    w.disclosure = grant.disclosureId();
    must(referrals.attachDisclosure(w.referral, w.disclosure, grant.consentId()), "attach disclosure");
    must(referrals.addEvent(w.referral, ReferralStatus::Sent, now), "referral sent");
    must(referrals.addEvent(w.referral, ReferralStatus::Accepted, now), "referral accepted");
    return w;
}

} // namespace tsunagu::test
