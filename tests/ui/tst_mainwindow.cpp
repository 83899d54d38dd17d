// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixtures.h"
#include "TestSupport.h"

#include "ui/clients/ClientListModel.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/Translations.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::MainWindow;
using tsunagu::ui::Section;

namespace {

// QTest::keyClicks (Qt 6.4) passes each character through toLatin1(), which
// turns kana into NUL. This types any text, one key press per character, as
// an input method without composition would.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QStringList names(const ui::ClientListModel *model)
{
    QStringList all;
    for (int row = 0; row < model->rowCount(); ++row)
        all << model->index(row, ui::ClientListModel::NameColumn).data().toString();
    return all;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsFileAndCountAndStaff();
    void typingFiltersTheList();
    void halfWidthKatakanaFindsHiragana();
    void enterOpensTopHit();
    void enterInListOpensSelectedClient();
    void ctrlFFocusesSearch();
    void ctrlNumberSwitchesSection();
    void emptyResultSaysSo();
    void speaksJapanese();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_tanaka = 0;
    qint64 m_yamada = 0;
};

void TestMainWindow::initTestCase()
{
    // As tsunagu does; the tests run under LC_ALL=C.UTF-8, so in English.
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestMainWindow::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    const Session s = m_db->session();
    m_yamada = test::addClient(s, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    m_tanaka = test::addClient(s, QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"), QDate(1975, 9, 12));
    test::addClient(s, QStringLiteral("中村 一郎"), QStringLiteral("なかむら いちろう"), QDate(1990, 1, 20));
    test::addClient(s, QStringLiteral("Anna Schmidt"), QStringLiteral("あんな しゅみっと"), QDate(1988, 6, 3));
    m_window = std::make_unique<MainWindow>(s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
    m_window.reset();
    m_db.reset();
}

void TestMainWindow::showsFileAndCountAndStaff()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("つなぐ Tsunagu — test.db"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(status);
    QCOMPARE(status->text(), QStringLiteral("test.db · 4 clients"));
    auto *staff = m_window->findChild<QLabel *>(QStringLiteral("staffLabel"));
    QVERIFY(staff);
    QVERIFY(staff->text().contains(QStringLiteral("中村")));
    QCOMPARE(m_window->currentSection(), Section::Today);
    QCOMPARE(m_window->clientListPage()->model()->rowCount(), 4);
}

void TestMainWindow::typingFiltersTheList()
{
    ui::SearchField *field = m_window->searchField();
    QTest::keyClicks(field, QStringLiteral("ANNA s")); // any case, any spacing
    QCOMPARE(field->text(), QStringLiteral("ANNA s"));
    QTRY_COMPARE(names(m_window->clientListPage()->model()), QStringList { QStringLiteral("Anna Schmidt") });

    QTest::keyClick(field, Qt::Key_Escape); // clears the field: everyone again
    QVERIFY(field->text().isEmpty());
    QTRY_COMPARE(m_window->clientListPage()->model()->rowCount(), 4);
}

void TestMainWindow::halfWidthKatakanaFindsHiragana()
{
    m_window->showSection(Section::Today);
    ui::SearchField *field = m_window->searchField();
    typeText(field, QStringLiteral("ﾀﾅｶ"));
    QCOMPARE(field->text(), QStringLiteral("ﾀﾅｶ"));
    // Typing switches to the client list, which shows the one match.
    QCOMPARE(m_window->currentSection(), Section::Clients);
    QTRY_COMPARE(names(m_window->clientListPage()->model()), QStringList { QStringLiteral("田中 花子") });

    // Kanji of the name work as well, with or without the space.
    field->clear();
    typeText(field, QStringLiteral("山田太"));
    QTRY_COMPARE(names(m_window->clientListPage()->model()), QStringList { QStringLiteral("山田 太郎") });
}

void TestMainWindow::enterOpensTopHit()
{
    QSignalSpy opened(m_window.get(), &MainWindow::clientActivated);
    ui::SearchField *field = m_window->searchField();
    typeText(field, QStringLiteral("たなか"));
    QTest::keyClick(field, Qt::Key_Return); // at once, before the search has run
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_tanaka);
}

void TestMainWindow::enterInListOpensSelectedClient()
{
    QSignalSpy opened(m_window->clientListPage(), &ui::ClientListPage::clientActivated);
    QTest::keyClick(m_window->searchField(), Qt::Key_Down); // into the list
    QTableView *view = m_window->clientListPage()->view();
    QTRY_VERIFY(view->hasFocus());
    // Sorted by reading: あんな, たなか, なかむら, やまだ. Go down to the last one.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_yamada);
}

void TestMainWindow::ctrlFFocusesSearch()
{
    m_window->clientListPage()->focusList();
    QTRY_VERIFY(m_window->clientListPage()->view()->hasFocus());
    QTest::keyClick(m_window->clientListPage()->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchField()->hasFocus());
}

void TestMainWindow::ctrlNumberSwitchesSection()
{
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("sectionPages"));
    QVERIFY(pages);
    QTest::keyClick(m_window->searchField(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), Section::Today);
    QTest::keyClick(m_window->searchField(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), Section::Clients);
    // The clients section: the list, with the notes search below it.
    QVERIFY(pages->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(m_window->clientListPage()->isVisible());
    QTest::keyClick(m_window->searchField(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentSection(), Section::Review);
    QVERIFY(!pages->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(!m_window->clientListPage()->isVisible());
}

void TestMainWindow::emptyResultSaysSo()
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("clientListEmptyLabel"));
    QVERIFY(label);
    QVERIFY(label->isHidden());
    typeText(m_window->searchField(), QStringLiteral("ぬぬ"));
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("ぬぬ")));
}

void TestMainWindow::speaksJapanese()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::Japanese));
    MainWindow window(m_db->session()); // cleanup() goes back to English

    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QCOMPARE(status->text(), QStringLiteral("test.db · 4 名"));
    auto *sections = window.findChild<QListWidget *>(QStringLiteral("sectionList"));
    QVERIFY(sections);
    QStringList titles;
    for (int i = 0; i < sections->count(); ++i)
        titles << sections->item(i)->text();
    QCOMPARE(titles.join(QLatin1Char(' ')), QStringLiteral("今日 相談者 伴走ケース 紹介 連携先 統計 確認待ち"));
    const ui::ClientListModel *model = window.clientListPage()->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("ふりがな"));
    const int yamada = model->rowOf(m_yamada);
    QCOMPARE(
        model->index(yamada, ui::ClientListModel::BirthDateColumn).data().toString(), QStringLiteral("1980年4月1日"));
    QCOMPARE(model->index(yamada, ui::ClientListModel::AgeColumn).data().toString(), QStringLiteral("46歳"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
