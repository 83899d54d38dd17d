// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the GUI tests of the person's rights (ui/rights): the client
// screen of 山田 太郎 (ClientScreenFixture) in the real main window, and the
// その他 menu driven with the keyboard.

#include "ClientFixtures.h"
#include "ClientScreenFixture.h"
#include "GuiHelpers.h"
#include "TestSupport.h"

#include "ui/clients/ClientPage.h"
#include "ui/main/MainWindow.h"
#include "ui/rights/RightsMenu.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QCoreApplication>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace tsunagu::test {

// Keeps Qt's settings of the tests out of the user's home, and starts them empty.
inline void isolateRightsSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TsunaguTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tsunagu-rights-tests"));
    QSettings().clear();
}

// Alt+M opens the その他 menu of the client screen; Down to `action`, Enter.
// True when the action was the one chosen.
inline bool chooseFromMoreMenu(ui::MainWindow &window, QAction *action)
{
    QMenu *menu = window.clientPage()->rightsMenu()->menu();
    QPushButton *more = window.clientPage()->button(QStringLiteral("moreButton"));
    auto chosen = std::make_shared<int>(0); // 0 not yet, 1 chosen, -1 not reachable
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(menu, &QMenu::aboutToShow, menu, [menu, action, chosen, connection] {
        QObject::disconnect(*connection);
        // The menu runs its own event loop: choose from inside it.
        QTimer::singleShot(0, menu, [menu, action, chosen] {
            for (int i = 0; i < 4 && menu->activeAction() != action; ++i)
                QTest::keyClick(menu, Qt::Key_Down);
            *chosen = menu->activeAction() == action ? 1 : -1;
            QTest::keyClick(menu, *chosen == 1 ? Qt::Key_Return : Qt::Key_Escape);
        });
    });
    window.activateWindow(); // a dialog that just closed may leave no window active
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    // A mnemonic "clicks" the button for 100 ms (QAbstractButton::animateClick);
    // the next one only counts once that click has ended.
    QSignalSpy clicked(more, &QPushButton::clicked);
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier);
    if (!QTest::qWaitFor([chosen] { return *chosen != 0; }))
        *chosen = -1;
    QObject::disconnect(*connection);
    if (!QTest::qWaitFor([&clicked] { return clicked.count() > 0; }))
        return false;
    return *chosen == 1;
}

inline qint64 count(const storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Whether `text` (UTF-8) is anywhere in the database file or its write-ahead log.
inline bool fileHolds(const QString &dbPath, const QString &text)
{
    const QByteArray needle = text.toUtf8();
    for (const QString &path : { dbPath, QString(dbPath + QStringLiteral("-wal")) }) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace tsunagu::test
