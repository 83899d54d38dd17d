// SPDX-License-Identifier: GPL-3.0-or-later
// The person's right of access (PRIVACY.md rules 10 and 11, scenario 16):
// everything held about them, every correction with its reason, and every
// disclosure record except one a supervisor withheld — in JSON, in HTML and
// from the command line. The HTML is a document handed to the person: labels,
// values in words and dates in Japan time, never a column name, a code or a
// number of milliseconds.
#include "PrivacyFixture.h"

#include "common/ContextFallbackTranslator.h"
#include "domain/Client.h"
#include "domain/Referral.h"
#include "domain/SupportCase.h"
#include "drafts/DraftStore.h"
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
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
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

const QString herDraftNotes = QStringLiteral("職場への伝え方を相談したい。\n主治医の意見書は来週。");
const QString hisDraftNotes = QStringLiteral("佐藤さんの下書き：家族との面談を希望");

// A consultation typed and not saved, as the consultation form keeps it
// (ui/consultations/ConsultationEntry: the draft's payload format).
qint64 addDraft(const PrivacyFixture &f, qint64 clientId, const QString &notes)
{
    drafts::Draft d;
    d.kind = drafts::consultationDraft;
    d.clientId = clientId;
    d.payload = QJsonObject {
        { QStringLiteral("startedAt"), static_cast<double>(jstDateTime(2026, 11, 19, 15, 30).toMSecsSinceEpoch()) },
        { QStringLiteral("durationMin"), 45 },
        { QStringLiteral("channel"), toCode(Channel::Phone) },
        { QStringLiteral("kind"), toCode(ConsultationKind::OneOff) },
        { QStringLiteral("attendees"), toCode(Attendee::Self) },
        { QStringLiteral("topics"), toCode(Topic::DisclosureAtWork) },
        { QStringLiteral("notes"), notes },
        { QStringLiteral("nextSteps"), QString() },
        { QStringLiteral("followUp"), QStringLiteral("2026-12-03") },
        { QStringLiteral("visitCheck"),
            QJsonObject { { QStringLiteral("personAgreed"), true },
                { QStringLiteral("othersPresent"), QStringLiteral("母") },
                { QStringLiteral("knownRisks"), QString() } } },
    };
    return must(drafts::DraftStore(f.session()).save(d), "draft");
}

// The text of every <th> and every <td> of a page, tags removed, line breaks kept.
QStringList cells(const QString &html, const char *tag)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    const QRegularExpression cell(
        QStringLiteral("<%1>(.*?)</%1>").arg(QLatin1String(tag)), QRegularExpression::DotMatchesEverythingOption);
    QStringList all;
    for (auto it = cell.globalMatch(html); it.hasNext();) {
        QString text = it.next().captured(1);
        text.replace(QStringLiteral("<br>"), QStringLiteral("\n"))
            .replace(QStringLiteral("</li>"), QStringLiteral("\n"));
        text.remove(tags);
        text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        all << text;
    }
    return all;
}

// Every column name and every draft payload key in a JSON report.
QSet<QString> columnsOf(const QJsonObject &report)
{
    QSet<QString> columns;
    for (auto section = report.begin(); section != report.end(); ++section) {
        const QJsonArray rows = section->isArray() ? section->toArray() : QJsonArray { *section };
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                columns << it.key();
                const QJsonObject payload = it->toObject();
                for (auto key = payload.begin(); key != payload.end(); ++key) {
                    columns << key.key();
                    for (const QString &inner : key->toObject().keys())
                        columns << inner;
                }
            }
        }
    }
    return columns;
}

// Every code of a closed vocabulary that the JSON report holds: the values of
// the columns that store codes, sets split.
QSet<QString> codesOf(const QJsonObject &report)
{
    static const QSet<QString> coded { QStringLiteral("sex"), QStringLiteral("certificate_kind"),
        QStringLiteral("employment_status"), QStringLiteral("channel"), QStringLiteral("kind"),
        QStringLiteral("attendees"), QStringLiteral("topics"), QStringLiteral("goal"), QStringLiteral("stage"),
        QStringLiteral("outcome"), QStringLiteral("result"), QStringLiteral("disease_group"),
        QStringLiteral("relationship"), QStringLiteral("purpose"), QStringLiteral("purposes"),
        QStringLiteral("categories"), QStringLiteral("status"), QStringLiteral("method"), QStringLiteral("given_by"),
        QStringLiteral("basis"), QStringLiteral("exception_ground"), QStringLiteral("recipient_kind"),
        QStringLiteral("entity") };
    QSet<QString> codes;
    const auto add = [&](const QJsonObject &object) {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!coded.contains(it.key()) || !it->isString())
                continue;
            for (const QString &code :
                it->toString().split(QRegularExpression(QStringLiteral("[,:]")), Qt::SkipEmptyParts))
                codes << code;
        }
    };
    for (auto section = report.begin(); section != report.end(); ++section) {
        const QJsonArray rows = section->isArray() ? section->toArray() : QJsonArray { *section };
        for (const QJsonValue &row : rows) {
            add(row.toObject());
            add(row.toObject().value(QStringLiteral("payload")).toObject());
        }
    }
    codes << toCode(AgencyKind::HelloWork); // in a consent's recipients
    return codes;
}

bool holdsWord(const QString &text, const QString &word)
{
    const QRegularExpression pattern(
        QStringLiteral("(?<![A-Za-z0-9_])%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(word)));
    return pattern.match(text).hasMatch();
}

// The Japanese interface: Tsunagu's translation and the Japanese locale, as
// the desktop application installs them.
class Japanese
{
public:
    Japanese()
    {
        if (!m_translator.load(QStringLiteral(":/i18n/tsunagu_ja.qm")))
            qFatal("the Japanese translation is not built in");
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    }
    ~Japanese()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }

private:
    ContextFallbackTranslator m_translator;
};

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
    void htmlSpeaksJapanese();
    void htmlSpeaksEnglish();
    void draftsAreHeldData();
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

void TestAccessReport::htmlSpeaksJapanese()
{
    Held h;
    addDraft(h.f, h.f.client, herDraftNotes);
    const Japanese japanese;
    auto report = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY(report);
    auto bytes = AccessReport(h.f.session()).render(h.f.client, AccessReport::Format::Html);
    QVERIFY(bytes);
    const QString html = QString::fromUtf8(*bytes);
    QVERIFY(html.contains(QStringLiteral("<html lang=\"ja\">")));
    const QStringList headers = cells(html, "th");
    const QStringList values = cells(html, "td");
    QVERIFY(headers.size() > 100);
    QCOMPARE(headers.size(), values.size());

    // No field is named by its column, anywhere; no value is a stored code.
    const QSet<QString> columns = columnsOf(*report);
    QVERIFY(columns.contains(QStringLiteral("started_at")) && columns.contains(QStringLiteral("created_by")));
    QVERIFY(columns.contains(QStringLiteral("nextSteps")) && columns.contains(QStringLiteral("personAgreed")));
    for (const QString &header : headers)
        QVERIFY2(!columns.contains(header), qPrintable(header));
    for (const QString &column : columns) {
        if (column.contains(QLatin1Char('_')) || column.contains(QRegularExpression(QStringLiteral("[a-z][A-Z]"))))
            QVERIFY2(!holdsWord(html, column), qPrintable(column));
    }
    // A code shown as a value would be a cell's value, an item of a list of
    // values, or the value of a changed field ("field: value").
    const QSet<QString> codes = codesOf(*report);
    for (const char *used :
        { "female", "mental", "unemployed", "in_person", "accompaniment", "job_search", "phone", "immune", "mother",
            "referral", "identity", "health", "written", "consent", "exception", "life_body_property", "letter",
            "hello_work", "disclosure", "health_acquisition", "consultation", "clients" })
        QVERIFY2(codes.contains(QLatin1String(used)), used);
    static const QRegularExpression between(QStringLiteral("[\n、,:：]"));
    for (const QString &value : values) {
        for (const QString &part : value.split(between))
            QVERIFY2(!codes.contains(part.trimmed()), qPrintable(value));
    }
    for (const QString &code : codes) {
        if (code.contains(QLatin1Char('_')))
            QVERIFY2(!holdsWord(html, code), qPrintable(code));
    }

    // No instant as milliseconds since the epoch.
    static const QRegularExpression epoch(QStringLiteral("(?<![0-9])1[0-9]{12}(?![0-9])"));
    QVERIFY2(!epoch.match(html).hasMatch(), qPrintable(epoch.match(html).captured()));

    // Labels in Japanese, values in words, dates and times in Japan time.
    const auto field = [&](const QString &label) {
        const qsizetype i = headers.indexOf(label);
        return i < 0 ? QStringLiteral("<no %1>").arg(label) : values.at(i);
    };
    QCOMPARE(field(QStringLiteral("氏名")), QStringLiteral("山田 花子"));
    QCOMPARE(field(QStringLiteral("生年月日")), QStringLiteral("1985年6月15日"));
    QCOMPARE(field(QStringLiteral("電話番号")), QStringLiteral("092-123-4567"));
    QCOMPARE(field(QStringLiteral("性別")), label(Sex::Female));
    QCOMPARE(field(QStringLiteral("就労状況")), label(EmploymentStatus::Unemployed));
    QCOMPARE(field(QStringLiteral("障害者手帳")), label(CertificateKind::Mental));
    QCOMPARE(field(QStringLiteral("利用停止")), QStringLiteral("いいえ"));
    QCOMPARE(field(QStringLiteral("日時")), QStringLiteral("2026年10月5日 14:00")); // the consultation
    QCOMPARE(field(QStringLiteral("相談方法")), label(Channel::InPerson));
    QCOMPARE(field(QStringLiteral("相談の種類")), label(ConsultationKind::Accompaniment));
    QCOMPARE(field(QStringLiteral("相談のテーマ")),
        QStringLiteral("%1、%2").arg(label(Topic::JobSearch), label(Topic::TreatmentWorkBalance)));
    QCOMPARE(field(QStringLiteral("担当職員")), QStringLiteral("中村")); // a staff number as the name
    QCOMPARE(field(QStringLiteral("疾患群")), label(DiseaseGroup::Immune));
    QCOMPARE(field(QStringLiteral("続柄")), label(Relationship::Mother));
    QCOMPARE(field(QStringLiteral("開始日")), QStringLiteral("2026年10月1日")); // the case
    QVERIFY(values.contains(QStringLiteral("ハローワーク糸島"))); // the agency of the referral, by name
    QVERIFY(html.contains(label(Purpose::Referral)));
    QVERIFY(html.contains(label(StatutoryException::LifeBodyProperty)));
    QVERIFY(html.contains(label(DisclosureMethod::Letter)));
    QVERIFY(html.contains(label(ConsentMethod::Written)));
    for (const char *title : { "基本情報", "疾患・健康の情報", "家族・関係者", "相談記録", "伴走支援ケース",
             "紹介の経過", "同意", "訂正の履歴", "第三者への提供" })
        QVERIFY2(html.contains(QStringLiteral("<h2>%1</h2>").arg(QString::fromUtf8(title))), title);
    // The correction: the old and the new address, labelled.
    QVERIFY(
        html.contains(QStringLiteral("住所: ") + oldAddress) || html.contains(QStringLiteral("住所：") + oldAddress));
    QVERIFY(html.contains(correctionReason));
    // A long note keeps its line breaks.
    QVERIFY(html.contains(QString(herDraftNotes).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    // One table per record, for print.
    QVERIFY(html.contains(QStringLiteral("size: A4")));
    QVERIFY(html.contains(QStringLiteral("<caption>相談 #%1</caption>").arg(h.f.consultation)));
    QCOMPARE(html.count(QStringLiteral("<table ")), html.count(QStringLiteral("</table>")));
}

void TestAccessReport::htmlSpeaksEnglish()
{
    Held h;
    addDraft(h.f, h.f.client, herDraftNotes);
    auto report = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY(report);
    const QString html = AccessReport::toHtml(*report);
    QVERIFY(html.contains(QStringLiteral("<html lang=\"en\">")));
    const QStringList headers = cells(html, "th");
    const QSet<QString> columns = columnsOf(*report);
    for (const QString &header : headers)
        QVERIFY2(!columns.contains(header), qPrintable(header));
    QVERIFY(headers.contains(QStringLiteral("Date of birth")));
    QVERIFY(html.contains(QStringLiteral("<td>15 June 1985</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>5 October 2026 14:00</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>In person</td>")));
    QVERIFY(!html.contains(QStringLiteral("in_person")));
    // A caller may write dates its own way.
    const QString iso = AccessReport::toHtml(*report, {}, [](QDate d) { return d.toString(Qt::ISODate); });
    QVERIFY(iso.contains(QStringLiteral("<td>1985-06-15</td>")));
}

void TestAccessReport::draftsAreHeldData()
{
    Held h;
    const qint64 hers = addDraft(h.f, h.f.client, herDraftNotes);
    const qint64 his = addDraft(h.f, h.f.otherClient, hisDraftNotes);

    auto report = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY(report);
    const QJsonArray drafts = report->value(QStringLiteral("drafts")).toArray();
    QCOMPARE(drafts.size(), 1);
    const QJsonObject draft = drafts.first().toObject();
    QCOMPARE(draft.value(QStringLiteral("id")).toInteger(), hers);
    QCOMPARE(draft.value(QStringLiteral("kind")).toString(), drafts::consultationDraft);
    QCOMPARE(draft.value(QStringLiteral("staff")).toString(), QStringLiteral("中村"));
    QCOMPARE(draft.value(QStringLiteral("updated_at")).toInteger(), h.f.clock().nowMs());
    // The payload is data in the JSON form, not a string of JSON.
    QCOMPARE(
        draft.value(QStringLiteral("payload")).toObject().value(QStringLiteral("notes")).toString(), herDraftNotes);
    QCOMPARE(draft.value(QStringLiteral("payload")).toObject().value(QStringLiteral("channel")).toString(),
        toCode(Channel::Phone));
    const QString json = QString::fromUtf8(QJsonDocument(*report).toJson());
    QVERIFY(!json.contains(hisDraftNotes));

    const QString html = AccessReport::toHtml(*report);
    QVERIFY(html.contains(QStringLiteral("<caption>Draft #%1</caption>").arg(hers)));
    QVERIFY(html.contains(QStringLiteral("職場への伝え方を相談したい。<br>主治医の意見書は来週。")));
    QVERIFY(html.contains(QStringLiteral("<td>19 November 2026 15:30</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>%1</td>").arg(label(Topic::DisclosureAtWork))));
    QVERIFY(html.contains(QStringLiteral("<th>Before a home visit: the person agreed to it</th><td>Yes</td>")));
    QVERIFY(html.contains(QStringLiteral("<th>Before a home visit: others present</th><td>母</td>")));
    QVERIFY(html.contains(QStringLiteral("<th>Before a home visit: known risks</th><td>(empty)</td>")));
    QVERIFY(!html.contains(hisDraftNotes));

    // His report holds his draft, and nothing of hers.
    auto other = AccessReport(h.f.session()).build(h.f.otherClient);
    QVERIFY(other);
    const QJsonArray otherDrafts = other->value(QStringLiteral("drafts")).toArray();
    QCOMPARE(otherDrafts.size(), 1);
    QCOMPARE(otherDrafts.first().toObject().value(QStringLiteral("id")).toInteger(), his);
    const QString otherHtml = AccessReport::toHtml(*other);
    QVERIFY(otherHtml.contains(hisDraftNotes));
    QVERIFY(!otherHtml.contains(QStringLiteral("職場への伝え方")));

    // A saved or thrown-away draft is no longer held.
    QVERIFY(drafts::DraftStore(h.f.session()).discard(hers));
    auto after = AccessReport(h.f.session()).build(h.f.client);
    QVERIFY(after);
    QVERIFY(after->value(QStringLiteral("drafts")).toArray().isEmpty());
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
