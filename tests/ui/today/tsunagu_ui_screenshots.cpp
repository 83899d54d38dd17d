// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: adds a day's work (consents
// ending, a referral waiting for an answer, retention checks, a quiet case, a
// follow-up) to a database made by tsunagu-sample-db, then saves pictures of
// the start page (今日) and of the referral dialog with a refused verdict,
// for packaging/screenshots.sh.
//     tsunagu-ui-screenshots DB TODAY.png REFERRAL.png [ja|en]
#include "privacy/ConsentRegistry.h"
#include "repo/AgencyRepository.h"
#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/main/SectionList.h"
#include "ui/referrals/AgencyPicker.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/search/SearchField.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QHash>
#include <QKeyEvent>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace tsunagu;

namespace {

constexpr qint64 day = 24 * 60 * 60 * 1000;

[[noreturn]] void die(const QString &what, const Error &error)
{
    std::fprintf(stderr, "tsunagu-ui-screenshots: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(1);
}

template <typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        die(QString::fromLatin1(what), result.error());
    return std::move(*result);
}

qint64 agency(const Session &s, const QString &name, AgencyKind kind, const QString &municipality)
{
    // The sample database may hold it already.
    for (const Agency &existing : must(AgencyRepository(s).search(name), "agencies")) {
        if (existing.name == name)
            return existing.id;
    }
    Agency a;
    a.name = name;
    a.kind = kind;
    a.prefecture = QStringLiteral("福岡県");
    a.municipality = municipality;
    return must(AgencyRepository(s).create(a), "agency");
}

qint64 supportCase(const Session &s, qint64 clientId, CaseGoal goal, QDate openedOn)
{
    SupportCase c;
    c.clientId = clientId;
    c.goal = goal;
    c.stage = CaseStage::Working;
    c.openedOn = openedOn;
    return must(CaseRepository(s).create(c), "case");
}

qint64 consultation(const Session &s, qint64 clientId, qint64 at, const QString &notes, const QString &next,
    std::optional<QDate> followUp = std::nullopt)
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = at;
    c.durationMin = 30;
    c.channel = Channel::Phone;
    c.notes = notes;
    c.nextSteps = next;
    c.followUpOn = followUp;
    return must(ConsultationRepository(s).create(c), "consultation");
}

// The day's work, for invented people of the sample database.
void addWork(const Session &s, const QHash<QString, qint64> &people)
{
    const QDate today = s.clock().today();
    const qint64 now = s.nowMs();
    const qint64 helloWork
        = agency(s, QStringLiteral("ハローワーク糸島"), AgencyKind::HelloWork, QStringLiteral("糸島市"));
    const qint64 hospital = agency(s, QStringLiteral("九州中央病院"), AgencyKind::Hospital, QStringLiteral("福岡市"));
    agency(s, QStringLiteral("糸島障害者就業・生活支援センター"), AgencyKind::EmploymentLifeSupportCenter,
        QStringLiteral("糸島市"));
    agency(s, QStringLiteral("株式会社つなぐ物産"), AgencyKind::Employer, QStringLiteral("福岡市"));

    const privacy::ConsentRegistry consents(s);
    privacy::ConsentInput in;
    in.clientId = people.value(QStringLiteral("田中 花子"));
    in.purposes = { Purpose::Referral };
    in.recipients = { privacy::ConsentRecipient::agency(helloWork) };
    in.categories = { DataCategory::Identity, DataCategory::Employment };
    in.validFrom = today.addYears(-1).addDays(12);
    in.validUntil = today.addDays(11);
    must(consents.record(in), "consent");
    privacy::ConsentInput health;
    health.clientId = people.value(QStringLiteral("佐藤 健一"));
    health.kind = privacy::ConsentKind::HealthAcquisition;
    health.validFrom = today.addYears(-1).addDays(26);
    health.validUntil = today.addDays(25);
    must(consents.record(health), "health consent");

    const ReferralRepository referrals(s);
    Referral r;
    r.clientId = people.value(QStringLiteral("高橋 直樹"));
    r.agencyId = helloWork;
    r.categories = { DataCategory::Identity, DataCategory::Employment };
    const qint64 sent = now - 21 * day;
    const qint64 referral = must(referrals.create(r, sent), "referral");
    must(referrals.addEvent(referral, ReferralStatus::Sent, sent), "sent");
    r.clientId = people.value(QStringLiteral("井上 大輔"));
    r.agencyId = hospital;
    const qint64 second = must(referrals.create(r, now - 16 * day), "referral");
    must(referrals.addEvent(second, ReferralStatus::Sent, now - 16 * day), "sent");

    const CaseRepository cases(s);
    const qint64 ito = supportCase(s, people.value(QStringLiteral("伊藤 さくら")), CaseGoal::Job, today.addMonths(-9));
    const QList<qint64> checks = must(cases.scheduleRetentionChecks(ito, today.addMonths(-3)), "retention checks");
    for (int i : { 0, 1 }) {
        CaseMilestone done = must(cases.milestone(checks.at(i)), "milestone");
        done.doneOn = done.dueOn;
        done.result = MilestoneResult::Achieved;
        must(cases.updateMilestone(done, QStringLiteral("確認済み")), "milestone done");
    }
    consultation(s, people.value(QStringLiteral("伊藤 さくら")), now - 10 * day, QStringLiteral("職場は順調とのこと"),
        QStringLiteral("3か月の定着確認"));
    const qint64 watanabe
        = supportCase(s, people.value(QStringLiteral("渡辺 誠")), CaseGoal::ReturnToWork, today.addMonths(-5));
    const QList<qint64> his = must(cases.scheduleRetentionChecks(watanabe, today.addMonths(-1).addDays(5)), "checks");
    CaseMilestone started = must(cases.milestone(his.at(0)), "job start");
    started.doneOn = started.dueOn;
    started.result = MilestoneResult::Achieved;
    must(cases.updateMilestone(started, QStringLiteral("復職した")), "job start done");
    consultation(s, people.value(QStringLiteral("渡辺 誠")), now - 6 * day, QStringLiteral("復職後の体調を確認"),
        QStringLiteral("1か月の定着確認"));

    const qint64 kobayashi = people.value(QStringLiteral("小林 由美子"));
    supportCase(s, kobayashi, CaseGoal::StayInWork, today.addDays(-90));
    consultation(s, kobayashi, now - 45 * day, QStringLiteral("勤務時間の調整について相談"),
        QStringLiteral("産業医面談の結果を聞く"));

    consultation(s, people.value(QStringLiteral("中島 翔太")), now - day, QStringLiteral("応募書類を一緒に確認"),
        QStringLiteral("ハローワーク同行の日程を本人と決める"), today);
}

bool save(QWidget *widget, const QString &file)
{
    // Laid out and painted first.
    QEventLoop loop;
    QTimer::singleShot(400, &loop, &QEventLoop::quit);
    loop.exec();
    if (widget->grab().save(file, "PNG"))
        return true;
    std::fprintf(stderr, "tsunagu-ui-screenshots: could not write %s\n", qPrintable(file));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tsunagu"));
    QApplication::setApplicationName(QStringLiteral("tsunagu"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || args.size() > 6) {
        std::fputs("usage: tsunagu-ui-screenshots DB TODAY.png REFERRAL.png [ja|en] [SEARCH.png]\n", stderr);
        return 2;
    }
    const auto language = ui::Translations::fromCode(args.value(4, QStringLiteral("ja")));
    if (!language) {
        std::fputs("tsunagu-ui-screenshots: the language is ja or en\n", stderr);
        return 2;
    }
    ui::Translations::install(*language);
    ui::Fonts::apply();

    auto db = storage::Database::open(args.at(1), storage::Database::Options { false, false, storage::Database::IntegrityCheck::Full });
    if (!db)
        die(args.at(1), db.error());
    const QList<Staff> staff = must(StaffRepository(Session(**db, 0)).list(true), "staff");
    if (staff.isEmpty()) {
        std::fputs("tsunagu-ui-screenshots: the database has no staff; make it with tsunagu-sample-db\n", stderr);
        return 1;
    }
    const Session session(**db, staff.constFirst().id);
    QHash<QString, qint64> people;
    const ClientRepository clients(session);
    const qint64 count = must(clients.count(), "count");
    for (qint64 id = 1; people.size() < count && id < count + 100; ++id) {
        if (const Result<Client> c = clients.get(id))
            people.insert(c->name, c->id);
    }
    for (const char16_t *name : { u"田中 花子", u"佐藤 健一", u"高橋 直樹", u"井上 大輔", u"伊藤 さくら", u"渡辺 誠",
             u"小林 由美子", u"中島 翔太", u"山田 太郎" }) {
        if (!people.contains(QString::fromUtf16(name))) {
            std::fputs("tsunagu-ui-screenshots: not a tsunagu-sample-db database\n", stderr);
            return 1;
        }
    }
    addWork(session, people);

    ui::MainWindow window(session);
    window.resize(1180, 820);
    window.showSection(ui::Section::Today);
    window.show();
    if (!save(&window, args.at(2)))
        return 1;

    // The referral dialog, refused: 山田 太郎 has given no consent yet.
    ui::ReferralDialog dialog(session, people.value(QStringLiteral("山田 太郎")), &window);
    const QList<Agency> found = must(AgencyRepository(session).search(QStringLiteral("ハローワーク糸島")), "agency");
    if (found.isEmpty())
        return 1;
    dialog.agencyPicker()->setAgencyId(found.constFirst().id);
    dialog.categoryBox(DataCategory::Employment)->setChecked(true);
    dialog.show();
    if (!save(&dialog, args.at(3)))
        return 1;
    dialog.close();
    if (args.size() < 6)
        return 0;

    // The global search: 復職 typed, people above, consultation notes below.
    window.showSection(ui::Section::Clients);
    window.focusSearch();
    for (const QChar c : QStringLiteral("復職")) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(window.searchField(), &press);
    }
    return save(&window, args.at(5)) ? 0 : 1;
}
