// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/agencies/AgencyPage.h"
#include "ui/clients/ClientEditDialog.h"
#include "ui/clients/ClientListPage.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/PlaceholderPage.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/DraftPrompt.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/search/SearchField.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/today/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace tsunagu::ui {

MainWindow::MainWindow(const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString fileName = QFileInfo(m_session.db().path()).fileName();
    setWindowTitle(QStringLiteral("つなぐ Tsunagu — ") + fileName);

    m_sectionList = new SectionList(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    for (int i = 0; i < sectionCount; ++i)
        m_pages->addWidget(createPage(static_cast<Section>(i)));
    // After the sections: the client screen, part of the clients section.
    m_clientPage = new ClientPage(m_session, this);
    m_pages->addWidget(m_clientPage);

    auto *body = new QHBoxLayout;
    body->addWidget(m_sectionList);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(createTopBar());
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_statusLabel);

    createActions();
    setTabOrder(m_searchField, m_sectionList);
    setTabOrder(m_sectionList, m_pages);

    connect(m_sectionList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_searchField, &QLineEdit::textChanged, this, &MainWindow::onSearchTextChanged);
    connect(m_searchField, &QLineEdit::returnPressed, m_clientListPage, &ClientListPage::activateCurrent);
    connect(m_searchField, &SearchField::downPressed, this, &MainWindow::onSearchDown);
    connect(m_clientListPage, &ClientListPage::clientActivated, this, &MainWindow::onClientActivated);
    connect(m_clientPage, &ClientPage::backRequested, this, [this] {
        showSection(Section::Clients);
        m_clientListPage->focusList();
    });
    connect(m_clientPage, &ClientPage::referralRequested, this, &MainWindow::referClient);
    connect(m_clientPage, &ClientPage::consentRequested, this, &MainWindow::recordConsent);
    connect(m_clientPage, &ClientPage::logConsultationRequested, this, &MainWindow::logConsultation);
    connect(this, &MainWindow::clientActivated, this, [this](qint64 clientId) {
        if (std::exchange(m_pickClientForConsultation, false))
            logConsultation(clientId);
    });
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            m_pickClientForConsultation = false; // Esc: no longer looking for whose consultation
    });
    connect(m_clientPage, &ClientPage::clientChanged, this, [this] {
        m_clientListPage->reload();
        refreshStatus();
    });

    showSection(Section::Today); // the start screen: what is due today
    refreshStatus();
    resize(1000, 640);
    m_searchField->setFocus(Qt::OtherFocusReason);
}

Section MainWindow::currentSection() const
{
    if (m_pages->currentWidget() == m_clientPage)
        return Section::Clients;
    return static_cast<Section>(m_pages->currentIndex());
}

void MainWindow::showSection(Section section)
{
    m_sectionList->setCurrentRow(static_cast<int>(section));
    m_pages->setCurrentIndex(static_cast<int>(section)); // from the client screen too
}

void MainWindow::focusSearch()
{
    m_searchField->setFocus(Qt::ShortcutFocusReason);
    m_searchField->selectAll();
}

void MainWindow::refreshStatus()
{
    const QString fileName = QFileInfo(m_session.db().path()).fileName();
    const Result<qint64> count = ClientRepository(m_session).count();
    const QString clients = count ? tr("%Ln client(s)", "", static_cast<int>(*count))
                                  : tr("client count unavailable: %1").arg(count.error().message);
    m_statusLabel->setText(fileName + QStringLiteral(" · ") + clients);
}

QWidget *MainWindow::createTopBar()
{
    m_searchField = new SearchField(this);

    auto *staff = new QLabel(this);
    staff->setObjectName(QStringLiteral("staffLabel"));
    const Result<Staff> member = StaffRepository(m_session).get(m_session.staffId());
    staff->setText(tr("Staff: %1").arg(member ? member->name : QString()));

    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_searchField, 1);
    layout->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    layout->addWidget(staff);
    return bar;
}

QWidget *MainWindow::createPage(Section section)
{
    if (section == Section::Clients) {
        m_clientListPage = new ClientListPage(m_session.db(), m_session.clock(), this);
        return m_clientListPage;
    }
    if (section == Section::Today) {
        auto *today = new TodayPage(m_session, this);
        connect(today, &TodayPage::clientActivated, this, &MainWindow::onClientActivated);
        return today;
    }
    if (section == Section::Agencies)
        return new AgencyPage(m_session, this);
    if (section == Section::Statistics)
        return new StatisticsPage(m_session, this);
    if (section == Section::Review)
        return new ReviewPage(m_session, this);
    return new PlaceholderPage(SectionList::title(section), this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newClient = file->addAction(tr("&New client…"), this, &MainWindow::registerClient);
    newClient->setObjectName(QStringLiteral("newClientAction"));
    newClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *consultation = file->addAction(tr("&Log a consultation…"), this, &MainWindow::logConsultationForOpenClient);
    consultation->setObjectName(QStringLiteral("logConsultationAction"));
    consultation->setShortcut(QKeySequence::New);
    // On the client screen its own 相談を記録 button has Ctrl+N; two actions on
    // one key would cancel each other out.
    connect(m_pages, &QStackedWidget::currentChanged, consultation, [this, consultation] {
        consultation->setShortcut(m_pages->currentWidget() == m_clientPage ? QKeySequence() : QKeySequence(QKeySequence::New));
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *find = go->addAction(tr("&Search"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence::Find);
    go->addSeparator();
    for (int i = 0; i < sectionCount; ++i) {
        const auto section = static_cast<Section>(i);
        QAction *show = go->addAction(SectionList::title(section), this, [this, section] { showSection(section); });
        show->setShortcut(SectionList::shortcut(section));
    }
}

void MainWindow::onSearchTextChanged(const QString &text)
{
    showSection(Section::Clients);
    m_clientListPage->setSearchText(text);
}

void MainWindow::onSearchDown()
{
    showSection(Section::Clients);
    m_clientListPage->focusList();
}

void MainWindow::onClientActivated(qint64 clientId)
{
    openClient(clientId);
    emit clientActivated(clientId);
}

void MainWindow::openClient(qint64 clientId)
{
    m_sectionList->setCurrentRow(static_cast<int>(Section::Clients));
    m_clientPage->setClientId(clientId);
    m_pages->setCurrentWidget(m_clientPage);
    m_clientPage->focusTimeline();
}

void MainWindow::registerClient()
{
    auto *dialog = new ClientEditDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ClientEditDialog::clientSaved, this, [this](qint64 clientId) {
        m_clientListPage->reload();
        refreshStatus();
        openClient(clientId);
    });
    dialog->open();
}

void MainWindow::referClient(qint64 clientId)
{
    auto *dialog = new ReferralDialog(m_session, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::referralMade, m_clientPage, &ClientPage::reload);
    dialog->open();
}

void MainWindow::recordConsent(qint64 clientId)
{
    auto *dialog = new ConsentDialog(m_session, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::consentsRecorded, m_clientPage, &ClientPage::reload);
    dialog->open();
}

void MainWindow::logConsultation(qint64 clientId)
{
    if (ConsultationDialog *dialog = ConsultationDialog::openFor(m_session, clientId, this))
        connect(dialog, &ConsultationDialog::saved, this, &MainWindow::onConsultationSaved, Qt::UniqueConnection);
}

void MainWindow::onConsultationSaved(qint64 clientId, qint64 consultationId)
{
    statusBar()->showMessage(tr("The consultation was saved."), 5000);
    if (m_clientPage->clientId() == clientId)
        m_clientPage->reload();
    emit consultationSaved(clientId, consultationId);
}

void MainWindow::logConsultationForOpenClient()
{
    if (m_pages->currentWidget() == m_clientPage && m_clientPage->clientId() != 0) {
        logConsultation(m_clientPage->clientId());
        return;
    }
    m_pickClientForConsultation = true;
    focusSearch();
    statusBar()->showMessage(tr("Whose consultation? Find the client and press Enter (Esc cancels)."), 15000);
}

void MainWindow::offerDrafts()
{
    for (const drafts::Draft &draft : DraftPrompt::ask(m_session, this)) {
        if (ConsultationDialog *dialog = ConsultationDialog::openDraft(m_session, draft, this))
            connect(dialog, &ConsultationDialog::saved, this, &MainWindow::onConsultationSaved, Qt::UniqueConnection);
    }
}

} // namespace tsunagu::ui
