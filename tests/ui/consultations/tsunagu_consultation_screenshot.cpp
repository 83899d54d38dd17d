// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: the consultation dialog
// (相談を記録) filled in as a coordinator would, in Japanese, saved as a PNG
// for packaging/screenshots.sh. Works on a temporary database of one
// invented person.
//     tsunagu-consultation-screenshot FILE.png [ja|en]      (default: ja)
#include "../ClientFixtures.h"

#include "common/Clock.h"
#include "repo/CaseRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/consultations/ConsultationDialog.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace tsunagu;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto language = ui::Translations::fromCode(args.size() == 3 ? args.at(2) : QStringLiteral("ja"));
    if (args.size() < 2 || args.size() > 3 || !language) {
        std::fputs("usage: tsunagu-consultation-screenshot FILE.png [ja|en]\n", stderr);
        return 2;
    }
    ui::Translations::install(*language);
    ui::Fonts::apply();

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("sample.db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(14, 30), jst::zone()));
    const auto staff
        = StaffRepository(Session(**db, 0, clock)).create(QStringLiteral("中村 美咲"), StaffRole::Outreach);
    if (!staff) {
        std::fprintf(stderr, "%s\n", qPrintable(staff.error().message));
        return 1;
    }
    const Session session(**db, *staff, clock);
    const qint64 client
        = test::addClient(session, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    SupportCase open;
    open.clientId = client;
    open.goal = CaseGoal::ReturnToWork;
    open.stage = CaseStage::Preparation;
    open.openedOn = QDate(2026, 10, 1);
    open.staffId = *staff;
    if (!CaseRepository(session).create(open)) {
        std::fputs("cannot create the sample case\n", stderr);
        return 1;
    }

    ui::ConsultationDialog dialog(session, client);
    ui::ConsultationEntry entry = dialog.entry();
    Consultation &c = entry.consultation;
    c.durationMin = 40;
    c.channel = Channel::HomeVisit;
    c.kind = ConsultationKind::Accompaniment;
    c.attendees = { Attendee::Self, Attendee::Family };
    c.topics = { Topic::ReturnToWork, Topic::TreatmentWorkBalance, Topic::Accommodation };
    c.notes = QStringLiteral("自宅で本人・母と面談。主治医から来月の短時間勤務での復職は可との意見。\n"
                             "通勤の負担が心配とのこと。会社の人事担当と在宅勤務の併用を相談したい。");
    c.nextSteps = QStringLiteral("人事担当との面談日程を本人と調整する");
    entry.followUpText = QStringLiteral("12/4");
    entry.visitCheck = ui::PreVisitCheck { true, QStringLiteral("母"), QStringLiteral("玄関の階段が急") };
    dialog.setEntry(entry);
    dialog.show();
    dialog.notesEdit()->setFocus();
    dialog.notesEdit()->moveCursor(QTextCursor::End);
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    const bool saved = dialog.grab().save(args.at(1), "PNG");
    if (!saved)
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args.at(1)));
    return saved ? 0 : 1;
}
