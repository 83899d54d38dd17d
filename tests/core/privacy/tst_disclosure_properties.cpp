// SPDX-License-Identifier: GPL-3.0-or-later
// The disclosure gate over many generated requests (fixed seed): whatever the
// mix of consents, periods, withdrawals, flags and exception claims, the gate
// allows exactly what PRIVACY.md rules 1–3, 8 and 12 allow, records every
// release once, logs every refusal once, and never hands out a category that
// was not asked for. The oracle below re-derives each verdict from the
// generated consent data alone, without asking the core.
#include "PrivacyFixture.h"

#include "domain/Client.h"
#include "domain/ContactPerson.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "privacy/DisclosureGrant.h"
#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "repo/ContactPersonRepository.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <type_traits>

using namespace tsunagu;
using namespace tsunagu::privacy;
using namespace tsunagu::test;

// Only the gate can make a grant, and a grant stands for one disclosure record.
static_assert(!std::is_default_constructible_v<DisclosureGrant>);
static_assert(!std::is_copy_constructible_v<DisclosureGrant>);
static_assert(!std::is_copy_assignable_v<DisclosureGrant>);
static_assert(!std::is_constructible_v<DisclosureGrant, const DisclosureRequest &>);
static_assert(!std::is_constructible_v<DisclosureGrant, const Decision &>);
static_assert(!std::is_constructible_v<DisclosureGrant, ReleasedData>);
static_assert(!std::is_constructible_v<DisclosureGrant, const ReleasedData &, const Decision &>);
static_assert(!std::is_constructible_v<DisclosureGrant, qint64>);
static_assert(!std::is_aggregate_v<DisclosureGrant>);
// Moving one along (e.g. inside Result<>) is how it travels.
static_assert(std::is_nothrow_move_constructible_v<DisclosureGrant>);

namespace {

constexpr quint32 seed = 20261121;
constexpr int requestCount = 2000;

// The oracle's own idea of Japan time, independent of the core's jst helpers.
const QTimeZone japan(9 * 3600);
qint64 dayStart(QDate d)
{
    return QDateTime(d, QTime(0, 0), japan).toMSecsSinceEpoch();
}

struct ModelConsent {
    qint64 id = 0;
    qint64 clientId = 0;
    QList<ConsentRecipient> recipients;
    Purposes purposes;
    DataCategories categories;
    qint64 givenAt = 0;
    qint64 expiresAt = 0;
    std::optional<qint64> withdrawnAt;
};

struct ModelClient {
    qint64 id = 0;
    qint64 contact = 0; // their own contact person
    bool confidentialAddress = false;
    bool stopUse = false;
    bool erased = false;
};

struct ModelAgency {
    qint64 id = 0;
    AgencyKind kind = AgencyKind::Other;
    bool active = true;
};

template <typename E>
EnumSet<E> randomSet(QRandomGenerator &rng, int percentEach)
{
    EnumSet<E> s;
    for (std::size_t i = 0; i < enumCount<E>(); ++i)
        if (rng.bounded(100) < percentEach)
            s.insert(static_cast<E>(i));
    return s;
}

template <typename E>
E randomOf(QRandomGenerator &rng)
{
    return static_cast<E>(rng.bounded(int(enumCount<E>())));
}

} // namespace

class TestDisclosureProperties : public QObject
{
    Q_OBJECT

private slots:
    void generatedRequests();
};

void TestDisclosureProperties::generatedRequests()
{
    QRandomGenerator rng(seed);
    PrivacyFixture f;

    // ---- the world ----
    QList<ModelAgency> agencies{{f.helloWorkA, AgencyKind::HelloWork, true},
                                {f.helloWorkB, AgencyKind::HelloWork, true},
                                {f.closedHelloWork, AgencyKind::HelloWork, false},
                                {f.employer, AgencyKind::Employer, true},
                                {f.hospital, AgencyKind::Hospital, true}};
    agencies << ModelAgency{f.addAgency(QStringLiteral("株式会社みらい工業"), AgencyKind::Employer), AgencyKind::Employer,
                            true};
    QHash<qint64, ModelAgency> agencyById;
    for (const ModelAgency &a : std::as_const(agencies))
        agencyById.insert(a.id, a);

    QList<ModelClient> clients{{f.client, f.mother, false, false, false},
                               {f.otherClient, f.otherClientsFather, false, false, false}};
    const auto addClient = [&](const QString &name, bool confidential, bool stopUse) {
        Client c;
        c.name = name;
        c.address = QStringLiteral("福岡県福岡市中央区天神1-1-1");
        c.phone = QStringLiteral("092-000-0000");
        const qint64 id = must(ClientRepository(f.session()).create(c), "client");
        ContactPerson p;
        p.clientId = id;
        p.name = name + QStringLiteral("の姉");
        p.relationship = Relationship::Sibling;
        const qint64 contact = must(ContactPersonRepository(f.session()).create(p), "contact");
        clients << ModelClient{id, contact, false, false, false};
        if (confidential || stopUse)
            f.setFlags(id, confidential, stopUse);
        clients.last().confidentialAddress = confidential;
        clients.last().stopUse = stopUse;
    };
    addClient(QStringLiteral("秘匿 住子"), true, false);
    addClient(QStringLiteral("停止 止男"), false, true);
    addClient(QStringLiteral("消去 予定"), false, false);

    // ---- consents, recorded and withdrawn "late", so every request time is covered ----
    const QDateTime latest = jstDateTime(2027, 6, 1, 12, 0);
    const qint64 earliestRequest = jstDateTime(2025, 6, 1).toMSecsSinceEpoch();
    f.clock().set(latest);
    ConsentRegistry registry(f.session());
    QList<ModelConsent> consents;
    const QList<AgencyKind> kinds{AgencyKind::HelloWork, AgencyKind::Employer, AgencyKind::Hospital};
    for (int i = 0; i < 60; ++i) {
        const ModelClient &client = clients.at(rng.bounded(int(clients.size())));
        ModelConsent m;
        m.clientId = client.id;
        const int recipientCount = 1 + rng.bounded(2);
        for (int r = 0; r < recipientCount; ++r) {
            switch (rng.bounded(3)) {
            case 0: m.recipients << ConsentRecipient::agency(agencies.at(rng.bounded(int(agencies.size()))).id); break;
            case 1: m.recipients << ConsentRecipient::kind(kinds.at(rng.bounded(int(kinds.size())))); break;
            default: m.recipients << ConsentRecipient::contactPerson(client.contact); break;
            }
        }
        m.purposes = randomSet<Purpose>(rng, 40);
        if (m.purposes.isEmpty())
            m.purposes.insert(randomOf<Purpose>(rng));
        m.categories = randomSet<DataCategory>(rng, 60);
        if (m.categories.isEmpty())
            m.categories.insert(randomOf<DataCategory>(rng));
        const QDate from = QDate(2025, 1, 1).addDays(rng.bounded(850));
        const QDate until = from.addDays(rng.bounded(1000));
        ConsentInput in = f.disclosureConsent(m.recipients.first(), m.purposes, m.categories, from, until);
        in.clientId = m.clientId;
        in.recipients = m.recipients;
        if (m.purposes.contains(Purpose::Other))
            in.purposeDetail = QStringLiteral("家族会での事例共有");
        m.id = must(registry.record(in), "generated consent");
        m.givenAt = dayStart(from);
        m.expiresAt = dayStart(until.addDays(1));
        if (rng.bounded(100) < 30) {
            const qint64 at = earliestRequest + qint64(rng.bounded(double(latest.toMSecsSinceEpoch() - earliestRequest)));
            must(registry.withdraw(m.id, QStringLiteral("撤回"), at), "withdrawal");
            m.withdrawnAt = at;
        }
        consents << m;
    }
    // The last client is erased: their consents go, their requests must all be refused.
    must(Erasure(f.session()).erase(clients.last().id, QStringLiteral("本人の削除請求")), "erasure");
    clients.last().erased = true;

    // ---- the oracle ----
    const auto covers = [&](const ModelConsent &c, const ModelClient &client, const Recipient &to, Purpose purpose,
                            DataCategories categories, qint64 at) {
        if (c.clientId != client.id || client.erased)
            return false;
        if (!(c.givenAt <= at && at < c.expiresAt) || (c.withdrawnAt && *c.withdrawnAt <= at))
            return false;
        bool named = false;
        for (const ConsentRecipient &r : c.recipients) {
            if (to.type == Recipient::Type::Agency) {
                named = named || (r.agencyId && *r.agencyId == to.id)
                    || (r.agencyKind && agencyById.contains(to.id) && agencyById.value(to.id).kind == *r.agencyKind);
            } else {
                named = named || (r.contactPersonId && *r.contactPersonId == to.id);
            }
        }
        return named && c.purposes.contains(purpose) && c.categories.containsAll(categories);
    };

    // ---- the requests ----
    DisclosureGate gate(f.session());
    const QStringList justifications{QString(), QStringLiteral("   "), QStringLiteral("\u3000\n"),
                                     QStringLiteral("自傷の危険が切迫しており、本人の同意を得ることができない。"),
                                     QStringLiteral("児童虐待の防止等に関する法律第6条に基づく通告。")};
    int allowed = 0;
    int allowedByException = 0;
    int refusedCount = 0;
    for (int i = 0; i < requestCount; ++i) {
        // Half the requests aim at one consent (its client, a recipient it names,
        // a purpose and categories within it, often at one of its edges in time);
        // the rest are anything at all.
        const bool aimed = rng.bounded(100) < 50;
        const ModelConsent &target = consents.at(rng.bounded(int(consents.size())));
        const ModelClient *clientPtr = &clients.at(rng.bounded(int(clients.size())));
        Recipient to;
        Purpose purpose = randomOf<Purpose>(rng);
        DataCategories categories =
            rng.bounded(100) < 3 ? DataCategories{} : randomSet<DataCategory>(rng, 35);
        if (categories.isEmpty() && rng.bounded(100) < 90)
            categories.insert(randomOf<DataCategory>(rng));
        if (aimed) {
            for (const ModelClient &c : std::as_const(clients))
                if (c.id == target.clientId)
                    clientPtr = &c;
            const ConsentRecipient &named = target.recipients.at(rng.bounded(int(target.recipients.size())));
            if (named.agencyId) {
                to = Recipient::agency(*named.agencyId);
            } else if (named.agencyKind) {
                QList<qint64> ofKind;
                for (const ModelAgency &a : std::as_const(agencies))
                    if (a.kind == *named.agencyKind)
                        ofKind << a.id;
                to = Recipient::agency(ofKind.at(rng.bounded(int(ofKind.size()))));
            } else {
                to = Recipient::contactPerson(*named.contactPersonId);
            }
            QList<Purpose> purposes;
            target.purposes.forEach([&](Purpose p) { purposes << p; });
            purpose = purposes.at(rng.bounded(int(purposes.size())));
            categories = target.categories & randomSet<DataCategory>(rng, 60);
            if (categories.isEmpty())
                categories = target.categories;
            if (rng.bounded(100) < 10)
                categories.insert(randomOf<DataCategory>(rng)); // sometimes one too many
        } else {
            const int pick = rng.bounded(int(agencies.size()) + 2);
            if (pick < agencies.size())
                to = Recipient::agency(agencies.at(pick).id);
            else if (pick == agencies.size())
                to = Recipient::contactPerson(clientPtr->contact);
            else
                to = Recipient::contactPerson(clients.at(rng.bounded(int(clients.size()))).contact); // maybe someone else's
        }
        const ModelClient &client = *clientPtr;

        DisclosureRequest r = PrivacyFixture::request(client.id, to, purpose, categories);
        if (r.purpose == Purpose::Other) {
            const int roll = rng.bounded(100);
            r.purposeDetail = roll < 80 ? QStringLiteral("家族会での事例共有")
                : roll < 90             ? QStringLiteral(" \u3000 ") // blank is no description
                                        : QString();
        }
        r.method = randomOf<DisclosureMethod>(rng);
        if (rng.bounded(100) < 15)
            r.exception = ExceptionClaim{randomOf<StatutoryException>(rng),
                                         justifications.at(rng.bounded(int(justifications.size())))};

        // When: anywhere in the two years, or exactly on an edge of the consent aimed at.
        qint64 at = earliestRequest + qint64(rng.bounded(double(latest.toMSecsSinceEpoch() - earliestRequest)));
        if (aimed && rng.bounded(100) < 60) {
            const QList<qint64> edges{target.givenAt, target.givenAt - 1, target.expiresAt - 1, target.expiresAt,
                                      target.withdrawnAt.value_or(target.givenAt),
                                      target.withdrawnAt.value_or(target.givenAt) - 1};
            at = edges.at(rng.bounded(int(edges.size())));
        } else if (aimed) {
            at = target.givenAt + qint64(rng.bounded(double(target.expiresAt - target.givenAt)));
        }
        f.clock().set(at);

        // What PRIVACY.md allows, from the model alone.
        const bool ownContact = to.type == Recipient::Type::ContactPerson && to.id == client.contact;
        const bool recipientOk = to.type == Recipient::Type::Agency ? agencyById.value(to.id).active : ownContact;
        const bool requestOk = !client.erased && !client.stopUse && recipientOk && !r.categories.isEmpty()
            && !(r.purpose == Purpose::Other && r.purposeDetail.trimmed().isEmpty());
        QList<qint64> covering;
        for (const ModelConsent &c : std::as_const(consents))
            if (covers(c, client, to, r.purpose, r.categories, at))
                covering << c.id;
        bool expected = false;
        if (r.exception)
            expected = requestOk && !r.exception->justification.trimmed().isEmpty();
        else
            expected = requestOk && !covering.isEmpty()
                && !(client.confidentialAddress && r.categories.contains(DataCategory::Contact));

        const QString where = QStringLiteral("request %1 (client %2, recipient %3/%4, purpose %5, categories %6, "
                                             "exception %7, at %8)")
                                  .arg(i)
                                  .arg(client.id)
                                  .arg(to.type == Recipient::Type::Agency ? QStringLiteral("agency")
                                                                          : QStringLiteral("contact"))
                                  .arg(to.id)
                                  .arg(toCode(r.purpose), r.categories.toCodes(),
                                       r.exception ? QStringLiteral("yes") : QStringLiteral("no"))
                                  .arg(at);

        auto decision = gate.decide(r);
        QVERIFY2(decision, qPrintable(where));
        QVERIFY2(decision->allowed == expected,
                 qPrintable(where + QStringLiteral(": gate says %1, rules say %2; %3")
                                        .arg(decision->allowed)
                                        .arg(expected)
                                        .arg(reasonsText(*decision))));
        // (a) An allowed decision rests on a covering consent, or a justified exception.
        if (decision->allowed) {
            if (decision->consentId) {
                QVERIFY2(!r.exception, qPrintable(where));
                QVERIFY2(covering.contains(*decision->consentId), qPrintable(where));
                QVERIFY2(!decision->exception, qPrintable(where));
            } else {
                QVERIFY2(r.exception && !r.exception->justification.trimmed().isEmpty(), qPrintable(where));
                QCOMPARE(decision->exception, std::optional(r.exception->ground));
            }
        } else {
            QVERIFY2(!decision->reasons.isEmpty(), qPrintable(where));
        }

        const qint64 disclosuresBefore = f.disclosureCount();
        const qint64 auditBefore = f.lastAuditId();
        auto grant = gate.release(r);
        QVERIFY2(grant.has_value() == decision->allowed, qPrintable(where));
        if (grant) {
            ++allowed;
            allowedByException += grant->exception() ? 1 : 0;
            // (b) exactly one record, the one the grant stands for.
            QCOMPARE(f.disclosureCount(), disclosuresBefore + 1);
            QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM disclosures WHERE id = ? AND client_id = ? "
                                             "AND coalesce(consent_id, 0) = ? AND categories = ?"),
                              {grant->disclosureId(), client.id, grant->consentId().value_or(0),
                               r.categories.toCodes()}),
                     1);
            QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.release")});
            // (d) nothing beyond what was asked (and allowed).
            QCOMPARE(grant->categories(), r.categories);
            QVERIFY2(filled(grant->data()) == r.categories, qPrintable(where));
        } else {
            ++refusedCount;
            // (c) nothing recorded, one audit entry.
            QCOMPARE(grant.error().code, ErrorCode::Refused);
            QCOMPARE(f.disclosureCount(), disclosuresBefore);
            QCOMPARE(f.auditActionsAfter(auditBefore), QStringList{QStringLiteral("disclosure.refused")});
        }
    }
    qInfo("%d requests: %d allowed (%d by exception), %d refused", requestCount, allowed, allowedByException,
          refusedCount);
    // The generator must exercise both verdicts and both bases, or the properties say little.
    QVERIFY(allowed - allowedByException >= 100);
    QVERIFY(allowedByException >= 30);
    QVERIFY(refusedCount >= 500);
}

QTEST_GUILESS_MAIN(TestDisclosureProperties)
#include "tst_disclosure_properties.moc"
