// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiWorld.h"

#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureLog.h"
#include "repo/AgencyRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/StaffRepository.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QWidget>

namespace tsunagu::test {

const QString UiWorld::clientPhone = QStringLiteral("090-1111-2222");
const QString UiWorld::clientAddress = QStringLiteral("福岡県糸島市前原1-2-3");

void must(Status status, const char *what)
{
    if (!status)
        qFatal("setup failed (%s): %s", what, qPrintable(status.error().message));
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-ui-tests"));
    QSettings().clear(); // what an earlier test chose must not change this one
}

void clickBox(QAbstractButton *button)
{
    const int indicator = button->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, button);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(indicator / 2 + 2, button->height() / 2));
}

bool showActive(QWidget &widget)
{
    widget.show();
    if (!QTest::qWaitForWindowExposed(&widget))
        return false;
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

UiWorld::UiWorld()
{
    const Session s = session();
    supervisorId = must(StaffRepository(s).create(QStringLiteral("佐々木"), StaffRole::Supervisor), "supervisor");

    Agency a;
    a.name = QStringLiteral("ハローワーク糸島");
    a.kind = AgencyKind::HelloWork;
    a.prefecture = QStringLiteral("福岡県");
    a.municipality = QStringLiteral("糸島市");
    a.phone = QStringLiteral("092-322-0000");
    a.contactName = QStringLiteral("井上");
    helloWork = must(AgencyRepository(s).create(a), "hello work");
    hospital = addAgency(
        QStringLiteral("九州中央病院"), AgencyKind::Hospital, QStringLiteral("福岡県"), QStringLiteral("福岡市"));
    employer = addAgency(QStringLiteral("株式会社つなぐ物産"), AgencyKind::Employer);

    Client c;
    c.name = QStringLiteral("山田 花子");
    c.nameKana = QStringLiteral("やまだ はなこ");
    c.birthDate = QDate(1980, 4, 1);
    c.sex = Sex::Female;
    c.prefecture = QStringLiteral("福岡県");
    c.municipality = QStringLiteral("糸島市");
    c.address = clientAddress;
    c.phone = clientPhone;
    c.employmentStatus = EmploymentStatus::SickLeave;
    client = must(ClientRepository(s).create(c), "client");

    ContactPerson m;
    m.clientId = client;
    m.name = QStringLiteral("山田 和子");
    m.nameKana = QStringLiteral("やまだ かずこ");
    m.relationship = Relationship::Mother;
    mother = must(ContactPersonRepository(s).create(m), "mother");

    Consultation k;
    k.clientId = client;
    k.startedAt = jstDateTime(2026, 11, 2, 14, 0).toMSecsSinceEpoch();
    k.durationMin = 40;
    k.channel = Channel::Phone;
    k.notes = QStringLiteral("復職に向けて主治医と面談の予定");
    must(ConsultationRepository(s).create(k), "consultation");
}

qint64 UiWorld::addClient(const QString &name, const QString &kana) const
{
    Client c;
    c.name = name;
    c.nameKana = kana;
    return must(ClientRepository(session()).create(c), "client");
}

qint64 UiWorld::addAgency(
    const QString &name, AgencyKind kind, const QString &prefecture, const QString &municipality) const
{
    Agency a;
    a.name = name;
    a.kind = kind;
    a.prefecture = prefecture;
    a.municipality = municipality;
    return must(AgencyRepository(session()).create(a), "agency");
}

qint64 UiWorld::addConsent(qint64 clientId, qint64 agencyId, DataCategories categories, QDate from, QDate until) const
{
    privacy::ConsentInput in;
    in.clientId = clientId;
    in.purposes = { Purpose::Referral };
    in.recipients = { privacy::ConsentRecipient::agency(agencyId) };
    in.categories = categories;
    in.validFrom = from;
    in.validUntil = until;
    return must(privacy::ConsentRegistry(session()).record(in), "consent");
}

qint64 UiWorld::sendReferral(qint64 clientId, qint64 agencyId, DataCategories categories) const
{
    privacy::DisclosureRequest request;
    request.clientId = clientId;
    request.recipient = privacy::Recipient::agency(agencyId);
    request.purpose = Purpose::Referral;
    request.categories = categories;
    const privacy::DisclosureGrant grant = must(privacy::DisclosureGate(session()).release(request), "release");
    const ReferralRepository referrals(session());
    Referral r;
    r.clientId = clientId;
    r.agencyId = agencyId;
    r.categories = categories;
    const qint64 id = must(referrals.create(r), "referral");
    must(referrals.attachDisclosure(id, grant.disclosureId(), grant.consentId()), "attach");
    must(referrals.addEvent(id, ReferralStatus::Sent, session().nowMs()), "sent");
    return id;
}

int UiWorld::disclosureCount(qint64 clientId) const
{
    return int(must(privacy::DisclosureLog(session()).forClient(clientId, true), "disclosures").size());
}

} // namespace tsunagu::test
