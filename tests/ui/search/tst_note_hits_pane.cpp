// SPDX-License-Identifier: GPL-3.0-or-later
// The global search field finds consultations by the words of their notes
// (UI.md: "clients by name/reading and notes by text, as you type"), shown
// below the client list; Enter on a hit opens the person and the consultation.
#include "../ClientFixtures.h"
#include "TestSupport.h"

#include "domain/Consultation.h"
#include "repo/ConsultationRepository.h"
#include "storage/Database.h"
#include "ui/clients/ClientPage.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/search/NoteHitsModel.h"
#include "ui/search/NoteHitsPane.h"
#include "ui/search/SearchField.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace tsunagu;
using namespace tsunagu::ui;

namespace {

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

qint64 addConsultation(const Session &session, qint64 clientId, QDate day, const QString &notes)
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = QDateTime(day, QTime(10, 0), QTimeZone(9 * 3600)).toMSecsSinceEpoch();
    c.durationMin = 30;
    c.channel = Channel::Phone;
    c.notes = notes;
    const Result<qint64> id = ConsultationRepository(session).create(c);
    if (!id)
        qFatal("fixture: %s", qPrintable(id.error().message));
    return *id;
}

QString titleOf(const MainWindow &window)
{
    return window.noteHitsPane()->findChild<QLabel *>(QStringLiteral("noteHitsTitle"))->text();
}

} // namespace

class TestNoteHitsPane : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingFindsNotesByTheirWords();
    void oneCharacterAsksForMore();
    void enterOpensThePersonAndTheConsultation();
    void staleIndexIsSaidAndRebuilt();

private:
    std::unique_ptr<test::TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_yamada = 0;
    qint64 m_sato = 0;
    qint64 m_newest = 0;
};

void TestNoteHitsPane::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    const Session session = m_t->session();
    m_yamada = test::addClient(session, QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1));
    m_sato = test::addClient(session, QStringLiteral("佐藤 花子"), QStringLiteral("さとう はなこ"), QDate(1975, 2, 3));
    addConsultation(session, m_yamada, QDate(2026, 9, 1), QStringLiteral("通院の予定を確認した。"));
    addConsultation(session, m_yamada, QDate(2026, 10, 1), QStringLiteral("主治医と相談し、就労に向けた準備を始める。"));
    // Katakana in the note, hiragana in the query: the search ignores the difference.
    m_newest = addConsultation(session, m_sato, QDate(2026, 11, 2),
                               QStringLiteral("ハローワークで就労相談。ジョブコーチの利用を検討。"));
    m_window = std::make_unique<MainWindow>(session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestNoteHitsPane::cleanup()
{
    m_window.reset();
    m_t.reset();
}

void TestNoteHitsPane::typingFindsNotesByTheirWords()
{
    NoteHitsModel *model = m_window->noteHitsPane()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!m_window->noteHitsPane()->isVisible()); // nothing typed: only the list

    m_window->focusSearch();
    typeText(m_window->searchField(), QStringLiteral("就労"));
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(m_window->noteHitsPane()->isVisible());
    // Newest first, with the person's name and the words around the match.
    QCOMPARE(model->index(0, NoteHitsModel::ClientColumn).data().toString(), QStringLiteral("佐藤 花子"));
    QCOMPARE(model->index(0, 0).data(NoteHitsModel::ConsultationIdRole).toLongLong(), m_newest);
    QVERIFY(model->index(0, NoteHitsModel::SnippetColumn).data().toString().contains(QStringLiteral("就労")));
    QCOMPARE(model->index(1, NoteHitsModel::ClientColumn).data().toString(), QStringLiteral("山田 太郎"));
    QVERIFY2(titleOf(*m_window).contains(QStringLiteral("就労")), qPrintable(titleOf(*m_window)));

    // A word in katakana found from hiragana; a word in no note finds nothing.
    m_window->searchField()->clear();
    typeText(m_window->searchField(), QStringLiteral("じょぶこーち"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(NoteHitsModel::ClientIdRole).toLongLong(), m_sato);
    m_window->searchField()->clear();
    typeText(m_window->searchField(), QStringLiteral("透析"));
    QTRY_COMPARE(model->rowCount(), 0);
    QVERIFY(titleOf(*m_window).contains(QStringLiteral("透析")));
}

void TestNoteHitsPane::oneCharacterAsksForMore()
{
    m_window->focusSearch();
    typeText(m_window->searchField(), QStringLiteral("就"));
    QTRY_VERIFY(m_window->noteHitsPane()->isVisible());
    QCOMPARE(m_window->noteHitsPane()->model()->rowCount(), 0);
    QVERIFY(!m_window->noteHitsPane()->view()->isVisible());
    QVERIFY2(titleOf(*m_window).contains(QStringLiteral("two or more")), qPrintable(titleOf(*m_window)));
}

void TestNoteHitsPane::enterOpensThePersonAndTheConsultation()
{
    m_window->focusSearch();
    typeText(m_window->searchField(), QStringLiteral("就労"));
    QTableView *view = m_window->noteHitsPane()->view();
    QTRY_COMPARE(view->model()->rowCount(), 2);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_COMPARE(m_window->clientPage()->clientId(), m_sato);
    QVERIFY(m_window->clientPage()->isVisible());
    ConsultationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConsultationDialog *>()) != nullptr);
    dialog->reject();
}

void TestNoteHitsPane::staleIndexIsSaidAndRebuilt()
{
    // A file whose index is behind its notes (one from before the index existed).
    {
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'stale' WHERE key = 'note_index.version'")));
        QCOMPARE(q.numRowsAffected(), 1);
    }
    NoteHitsPane *pane = m_window->noteHitsPane();
    m_window->focusSearch();
    typeText(m_window->searchField(), QStringLiteral("就労"));
    QTRY_VERIFY(pane->model()->isIndexStale());
    auto *rebuild = pane->findChild<QPushButton *>(QStringLiteral("rebuildNoteIndex"));
    QVERIFY(rebuild->isVisible());
    QVERIFY(pane->findChild<QLabel *>(QStringLiteral("noteHitsNotice"))->isVisible());

    QTest::mouseClick(rebuild, Qt::LeftButton);
    QTRY_VERIFY(!pane->model()->isIndexStale());
    QCOMPARE(pane->model()->rowCount(), 2);
    QVERIFY(pane->model()->isComplete());
    QVERIFY(!rebuild->isVisible());
}

QTEST_MAIN(TestNoteHitsPane)
#include "tst_note_hits_pane.moc"
