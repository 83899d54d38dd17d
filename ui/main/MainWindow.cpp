// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/MainWindow.h"

#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"
#include "ui/clients/ClientListPage.h"
#include "ui/common/PlaceholderPage.h"
#include "ui/search/SearchField.h"

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

    showSection(Section::Clients);
    refreshStatus();
    resize(1000, 640);
    m_searchField->setFocus(Qt::OtherFocusReason);
}

Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

void MainWindow::showSection(Section section)
{
    m_sectionList->setCurrentRow(static_cast<int>(section));
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
    return new PlaceholderPage(SectionList::title(section), this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
    statusBar()->showMessage(tr("The client screen comes in a later version."), 5000);
    emit clientActivated(clientId);
}

} // namespace tsunagu::ui
