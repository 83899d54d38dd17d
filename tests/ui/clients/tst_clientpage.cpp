// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixtures.h"
#include "ClientScreenFixture.h"
#include "GuiHelpers.h"
#include "TestSupport.h"

#include "ui/cases/CasePanel.h"
#include "ui/clients/Chip.h"
#include "ui/clients/ClientHeader.h"
#include "ui/clients/ClientInfoPane.h"
#include "ui/clients/ClientListPage.h"
#include "ui/clients/ClientPage.h"
#include "ui/clients/ClientTimelineModel.h"
#include "ui/clients/ConsentCard.h"
#include "ui/clients/ConsentsPane.h"
#include "ui/clients/TimelinePane.h"
#include "ui/common/Translations.h"
#include "ui/history/HistoryDialog.h"
#include "ui/main/MainWindow.h"
#include "ui/search/SearchField.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace tsunagu;
using tsunagu::test::focused;
using tsunagu::ui::ClientPage;
using tsunagu::ui::ClientTimelineModel;
using tsunagu::ui::MainWindow;
using Kind = tsunagu::ui::TimelineEntry::Kind;

class TestClientPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enterInListOpensTheClientScreen();
    void headerShowsReadingAboveNameAgeAndFlags();
    void timelineFindsTheConsultation();
    void timelineFilter();
    void consentCardsShowTheirState();
    void basicInformation();
    void actionsAskByShortcutAndButton();
    void enterOnTimelineRowOpensTheRecord();
    void backToTheList();
    void historyOfAClientAndOfARecord();
    void speaksJapanese();

private:
    void openYamada();
    ClientPage *page() const { return m_window->clientPage(); }
    QStackedWidget *pages() const { return m_window->findChild<QStackedWidget *>(QStringLiteral("sectionPages")); }
    int rowOf(Kind kind, qint64 id) const;

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    test::ClientScreen m_screen;
};

void TestClientPage::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestClientPage::init()
{
    m_db = std::make_unique<test::TempDatabase>();
    const Session s = m_db->session();
    test::addClient(s, QStringLiteral("田中 花子"), QStringLiteral("たなか はなこ"), QDate(1975, 9, 12));
    m_screen = test::addClientScreen(s);
    m_window = std::make_unique<MainWindow>(s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestClientPage::cleanup()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
    m_window.reset();
    m_db.reset();
}

void TestClientPage::openYamada()
{
    // As a coordinator does: Down into the list (sorted by reading: たなか,
    // やまだ), Down to やまだ, Enter.
    QTest::keyClick(m_window->searchField(), Qt::Key_Down);
    QTableView *list = m_window->clientListPage()->view();
    QTRY_VERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(pages()->currentWidget(), static_cast<QWidget *>(page()));
}

int TestClientPage::rowOf(Kind kind, qint64 id) const
{
    const ClientTimelineModel *model = page()->timelineModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ClientTimelineModel::KindRole).value<Kind>() == kind
            && index.data(ClientTimelineModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

void TestClientPage::enterInListOpensTheClientScreen()
{
    QSignalSpy opened(m_window.get(), &MainWindow::clientActivated);
    openYamada();
    QCOMPARE(opened.size(), 1);
    QCOMPARE(page()->clientId(), m_screen.client);
    QCOMPARE(m_window->currentSection(), ui::Section::Clients);
    QVERIFY(page()->isVisible());
    // The support cases are on a tab beside the timeline, for the same client.
    QCOMPARE(page()->casePanel()->clientId(), m_screen.client);
    QCOMPARE(page()->tabs()->currentWidget(), static_cast<QWidget *>(page()->timelinePane()));
    // The keyboard is on the timeline, ready for Enter or the arrow keys.
    QTRY_COMPARE(focused(), static_cast<QWidget *>(page()->timelinePane()->view()));
}

void TestClientPage::headerShowsReadingAboveNameAgeAndFlags()
{
    openYamada();
    ui::ClientHeader *header = page()->header();
    QCOMPARE(header->readingLabel()->text(), QStringLiteral("やまだ たろう"));
    QCOMPARE(header->nameLabel()->text(), QStringLiteral("山田 太郎"));
    // Furigana: the reading right above the name, in a smaller font.
    const QPoint reading = header->readingLabel()->mapTo(header, QPoint(0, 0));
    const QPoint name = header->nameLabel()->mapTo(header, QPoint(0, 0));
    QVERIFY(reading.y() + header->readingLabel()->height() <= name.y() + 1);
    QVERIFY(header->nameLabel()->font().pointSizeF() > header->readingLabel()->font().pointSizeF());
    QCOMPARE(header->ageLabel()->text(), QStringLiteral("46 years (1980-04-01) · Male"));

    QStringList flags;
    for (const ui::Chip *flag : header->flags()) {
        QVERIFY(flag->isVisible());
        flags << flag->objectName();
    }
    QCOMPARE(flags,
        (QStringList { QStringLiteral("confidentialAddressFlag"), QStringLiteral("excludeFromStatisticsFlag") }));
    const auto *confidential = header->findChild<ui::Chip *>(QStringLiteral("confidentialAddressFlag"));
    QCOMPARE(confidential->text(), QStringLiteral("Confidential address"));
    QCOMPARE(confidential->tone(), ui::Chip::Tone::Danger);
    QVERIFY(!confidential->toolTip().isEmpty());
    QCOMPARE(header->findChild<ui::Chip *>(QStringLiteral("excludeFromStatisticsFlag"))->tone(), ui::Chip::Tone::Muted);
}

void TestClientPage::timelineFindsTheConsultation()
{
    openYamada();
    const ClientTimelineModel *model = page()->timelineModel();
    const int row = rowOf(Kind::Consultation, m_screen.latestConsultation);
    QVERIFY(row >= 0);
    const QString summary = model->index(row, ClientTimelineModel::SummaryColumn).data().toString();
    QVERIFY2(summary.contains(test::ClientScreen::latestNotesFirstLine()), qPrintable(summary));
    QVERIFY(summary.startsWith(QStringLiteral("Phone")));
    QVERIFY(!summary.contains(QLatin1Char('\n')));
    QCOMPARE(model->index(row, ClientTimelineModel::KindColumn).data().toString(), QStringLiteral("Consultation"));
    QCOMPARE(model->index(row, ClientTimelineModel::DateColumn).data().toString(), QStringLiteral("2026-11-18"));
    QCOMPARE(model->index(row, ClientTimelineModel::StaffColumn).data().toString(), QStringLiteral("中村"));
    // The whole note is in the tooltip.
    QVERIFY(model->index(row, ClientTimelineModel::SummaryColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("短時間勤務")));

    // Newest first, every kind of record.
    qint64 previous = std::numeric_limits<qint64>::max();
    QSet<int> kinds;
    for (int r = 0; r < model->rowCount(); ++r) {
        const qint64 at = model->index(r, 0).data(ClientTimelineModel::AtRole).toLongLong();
        QVERIFY(at <= previous);
        previous = at;
        kinds << static_cast<int>(model->index(r, 0).data(ClientTimelineModel::KindRole).value<Kind>());
    }
    QCOMPARE(kinds.size(), ui::TimelineEntry::kindCount);
    QCOMPARE(model->index(0, 0).data(ClientTimelineModel::KindRole).value<Kind>(), Kind::Disclosure);
}

void TestClientPage::timelineFilter()
{
    openYamada();
    ui::TimelinePane *pane = page()->timelinePane();
    const ClientTimelineModel *model = page()->timelineModel();
    QCOMPARE(model->totalCount(), 11); // 3 consultations, 1 case, 1 referral, 5 consents, 1 disclosure

    const auto showOnly = [&](std::optional<Kind> kind) {
        QAbstractButton *button = pane->filterButton(kind);
        QTest::mouseClick(button, Qt::LeftButton);
        return button->isChecked();
    };
    const auto kindsShown = [&] {
        QSet<Kind> kinds;
        for (int r = 0; r < model->rowCount(); ++r)
            kinds << model->index(r, 0).data(ClientTimelineModel::KindRole).value<Kind>();
        return kinds;
    };

    QVERIFY(showOnly(Kind::Consultation));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(kindsShown(), QSet<Kind> { Kind::Consultation });

    QVERIFY(showOnly(Kind::Referral));
    QCOMPARE(model->rowCount(), 1);
    const QString referral = model->index(0, ClientTimelineModel::SummaryColumn).data().toString();
    QVERIFY2(referral.contains(QStringLiteral("ハローワーク福岡中央")) && referral.contains(QStringLiteral("Accepted")),
        qPrintable(referral));

    QVERIFY(showOnly(Kind::Disclosure));
    QCOMPARE(model->rowCount(), 1);
    const QString disclosure = model->index(0, ClientTimelineModel::SummaryColumn).data().toString();
    QVERIFY2(disclosure.contains(QStringLiteral("ハローワーク福岡中央"))
            && disclosure.contains(QStringLiteral("Employment")),
        qPrintable(disclosure));

    QVERIFY(showOnly(Kind::Consent));
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(showOnly(Kind::Case));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, ClientTimelineModel::SummaryColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Return to work")));

    // The buttons are one group: the arrow keys move through them too.
    QVERIFY(showOnly(std::nullopt));
    QCOMPARE(model->rowCount(), 11);
    QVERIFY(!pane->filterButton(Kind::Case)->isChecked());
}

void TestClientPage::consentCardsShowTheirState()
{
    openYamada();
    ui::ConsentsPane *consents = page()->consentsPane();
    QCOMPARE(consents->cards().size(), 5);
    // What is about to expire comes first.
    QCOMPARE(consents->cards().first()->consentId(), m_screen.expiringConsent);

    ui::ConsentCard *expiring = consents->card(m_screen.expiringConsent);
    QCOMPARE(expiring->property("consentState").toString(), QStringLiteral("expiringSoon"));
    QCOMPARE(expiring->state(), ui::ConsentState::ExpiringSoon);
    QVERIFY(expiring->statusText().contains(QStringLiteral("12 days")));
    QVERIFY(expiring->styleSheet().contains(QStringLiteral("#e69500"))); // amber
    QCOMPARE(expiring->recipientsText(), QStringLiteral("福岡県難病相談支援センター"));
    // Health is a chip of its own, first, in its own colour.
    QVERIFY(expiring->categoryChips().size() == 3);
    QCOMPARE(expiring->categoryChips().first()->text(), QStringLiteral("Health"));
    QCOMPARE(expiring->categoryChips().first()->tone(), ui::Chip::Tone::Health);
    QCOMPARE(expiring->categoryChips().at(1)->tone(), ui::Chip::Tone::Category);

    ui::ConsentCard *withdrawn = consents->card(m_screen.withdrawnConsent);
    QCOMPARE(withdrawn->property("consentState").toString(), QStringLiteral("withdrawn"));
    QVERIFY(withdrawn->property("struckOut").toBool());
    QVERIFY(withdrawn->findChild<QLabel *>(QStringLiteral("consentRecipients"))->font().strikeOut());
    QVERIFY(withdrawn->statusText().contains(QStringLiteral("Withdrawn on 2026-11-15")));
    QVERIFY(!expiring->property("struckOut").toBool());

    ui::ConsentCard *expired = consents->card(m_screen.expiredConsent);
    QCOMPARE(expired->property("consentState").toString(), QStringLiteral("expired"));
    QVERIFY(expired->property("greyedOut").toBool());
    QCOMPARE(expired->categoryChips().first()->tone(), ui::Chip::Tone::Muted);

    ui::ConsentCard *helloWork = consents->card(m_screen.helloWorkConsent);
    QCOMPARE(helloWork->property("consentState").toString(), QStringLiteral("active"));
    QCOMPARE(helloWork->recipientsText(), QStringLiteral("any Hello Work"));
    ui::ConsentCard *health = consents->card(m_screen.healthConsent);
    QCOMPARE(health->categoryChips().size(), 1);
    QCOMPARE(health->categoryChips().first()->tone(), ui::Chip::Tone::Health);

    // In the timeline too: the withdrawn consent struck through, the expired one dimmed.
    const ClientTimelineModel *model = page()->timelineModel();
    QVERIFY(
        model->index(rowOf(Kind::Consent, m_screen.withdrawnConsent), 0).data(Qt::FontRole).value<QFont>().strikeOut());
    QVERIFY(model->index(rowOf(Kind::Consent, m_screen.expiredConsent), 0).data(Qt::ForegroundRole).isValid());
}

void TestClientPage::basicInformation()
{
    openYamada();
    ui::ClientInfoPane *info = page()->infoPane();
    QVERIFY2(info->value(QStringLiteral("diseaseGroups")).contains(QStringLiteral("Neurological and muscular")),
        qPrintable(info->value(QStringLiteral("diseaseGroups"))));
    QVERIFY(info->value(QStringLiteral("diseaseGroups")).contains(QStringLiteral("多発性硬化症")));
    QCOMPARE(info->value(QStringLiteral("certificate")), QStringLiteral("Physical disability 3級"));
    QCOMPARE(info->value(QStringLiteral("employment")), QStringLiteral("On sick leave"));
    QVERIFY2(info->value(QStringLiteral("contacts")).contains(QStringLiteral("Mother: 山田 和子")),
        qPrintable(info->value(QStringLiteral("contacts"))));
    QCOMPARE(info->value(QStringLiteral("contact")), QStringLiteral("092-555-0142\ntaro.yamada@example.jp"));
}

void TestClientPage::actionsAskByShortcutAndButton()
{
    // The page on its own: in the main window, these open the other features' dialogs.
    ClientPage standalone(m_db->session());
    standalone.setClientId(m_screen.client);
    standalone.show();
    QVERIFY(test::activate(&standalone));
    standalone.focusTimeline();
    QSignalSpy log(&standalone, &ClientPage::logConsultationRequested);
    QSignalSpy refer(&standalone, &ClientPage::referralRequested);
    QSignalSpy consent(&standalone, &ClientPage::consentRequested);

    QTest::keyClick(focused(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.at(0).at(0).toLongLong(), m_screen.client);

    QTest::mouseClick(standalone.button(QStringLiteral("referralButton")), Qt::LeftButton);
    QCOMPARE(refer.size(), 1);
    QCOMPARE(refer.at(0).at(0).toLongLong(), m_screen.client);
    QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier); // C&onsent
    QTRY_COMPARE(consent.size(), 1); // a mnemonic animates the click first
    QCOMPARE(consent.at(0).at(0).toLongLong(), m_screen.client);
    for (const char *name :
        { "logConsultationButton", "referralButton", "consentButton", "editButton", "historyButton", "backButton" }) {
        QPushButton *button = standalone.button(QString::fromLatin1(name));
        QVERIFY2(button && !button->accessibleName().isEmpty() && !button->accessibleName().contains(QLatin1Char('&')),
            name);
    }
    QVERIFY(standalone.button(QStringLiteral("logConsultationButton"))->toolTip().contains(QStringLiteral("Ctrl+N")));

    // A hidden page's shortcuts are off (the main window's list has its own Ctrl+N).
    standalone.hide();
    QLineEdit elsewhere;
    elsewhere.show();
    QVERIFY(test::activate(&elsewhere));
    QTest::keyClick(&elsewhere, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(log.size(), 1);
}

void TestClientPage::enterOnTimelineRowOpensTheRecord()
{
    openYamada();
    QSignalSpy activated(page(), &ClientPage::recordActivated);
    QTableView *view = page()->timelinePane()->view();
    const int row = rowOf(Kind::Consultation, m_screen.latestConsultation);
    QTRY_VERIFY(view->hasFocus());
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), row);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).value<Kind>(), Kind::Consultation);
    QCOMPARE(activated.at(0).at(1).toLongLong(), m_screen.latestConsultation);

    // A double click does the same.
    const int referral = rowOf(Kind::Referral, m_screen.referral);
    const QRect rect = view->visualRect(page()->timelineModel()->index(referral, ClientTimelineModel::SummaryColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.at(1).at(0).value<Kind>(), Kind::Referral);
    QCOMPARE(activated.at(1).at(1).toLongLong(), m_screen.referral);
}

void TestClientPage::backToTheList()
{
    openYamada();
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(pages()->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(m_window->clientListPage()->isVisible());
    QTRY_VERIFY(m_window->clientListPage()->view()->hasFocus());

    openYamada();
    QTest::keyClick(focused(), Qt::Key_Left, Qt::AltModifier);
    QTRY_VERIFY(pages()->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(m_window->clientListPage()->isVisible());

    openYamada();
    QTest::mouseClick(page()->button(QStringLiteral("backButton")), Qt::LeftButton);
    QTRY_VERIFY(pages()->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(m_window->clientListPage()->isVisible());

    // Typing a search from the client screen goes back to the list as well.
    openYamada();
    test::typeText(m_window->searchField(), QStringLiteral("たなか"));
    QTRY_VERIFY(pages()->currentWidget()->isAncestorOf(m_window->clientListPage()));
    QVERIFY(m_window->clientListPage()->isVisible());
}

void TestClientPage::historyOfAClientAndOfARecord()
{
    openYamada();
    QTest::keyClick(focused(), Qt::Key_H, Qt::ControlModifier);
    ui::HistoryDialog *history = nullptr;
    QTRY_VERIFY((history = page()->findChild<ui::HistoryDialog *>()) != nullptr);
    // The client's record (the certificate, added after the health consent) and
    // the records about him (the referral's steps).
    QCOMPARE(history->revisions().size(), 4);
    QCOMPARE(history->revisions().last().entity, QStringLiteral("clients"));
    QCOMPARE(history->revisions().last().reason, QStringLiteral("手帳の写しを確認"));
    QVERIFY(
        history->tree()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Referral #%1").arg(m_screen.referral)));
    QVERIFY(history->windowTitle().contains(QStringLiteral("山田 太郎")));
    history->close();
    QTRY_VERIFY(page()->findChild<ui::HistoryDialog *>() == nullptr);

    // Ctrl+Shift+H on a row: that record's history.
    QVERIFY(test::activate(m_window.get()));
    QTableView *view = page()->timelinePane()->view();
    view->setFocus();
    view->setCurrentIndex(page()->timelineModel()->index(rowOf(Kind::Case, m_screen.supportCase), 0));
    QTest::keyClick(view, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY((history = page()->findChild<ui::HistoryDialog *>()) != nullptr);
    QVERIFY(history->windowTitle().contains(QStringLiteral("Support case #%1").arg(m_screen.supportCase)));
    QVERIFY(history->revisions().isEmpty());
    QVERIFY(history->messageLabel()->isVisibleTo(history));
}

void TestClientPage::speaksJapanese()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::Japanese));
    MainWindow window(m_db->session()); // cleanup() goes back to English
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openClient(m_screen.client);
    ClientPage *p = window.clientPage();
    QCOMPARE(p->header()->ageLabel()->text(), QStringLiteral("46歳 (1980年4月1日) · 男性"));
    QCOMPARE(p->header()->findChild<ui::Chip *>(QStringLiteral("confidentialAddressFlag"))->text(),
        QStringLiteral("住所秘匿"));
    QCOMPARE(p->timelinePane()->filterButton(std::nullopt)->text(), QStringLiteral("すべて"));
    QCOMPARE(p->timelinePane()->filterButton(Kind::Disclosure)->text(), QStringLiteral("提供"));
    const ClientTimelineModel *model = p->timelineModel();
    QCOMPARE(model->headerData(ClientTimelineModel::DateColumn, Qt::Horizontal).toString(), QStringLiteral("日付"));
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ClientTimelineModel::IdRole).toLongLong() == m_screen.latestConsultation
            && model->index(row, 0).data(ClientTimelineModel::KindRole).value<Kind>() == Kind::Consultation) {
            QCOMPARE(model->index(row, ClientTimelineModel::KindColumn).data().toString(), QStringLiteral("相談"));
            QCOMPARE(
                model->index(row, ClientTimelineModel::DateColumn).data().toString(), QStringLiteral("2026年11月18日"));
            QVERIFY(model->index(row, ClientTimelineModel::SummaryColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("電話")));
        }
    }
    ui::ConsentCard *expiring = p->consentsPane()->card(m_screen.expiringConsent);
    QCOMPARE(expiring->categoryChips().first()->text(), QStringLiteral("健康・医療情報"));
    QVERIFY2(expiring->statusText().contains(QStringLiteral("12")), qPrintable(expiring->statusText()));
    QCOMPARE(p->button(QStringLiteral("logConsultationButton"))->accessibleName(), QStringLiteral("相談を記録"));
}

QTEST_MAIN(TestClientPage)
#include "tst_clientpage.moc"
