// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/agencies/AgencyPage.h"
#include "ui/backup/BackupSettingsPage.h"
#include "ui/backup/BackupStatus.h"
#include "ui/backup/DataSafety.h"
#include "ui/cases/CaseListPage.h"
#include "ui/clients/ClientEditDialog.h"
#include "ui/clients/ClientListPage.h"
#include "ui/clients/ClientPage.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PlaceholderPage.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/consultations/DraftPrompt.h"
#include "ui/importer/ImportWizard.h"
#include "ui/referrals/ReferralDialog.h"
#include "ui/referrals/ReferralListPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/search/NoteHitsPane.h"
#include "ui/search/SearchField.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/statistics/StatisticsPage.h"
#include "ui/today/TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
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
    m_safety = new DataSafety(m_session, this);

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
    layout->addWidget(m_safety->bannerArea()); // read-only, damaged: across the top
    layout->addWidget(createTopBar());
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    statusBar()->addPermanentWidget(m_safety->status());
    statusBar()->addPermanentWidget(m_statusLabel);
    connect(m_safety, &DataSafety::dataReplaced, this, [this] {
        showSection(Section::Today); // the client on screen may not be in the backup
        reloadData();
    });
    connect(m_safety, &DataSafety::recoveryRequested, this, &MainWindow::recoveryRequested);

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
    connect(m_clientPage, &ClientPage::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_clientPage, &ClientPage::clientChanged, this, [this] {
        m_clientListPage->reload();
        m_noteHits->setSearchText(m_searchField->text()); // an erased person's notes are gone
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
        connect(this, &MainWindow::dataReloaded, m_clientListPage, &ClientListPage::reload);
        // The global search's results: people by name or reading above,
        // consultations by the words of their notes below.
        m_noteHits = new NoteHitsPane(m_session, this);
        connect(m_noteHits, &NoteHitsPane::consultationActivated, this, &MainWindow::openConsultation);
        auto *results = new QSplitter(Qt::Vertical, this);
        results->setObjectName(QStringLiteral("searchResults"));
        results->setChildrenCollapsible(false);
        results->addWidget(m_clientListPage);
        results->addWidget(m_noteHits);
        results->setStretchFactor(0, 3);
        results->setStretchFactor(1, 2);
        return results;
    }
    if (section == Section::Today) {
        auto *today = new TodayPage(m_session, this);
        connect(today, &TodayPage::clientActivated, this, &MainWindow::onClientActivated);
        connect(this, &MainWindow::dataReloaded, today, &TodayPage::reload);
        return today;
    }
    if (section == Section::Cases) {
        auto *cases = new CaseListPage(m_session, this);
        connect(cases, &CaseListPage::clientActivated, this, &MainWindow::onClientActivated);
        connect(this, &MainWindow::dataReloaded, cases, &CaseListPage::reload);
        return cases;
    }
    if (section == Section::Referrals) {
        auto *referrals = new ReferralListPage(m_session, this);
        connect(referrals, &ReferralListPage::clientActivated, this, &MainWindow::onClientActivated);
        connect(this, &MainWindow::dataReloaded, referrals, &ReferralListPage::reload);
        return referrals;
    }
    if (section == Section::Agencies) {
        auto *agencies = new AgencyPage(m_session, this);
        connect(this, &MainWindow::dataReloaded, agencies, &AgencyPage::reload);
        return agencies;
    }
    if (section == Section::Statistics) {
        auto *statistics = new StatisticsPage(m_session, this);
        connect(this, &MainWindow::dataReloaded, statistics, &StatisticsPage::refresh);
        return statistics;
    }
    if (section == Section::Review) {
        auto *review = new ReviewPage(m_session, this);
        connect(this, &MainWindow::dataReloaded, review, &ReviewPage::reload);
        return review;
    }
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
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importData);
    import->setObjectName(QStringLiteral("importAction"));
    if (m_session.db().isReadOnly()) {
        for (QAction *write : {newClient, consultation, import})
            write->setEnabled(false); // Restore… is disabled by DataSafety
    }
    file->addSeparator();
    file->addAction(m_safety->backupNowAction());
    file->addAction(m_safety->restoreAction());
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
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
    m_noteHits->setSearchText(text);
}

void MainWindow::openConsultation(qint64 clientId, qint64 consultationId)
{
    openClient(clientId);
    m_clientPage->openRecord(TimelineEntry::Kind::Consultation, consultationId);
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
    if (refuseWhenReadOnly())
        return;
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
    if (refuseWhenReadOnly())
        return;
    auto *dialog = new ReferralDialog(m_session, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralDialog::referralMade, m_clientPage, &ClientPage::reload);
    dialog->open();
}

void MainWindow::recordConsent(qint64 clientId)
{
    if (refuseWhenReadOnly())
        return;
    auto *dialog = new ConsentDialog(m_session, clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConsentDialog::consentsRecorded, m_clientPage, &ClientPage::reload);
    dialog->open();
}

void MainWindow::logConsultation(qint64 clientId)
{
    if (refuseWhenReadOnly())
        return;
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

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *backups = new BackupSettingsPage(m_session.db().path());
    dialog->addPage(tr("&Backups"), backups);
    connect(dialog, &SettingsDialog::applied, backups, &BackupSettingsPage::save);
    connect(dialog, &SettingsDialog::applied, this, [this] {
        if (m_pages->currentWidget() == m_clientPage && m_clientPage->clientId() != 0)
            m_clientPage->reload(); // dates in the chosen style
    });
    dialog->open();
}

void MainWindow::offerDrafts()
{
    if (m_session.db().isReadOnly())
        return; // a draft could be neither saved nor thrown away
    for (const drafts::Draft &draft : DraftPrompt::ask(m_session, this)) {
        if (ConsultationDialog *dialog = ConsultationDialog::openDraft(m_session, draft, this))
            connect(dialog, &ConsultationDialog::saved, this, &MainWindow::onConsultationSaved, Qt::UniqueConnection);
    }
}

void MainWindow::importData()
{
    if (refuseWhenReadOnly())
        return;
    auto *wizard = new ImportWizard(m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::reloadData);
    wizard->open();
}

void MainWindow::reloadData()
{
    emit dataReloaded();
    if (m_pages->currentWidget() == m_clientPage && m_clientPage->clientId() != 0)
        m_clientPage->reload();
    refreshStatus();
}

void MainWindow::startBackgroundWork()
{
    m_safety->startBackgroundWork();
}

bool MainWindow::refuseWhenReadOnly()
{
    if (!m_session.db().isReadOnly())
        return false;
    MessageBoxes::warning(this, tr("The file is open read-only."),
        tr("Nothing can be added or changed in it. To work in it, open it from a folder you can write to."));
    return true;
}

} // namespace tsunagu::ui
