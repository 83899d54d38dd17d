// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientListPage.h"

#include "ui/clients/ClientListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

ClientListPage::ClientListPage(const storage::Database &db, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_model(new ClientListModel(db, clock, this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    setAccessibleName(tr("Clients"));

    m_view->setObjectName(QStringLiteral("clientListView"));
    m_view->setAccessibleName(tr("Clients"));
    m_view->setAccessibleDescription(tr("Press Enter to open the selected client."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    // Widths from the font, so that nothing is cut off at any size or scale.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    m_view->setColumnWidth(ClientListModel::ReadingColumn, widthOf(QStringLiteral("あいうえおかきくけこさしすせ")));
    m_view->setColumnWidth(ClientListModel::NameColumn, widthOf(QStringLiteral("山田山田山田山田山")));
    m_view->setColumnWidth(ClientListModel::BirthDateColumn,
        std::max(widthOf(QStringLiteral("平成00年00月00日")), widthOf(QStringLiteral("0000-00-00"))));
    m_view->setColumnWidth(ClientListModel::AgeColumn,
        std::max(widthOf(QStringLiteral("000歳")),
            widthOf(m_model->headerData(ClientListModel::AgeColumn, Qt::Horizontal).toString())));

    m_emptyLabel->setObjectName(QStringLiteral("clientListEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(0);
    connect(&m_searchTimer, &QTimer::timeout, this, &ClientListPage::runSearch);
    connect(m_view, &QAbstractItemView::activated, this, &ClientListPage::onActivated);
    connect(m_model, &ClientListModel::searchFailed, this, &ClientListPage::onSearchFailed);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClientListPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ClientListPage::updateEmptyState);

    reload();
}

QString ClientListPage::searchText() const
{
    return m_searchTimer.isActive() ? m_pendingText : m_model->searchText();
}

void ClientListPage::setSearchText(const QString &text)
{
    m_pendingText = text;
    m_searchTimer.start();
}

void ClientListPage::reload()
{
    m_searchTimer.stop();
    m_pendingText = m_model->searchText();
    runSearch();
}

void ClientListPage::runSearch()
{
    m_failure.clear();
    m_model->setSearchText(m_pendingText);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClientListModel::ReadingColumn));
    updateEmptyState();
}

void ClientListPage::activateCurrent()
{
    if (m_searchTimer.isActive()) { // Enter typed right after the last letter
        m_searchTimer.stop();
        runSearch();
    }
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0, ClientListModel::ReadingColumn);
    if (index.isValid())
        onActivated(index);
}

void ClientListPage::focusList()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClientListModel::ReadingColumn));
    m_view->setFocus(Qt::OtherFocusReason);
}

void ClientListPage::onActivated(const QModelIndex &index)
{
    const qint64 id = index.data(ClientListModel::IdRole).toLongLong();
    if (id > 0)
        emit clientActivated(id);
}

void ClientListPage::onSearchFailed(const QString &message)
{
    m_failure = message;
    updateEmptyState();
}

void ClientListPage::updateEmptyState()
{
    QString text;
    if (!m_failure.isEmpty())
        text = tr("The search could not run: %1").arg(m_failure);
    else if (m_model->rowCount() == 0 && m_model->searchText().trimmed().isEmpty())
        text = tr("No clients yet.");
    else if (m_model->rowCount() == 0)
        text = tr("No client matches “%1”. Try the reading in kana, or fewer letters.").arg(m_model->searchText());
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
}

} // namespace tsunagu::ui
