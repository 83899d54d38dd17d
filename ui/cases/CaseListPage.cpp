// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/CaseListPage.h"

#include "ui/cases/CaseListModel.h"
#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

CaseListPage::CaseListPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseListModel(m_session.db(), m_session.clock(), this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("caseListPage"));
    setAccessibleName(tr("Support cases"));

    m_filter->setObjectName(QStringLiteral("caseFilter"));
    m_filter->setAccessibleName(tr("Which cases"));
    m_filter->addItem(tr("Open cases"), static_cast<int>(CaseListFilter::Open));
    m_filter->addItem(tr("Closed cases"), static_cast<int>(CaseListFilter::Closed));
    m_filter->addItem(tr("All cases"), static_cast<int>(CaseListFilter::All));
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    auto *sortNote = new QLabel(tr("Soonest follow-up first; overdue ones in bold."), this);
    sortNote->setForegroundRole(QPalette::PlaceholderText);

    m_view->setObjectName(QStringLiteral("caseListView"));
    m_view->setAccessibleName(tr("Support cases"));
    m_view->setAccessibleDescription(tr("Press Enter to open the client of the selected case."));
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

    // Widths from the font and the longest words, so that nothing is cut off.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    const auto atLeastHeader = [&](int column, int width) {
        m_view->setColumnWidth(
            column, std::max(width, widthOf(m_model->headerData(column, Qt::Horizontal).toString())));
    };
    const int dateWidth = std::max(widthOf(QStringLiteral("平成00年00月00日")), widthOf(QStringLiteral("0000-00-00")));
    int goalWidth = 0;
    for (std::size_t i = 0; i < enumCount<CaseGoal>(); ++i)
        goalWidth = std::max(goalWidth, widthOf(label(static_cast<CaseGoal>(i))));
    int stageWidth = 0;
    for (std::size_t i = 0; i < enumCount<CaseStage>(); ++i)
        stageWidth = std::max(stageWidth, widthOf(label(static_cast<CaseStage>(i))));
    atLeastHeader(CaseListModel::ReadingColumn, widthOf(QStringLiteral("あいうえおかきくけこさし")));
    atLeastHeader(CaseListModel::NameColumn, widthOf(QStringLiteral("山田山田山田山田")));
    atLeastHeader(CaseListModel::GoalColumn, goalWidth);
    atLeastHeader(CaseListModel::StageColumn, stageWidth);
    atLeastHeader(CaseListModel::OpenedColumn, dateWidth);
    atLeastHeader(CaseListModel::LastContactColumn, dateWidth);

    m_empty->setObjectName(QStringLiteral("caseListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(padding);
    bar->addWidget(sortNote);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &CaseListPage::onFilterChanged);
    connect(m_view, &QAbstractItemView::activated, this, &CaseListPage::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListPage::updateEmptyState);
    // Dates follow the era setting at once.
    connect(AppSettings::notifier(), &AppSettings::changed, m_view->viewport(), qOverload<>(&QWidget::update));
    reload();
}

void CaseListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // a case opened or closed elsewhere shows
}

void CaseListPage::reload()
{
    const qint64 selected = m_view->currentIndex().data(CaseListModel::CaseIdRole).toLongLong();
    m_model->reload();
    const int row = selected != 0 ? m_model->rowOfCase(selected) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, CaseListModel::NameColumn));
    else
        selectFirstIfNone();
}

void CaseListPage::selectFirstIfNone()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CaseListModel::NameColumn));
}

void CaseListPage::onFilterChanged()
{
    m_model->setFilter(static_cast<CaseListFilter>(m_filter->currentData().toInt()));
    selectFirstIfNone();
}

void CaseListPage::activateCurrent()
{
    onActivated(m_view->currentIndex());
}

void CaseListPage::onActivated(const QModelIndex &index)
{
    const qint64 clientId = index.data(CaseListModel::ClientIdRole).toLongLong();
    if (clientId != 0)
        emit clientActivated(clientId);
}

void CaseListPage::updateEmptyState()
{
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The support cases could not be read: %1").arg(m_model->lastError());
    else if (m_model->rowCount() == 0 && m_model->filter() == CaseListFilter::Open)
        text = tr("No open support cases. A case is opened from a client's screen (Support cases tab).");
    else if (m_model->rowCount() == 0)
        text = tr("No support cases to show.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
}

} // namespace tsunagu::ui
