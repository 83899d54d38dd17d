// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyFixture.h"

#include "domain/Agency.h"
#include "domain/Client.h"
#include "domain/Condition.h"
#include "domain/Consultation.h"
#include "domain/ContactPerson.h"
#include "domain/Referral.h"
#include "domain/SupportCase.h"
#include "privacy/ConsentRegistry.h"
#include "repo/AgencyRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConditionRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace tsunagu::test {

using namespace privacy;

void must(Status status, const char *what)
{
    if (!status)
        qFatal("setup failed (%s): %s", what, qPrintable(status.error().message));
}

PrivacyFixture::PrivacyFixture()
{
    supervisorId = must(StaffRepository(Session(t.db(), 0, t.clock())).create(QStringLiteral("佐藤監督"),
                                                                             StaffRole::Supervisor),
                        "supervisor");
    helloWorkA = addAgency(QStringLiteral("ハローワーク糸島"), AgencyKind::HelloWork);
    helloWorkB = addAgency(QStringLiteral("ハローワーク福岡中央"), AgencyKind::HelloWork);
    closedHelloWork = addAgency(QStringLiteral("ハローワーク旧天神出張所"), AgencyKind::HelloWork, false);
    employer = addAgency(QStringLiteral("株式会社つなぐ物産"), AgencyKind::Employer);
    hospital = addAgency(QStringLiteral("九州中央病院"), AgencyKind::Hospital);

    Client c;
    c.name = QStringLiteral("山田 花子");
    c.nameKana = QStringLiteral("やまだ はなこ");
    c.birthDate = QDate(1985, 6, 15);
    c.sex = Sex::Female;
    c.prefecture = QStringLiteral("福岡県");
    c.municipality = QStringLiteral("糸島市");
    c.phone = QStringLiteral("092-123-4567");
    c.email = QStringLiteral("hanako@example.jp");
    c.address = QStringLiteral("福岡県糸島市前原東1-2-3");
    c.emergencyContact = QStringLiteral("山田 和子 090-1111-2222");
    c.employmentStatus = EmploymentStatus::Unemployed;
    client = must(ClientRepository(session()).create(c), "client");

    ContactPerson m;
    m.clientId = client;
    m.name = QStringLiteral("山田 和子");
    m.nameKana = QStringLiteral("やまだ かずこ");
    m.relationship = Relationship::Mother;
    m.phone = QStringLiteral("090-1111-2222");
    mother = must(ContactPersonRepository(session()).create(m), "mother");

    SupportCase sc;
    sc.clientId = client;
    sc.goal = CaseGoal::Job;
    sc.stage = CaseStage::Assessment;
    sc.openedOn = QDate(2026, 10, 1);
    supportCase = must(CaseRepository(session()).create(sc), "support case");
    consultation = addConsultation(client, jstDateTime(2026, 10, 5, 14, 0), Channel::InPerson, QStringLiteral("初回面談。体調は安定。"));
    recordHealthConsent(client, QDate(2026, 10, 1), QDate(2027, 9, 30));
    condition = addCondition(client);
    // The disability certificate is health information too: saved after the consent.
    Client withCertificate = must(ClientRepository(session()).get(client), "client");
    withCertificate.certificateKind = CertificateKind::Mental;
    withCertificate.certificateGrade = QStringLiteral("2級");
    must(ClientRepository(session()).update(withCertificate, QStringLiteral("手帳の写しを確認")), "certificate");

    Client o;
    o.name = QStringLiteral("佐藤 次郎");
    o.nameKana = QStringLiteral("さとう じろう");
    o.birthDate = QDate(1990, 2, 3);
    otherClient = must(ClientRepository(session()).create(o), "other client");
    ContactPerson f;
    f.clientId = otherClient;
    f.name = QStringLiteral("佐藤 一郎");
    f.relationship = Relationship::Father;
    otherClientsFather = must(ContactPersonRepository(session()).create(f), "other client's father");
}

qint64 PrivacyFixture::addAgency(const QString &name, AgencyKind kind, bool active) const
{
    Agency a;
    a.name = name;
    a.kind = kind;
    a.prefecture = QStringLiteral("福岡県");
    a.active = active;
    return must(AgencyRepository(session()).create(a), "agency");
}

ConsentInput PrivacyFixture::disclosureConsent(ConsentRecipient recipient, Purposes purposes,
                                               DataCategories categories, QDate from, QDate until) const
{
    ConsentInput in;
    in.clientId = client;
    in.kind = ConsentKind::Disclosure;
    in.purposes = purposes;
    in.recipients = {recipient};
    in.categories = categories;
    in.validFrom = from;
    in.validUntil = until;
    in.method = ConsentMethod::Written;
    in.formVersion = QStringLiteral("同意書 2026年版");
    return in;
}

qint64 PrivacyFixture::record(const ConsentInput &input) const
{
    return must(ConsentRegistry(session()).record(input), "consent");
}

qint64 PrivacyFixture::recordHealthConsent(qint64 clientId, QDate from, QDate until) const
{
    ConsentInput in;
    in.clientId = clientId;
    in.kind = ConsentKind::HealthAcquisition;
    in.validFrom = from;
    in.validUntil = until;
    in.method = ConsentMethod::Written;
    return record(in);
}

qint64 PrivacyFixture::addCondition(qint64 clientId) const
{
    Condition c;
    c.clientId = clientId;
    c.diseaseGroup = DiseaseGroup::Immune;
    c.designatedNumber = 49;
    c.designatedName = QStringLiteral("全身性エリテマトーデス");
    return must(ConditionRepository(session()).create(c), "condition");
}

qint64 PrivacyFixture::addConsultation(qint64 clientId, const QDateTime &startedAt, Channel channel,
                                       const QString &notes) const
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = startedAt.toMSecsSinceEpoch();
    c.durationMin = 60;
    c.channel = channel;
    c.kind = ConsultationKind::Accompaniment;
    c.attendees = {Attendee::Self};
    c.topics = {Topic::JobSearch, Topic::TreatmentWorkBalance};
    c.notes = notes;
    c.nextSteps = QStringLiteral("次回までに求人票を確認");
    return must(ConsultationRepository(session()).create(c), "consultation");
}

qint64 PrivacyFixture::addReferral(qint64 clientId, qint64 agencyId) const
{
    Referral r;
    r.clientId = clientId;
    r.agencyId = agencyId;
    r.purpose = Purpose::Referral;
    r.categories = {DataCategory::Identity, DataCategory::Employment};
    return must(ReferralRepository(session()).create(r), "referral");
}

void PrivacyFixture::setFlags(qint64 clientId, bool confidentialAddress, bool stopUse) const
{
    ClientRepository repo(session());
    Client c = must(repo.get(clientId), "client to flag");
    c.confidentialAddress = confidentialAddress;
    c.stopUse = stopUse;
    must(repo.update(c, QStringLiteral("本人の申出")), "client flags");
}

DisclosureRequest PrivacyFixture::request(qint64 clientId, Recipient recipient, Purpose purpose,
                                          DataCategories categories)
{
    DisclosureRequest r;
    r.clientId = clientId;
    r.recipient = recipient;
    r.purpose = purpose;
    r.categories = categories;
    r.method = DisclosureMethod::Letter;
    return r;
}

qint64 PrivacyFixture::scalar(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q(t.db().connection());
    if (!q.prepare(sql))
        qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

qint64 PrivacyFixture::lastAuditId() const
{
    return scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
}

QStringList PrivacyFixture::auditActionsAfter(qint64 auditId) const
{
    QSqlQuery q(t.db().connection());
    q.prepare(QStringLiteral("SELECT action FROM audit_log WHERE id > ? ORDER BY id"));
    q.addBindValue(auditId);
    if (!q.exec())
        qFatal("cannot read the audit log: %s", qPrintable(q.lastError().text()));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    return actions;
}

qint64 PrivacyFixture::disclosureCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM disclosures"));
}

DataCategories filled(const privacy::ReleasedData &d)
{
    DataCategories c;
    if (d.identity)
        c.insert(DataCategory::Identity);
    if (d.contact)
        c.insert(DataCategory::Contact);
    if (d.health)
        c.insert(DataCategory::Health);
    if (d.employment)
        c.insert(DataCategory::Employment);
    if (d.records)
        c.insert(DataCategory::Records);
    if (d.family)
        c.insert(DataCategory::Family);
    return c;
}

QString codeName(RefusalCode code)
{
    switch (code) {
    case RefusalCode::UnknownClient: return QStringLiteral("UnknownClient");
    case RefusalCode::ClientErased: return QStringLiteral("ClientErased");
    case RefusalCode::StopUse: return QStringLiteral("StopUse");
    case RefusalCode::UnknownRecipient: return QStringLiteral("UnknownRecipient");
    case RefusalCode::InactiveRecipient: return QStringLiteral("InactiveRecipient");
    case RefusalCode::NothingRequested: return QStringLiteral("NothingRequested");
    case RefusalCode::PurposeDetailMissing: return QStringLiteral("PurposeDetailMissing");
    case RefusalCode::InvalidText: return QStringLiteral("InvalidText");
    case RefusalCode::ConfidentialAddress: return QStringLiteral("ConfidentialAddress");
    case RefusalCode::EmptyJustification: return QStringLiteral("EmptyJustification");
    case RefusalCode::NoConsent: return QStringLiteral("NoConsent");
    case RefusalCode::NotYetGiven: return QStringLiteral("NotYetGiven");
    case RefusalCode::Withdrawn: return QStringLiteral("Withdrawn");
    case RefusalCode::Expired: return QStringLiteral("Expired");
    case RefusalCode::RecipientNotCovered: return QStringLiteral("RecipientNotCovered");
    case RefusalCode::PurposeNotCovered: return QStringLiteral("PurposeNotCovered");
    case RefusalCode::CategoriesNotCovered: return QStringLiteral("CategoriesNotCovered");
    case RefusalCode::SplitAcrossConsents: return QStringLiteral("SplitAcrossConsents");
    }
    return QStringLiteral("?");
}

QString codeNames(const QList<RefusalCode> &codes)
{
    QStringList names;
    for (RefusalCode c : codes)
        names << codeName(c);
    return names.join(QStringLiteral(", "));
}

QString reasonsText(const Decision &decision)
{
    QStringList lines;
    for (const RefusalReason &r : decision.reasons)
        lines << codeName(r.code) + QStringLiteral(": ") + r.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsunagu::test
