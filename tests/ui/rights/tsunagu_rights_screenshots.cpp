// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: pictures of the person's
// rights on the client screen — the client screen with its その他 button, the
// access report dialog, and the erasure dialog filled in — on a temporary
// database holding one invented person (ClientScreenFixture).
//     tsunagu-rights-screenshots OUT_DIR [ja|en]      (default: ja)
#include "ClientScreenFixture.h"
#include "GuiHelpers.h"

#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/Fonts.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/rights/AccessReportDialog.h"
#include "ui/rights/ErasureDialog.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace tsunagu;

namespace {
bool save(QWidget &widget, const QString &path)
{
    QCoreApplication::processEvents();
    const bool ok = widget.grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const auto language = ui::Translations::fromCode(args.size() == 3 ? args.at(2) : QStringLiteral("ja"));
    if (args.size() < 2 || args.size() > 3 || !language) {
        std::fputs("usage: tsunagu-rights-screenshots OUT_DIR [ja|en]\n", stderr);
        return 2;
    }
    ui::Translations::install(*language);
    ui::Fonts::apply();
    const QDir out(args.at(1));

    QTemporaryDir dir;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("sample.db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(14, 30), jst::zone()));
    const auto staff = StaffRepository(Session(**db, 0, clock)).create(QStringLiteral("中村 美咲"), StaffRole::Coordinator);
    if (!staff) {
        std::fprintf(stderr, "%s\n", qPrintable(staff.error().message));
        return 1;
    }
    const Session session(**db, *staff, clock);
    const test::ClientScreen screen = test::addClientScreen(session);

    ui::MainWindow window(session);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.openClient(screen.client);
    bool ok = save(window, out.filePath(QStringLiteral("rights-client-page.png")));

    ui::AccessReportDialog report(session, screen.client, &window);
    report.show();
    if (!QTest::qWaitForWindowExposed(&report))
        return 1;
    ok = save(report, out.filePath(QStringLiteral("rights-access-report.png"))) && ok;
    report.hide();

    ui::ErasureDialog erasure(session, screen.client, &window);
    erasure.show();
    if (!QTest::qWaitForWindowExposed(&erasure))
        return 1;
    ok = save(erasure, out.filePath(QStringLiteral("rights-erasure-empty.png"))) && ok;
    test::typeText(erasure.reasonEdit(), QStringLiteral("本人から削除請求書を受領"));
    test::typeText(erasure.confirmEdit(), QStringLiteral("山田太郎"));
    ok = save(erasure, out.filePath(QStringLiteral("rights-erasure-ready.png"))) && ok;
    erasure.reject(); // nothing is erased
    return ok ? 0 : 1;
}
