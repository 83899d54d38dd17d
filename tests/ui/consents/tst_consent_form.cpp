// SPDX-License-Identifier: GPL-3.0-or-later
// documents::ConsentForm: the form a person signs states exactly the scope
// recorded, Health only when named, and the health-acquisition consent apart.
#include "UiWorld.h"

#include "documents/ConsentForm.h"
#include "privacy/ConsentRegistry.h"

#include <QTest>
#include <QTextDocument>

using namespace tsunagu;

namespace {

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestConsentForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statesExactlyTheScope();
    void healthOnlyWhenNamed();
    void representativeSigns();
    void healthAcquisitionHasItsOwnPage();
    void recordedConsentPrintsTheSame();
    void incompleteScopeIsRefused();

private:
    privacy::ConsentInput input() const;

    std::unique_ptr<test::UiWorld> m_world;
    documents::ConsentFormOptions m_options { QStringLiteral("NPO法人つなぐ就労支援センター"), QStringLiteral("中村") };
};

void TestConsentForm::init()
{
    m_world = std::make_unique<test::UiWorld>();
}

void TestConsentForm::cleanup()
{
    m_world.reset();
}

privacy::ConsentInput TestConsentForm::input() const
{
    privacy::ConsentInput in;
    in.clientId = m_world->client;
    in.purposes = { Purpose::Referral, Purpose::CaseConference };
    in.recipients = { privacy::ConsentRecipient::agency(m_world->helloWork),
        privacy::ConsentRecipient::kind(AgencyKind::Hospital),
        privacy::ConsentRecipient::contactPerson(m_world->mother) };
    in.categories = { DataCategory::Identity, DataCategory::Employment };
    in.validFrom = QDate(2026, 11, 20);
    in.validUntil = QDate(2027, 11, 19);
    return in;
}

void TestConsentForm::statesExactlyTheScope()
{
    const QString html = test::must(documents::ConsentForm(m_world->session()).html({ input() }, m_options), "form");
    QVERIFY(html.contains(QStringLiteral("size: A4")));
    const QString text = plain(html);
    for (const QString &expected :
        { QStringLiteral("Consent to share personal information"), QStringLiteral("山田 花子"),
            QStringLiteral("やまだ はなこ"), QStringLiteral("ハローワーク糸島"), QStringLiteral("Any Hospital"),
            QStringLiteral("山田 和子 (Mother)"), QStringLiteral("Referral"), QStringLiteral("Case conference"),
            QStringLiteral("Identity: name, reading, date of birth, sex"), QStringLiteral("Employment: work status"),
            QStringLiteral("Not given: Contact details, Health, Consultation records, Family."),
            QStringLiteral("From 2026/11/20 to 2027/11/19"), QStringLiteral("NPO法人つなぐ就労支援センター"),
            QStringLiteral("Explained by: 中村"), QStringLiteral("Signature") })
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n---\n") + text));
    // Nothing beyond the person's name and reading: no phone, no address.
    QVERIFY(!text.contains(test::UiWorld::clientPhone));
    QVERIFY(!text.contains(test::UiWorld::clientAddress));
    QVERIFY(!text.contains(QStringLiteral("Medical coordination")));
    QVERIFY(!text.contains(QStringLiteral("九州中央病院"))); // the kind, not every hospital by name
}

void TestConsentForm::healthOnlyWhenNamed()
{
    privacy::ConsentInput in = input();
    QString text = plain(test::must(documents::ConsentForm(m_world->session()).html({ in }, m_options), "form"));
    QVERIFY(!text.contains(QStringLiteral("special-care personal information): conditions")));
    in.categories.insert(DataCategory::Health);
    text = plain(test::must(documents::ConsentForm(m_world->session()).html({ in }, m_options), "form"));
    QVERIFY(text.contains(QStringLiteral("Health (special-care personal information): conditions")));
    QVERIFY(text.contains(QStringLiteral("Not given: Contact details, Consultation records, Family.")));
}

void TestConsentForm::representativeSigns()
{
    privacy::ConsentInput in = input();
    in.byRepresentative = true;
    in.representativeName = QStringLiteral("山田 和子");
    in.representativeRelation = QStringLiteral("母");
    const QString text = plain(test::must(documents::ConsentForm(m_world->session()).html({ in }, m_options), "form"));
    QVERIFY(text.contains(QStringLiteral("Representative")));
    QVERIFY(text.contains(QStringLiteral("山田 和子 (母)")));
    QVERIFY(text.contains(QStringLiteral("Signature of the representative")));
}

void TestConsentForm::healthAcquisitionHasItsOwnPage()
{
    privacy::ConsentInput health = input();
    health.kind = privacy::ConsentKind::HealthAcquisition;
    const QString html
        = test::must(documents::ConsentForm(m_world->session()).html({ input(), health }, m_options), "form");
    QCOMPARE(html.count(QStringLiteral("page-break-before: always")), 1); // in the style sheet
    QCOMPARE(html.count(QStringLiteral("<div class=\"page\">")), 1);
    const QString text = plain(html);
    QVERIFY(text.contains(QStringLiteral("Consent to record health information")));
    QVERIFY(text.contains(QStringLiteral("does not allow anyone to give that information to others")));
    QCOMPARE(text.count(QStringLiteral("Signature")), 2);
}

void TestConsentForm::recordedConsentPrintsTheSame()
{
    const qint64 id = test::must(privacy::ConsentRegistry(m_world->session()).record(input()), "record");
    const privacy::Consent consent = test::must(privacy::ConsentRegistry(m_world->session()).get(id), "get");
    const documents::ConsentForm form(m_world->session());
    QCOMPARE(
        test::must(form.html(consent, m_options), "recorded"), test::must(form.html({ input() }, m_options), "input"));
}

void TestConsentForm::incompleteScopeIsRefused()
{
    privacy::ConsentInput in = input();
    in.recipients.clear();
    QCOMPARE(documents::ConsentForm(m_world->session()).html({ in }, m_options).error().code, ErrorCode::Invalid);
    in = input();
    in.validUntil = QDate();
    QCOMPARE(documents::ConsentForm(m_world->session()).html({ in }, m_options).error().code, ErrorCode::Invalid);
    QCOMPARE(documents::ConsentForm(m_world->session()).html(QList<privacy::ConsentInput> {}, m_options).error().code,
        ErrorCode::Invalid);
}

QTEST_MAIN(TestConsentForm)
#include "tst_consent_form.moc"
