// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/ReferralListPage.h"

#include "ui/referrals/ReferralListModel.h"
#include "ui/referrals/ReferralStatusDialog.h"
#include "ui/settings/AppSettings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

ReferralListPage::ReferralListPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ReferralListModel(m_session.db(), m_session.clock(), this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_step(new QPushButton(tr("&Record a step…"), this))
{
    setObjectName(QStringLiteral("referralListPage"));
    setAccessibleName(tr("Referrals"));

    m_filter->setObjectName(QStringLiteral("referralFilter"));
    m_filter->setAccessibleName(tr("Which referrals"));
    m_filter->addItem(tr("All referrals"), static_cast<int>(ReferralListFilter::All));
    m_filter->addItem(tr("Open"), static_cast<int>(ReferralListFilter::Open));
    m_filter->addItem(tr("Awaiting an answer"), static_cast<int>(ReferralListFilter::AwaitingAnswer));
    m_filter->addItem(tr("In progress"), static_cast<int>(ReferralListFilter::InProgress));
    m_filter->addItem(tr("Closed"), static_cast<int>(ReferralListFilter::Closed));
    m_filter->setItemData(1, tr("Proposed, sent, accepted or first contact made"), Qt::ToolTipRole);
    m_filter->setItemData(2, tr("Sent, with no answer from the agency yet"), Qt::ToolTipRole);
    m_filter->setItemData(3, tr("Proposed, accepted or first contact made"), Qt::ToolTipRole);
    m_filter->setItemData(4, tr("Completed, declined or withdrawn"), Qt::ToolTipRole);
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(m_filter);
    auto *sortNote = new QLabel(tr("Newest first."), this);
    sortNote->setForegroundRole(QPalette::PlaceholderText);

    m_step->setObjectName(QStringLiteral("referralStepButton"));
    m_step->setAutoDefault(false);
    m_step->setToolTip(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText));
    auto *stepAction = new QAction(this);
    stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    stepAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(stepAction, &QAction::triggered, m_step, &QPushButton::click);
    addAction(stepAction);

    m_view->setObjectName(QStringLiteral("referralListView"));
    m_view->setAccessibleName(tr("Referrals"));
    m_view->setAccessibleDescription(
        tr("Press Enter to open the client of the selected referral, Ctrl+R to record its next step."));
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
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // The agency's name takes the room left: some are long (障害者就業・生活支援センター…).
    m_view->horizontalHeader()->setSectionResizeMode(ReferralListModel::AgencyColumn, QHeaderView::Stretch);

    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    const auto atLeastHeader = [&](int column, int width) {
        m_view->setColumnWidth(
            column, std::max(width, widthOf(m_model->headerData(column, Qt::Horizontal).toString())));
    };
    const int dateWidth = std::max(widthOf(QStringLiteral("平成00年00月00日")), widthOf(QStringLiteral("0000-00-00")));
    int purposeWidth = 0;
    for (std::size_t i = 0; i < enumCount<Purpose>(); ++i)
        purposeWidth = std::max(purposeWidth, widthOf(label(static_cast<Purpose>(i))));
    int statusWidth = 0;
    for (std::size_t i = 0; i < enumCount<ReferralStatus>(); ++i)
        statusWidth = std::max(statusWidth, widthOf(label(static_cast<ReferralStatus>(i))));
    atLeastHeader(ReferralListModel::ClientColumn, widthOf(QStringLiteral("山田山田山田山田")));
    atLeastHeader(ReferralListModel::ReadingColumn, widthOf(QStringLiteral("あいうえおかきくけこさし")));
    atLeastHeader(ReferralListModel::AgencyColumn, widthOf(QStringLiteral("福岡県難病相談支援センター")));
    atLeastHeader(ReferralListModel::PurposeColumn, std::min(purposeWidth, widthOf(QStringLiteral("MMMMMMMMMMMM"))));
    atLeastHeader(ReferralListModel::StatusColumn, statusWidth);
    atLeastHeader(ReferralListModel::ProposedColumn, dateWidth);
    atLeastHeader(ReferralListModel::LastEventColumn, dateWidth);
    atLeastHeader(ReferralListModel::WaitingColumn, widthOf(QStringLiteral("0000")));

    m_empty->setObjectName(QStringLiteral("referralListEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(filterLabel);
    bar->addWidget(m_filter);
    bar->addSpacing(padding);
    bar->addWidget(sortNote);
    bar->addStretch();
    bar->addWidget(m_step);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);
    setTabOrder(m_filter, m_view);
    setTabOrder(m_view, m_step);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &ReferralListPage::onFilterChanged);
    connect(m_view, &QAbstractItemView::activated, this, &ReferralListPage::onActivated);
    connect(m_step, &QPushButton::clicked, this, &ReferralListPage::recordStep);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReferralListPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ReferralListPage::updateEmptyState);
    connect(AppSettings::notifier(), &AppSettings::changed, m_view->viewport(), qOverload<>(&QWidget::update));
    reload();
}

void ReferralListPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // a referral made or moved on elsewhere shows
}

void ReferralListPage::reload()
{
    const qint64 selected = m_view->currentIndex().data(ReferralListModel::ReferralIdRole).toLongLong();
    m_model->reload();
    const int row = selected != 0 ? m_model->rowOfReferral(selected) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, ReferralListModel::ClientColumn));
    else
        selectFirstIfNone();
}

void ReferralListPage::selectFirstIfNone()
{
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ReferralListModel::ClientColumn));
}

void ReferralListPage::onFilterChanged()
{
    m_model->setFilter(static_cast<ReferralListFilter>(m_filter->currentData().toInt()));
    selectFirstIfNone();
}

void ReferralListPage::activateCurrent()
{
    onActivated(m_view->currentIndex());
}

void ReferralListPage::onActivated(const QModelIndex &index)
{
    const qint64 clientId = index.data(ReferralListModel::ClientIdRole).toLongLong();
    if (clientId != 0)
        emit clientActivated(clientId);
}

void ReferralListPage::recordStep()
{
    const qint64 referralId = m_view->currentIndex().data(ReferralListModel::ReferralIdRole).toLongLong();
    if (referralId == 0)
        return;
    auto *dialog = new ReferralStatusDialog(m_session, referralId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ReferralListPage::reload);
    dialog->open();
}

void ReferralListPage::updateEmptyState()
{
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The referrals could not be read: %1").arg(m_model->lastError());
    else if (m_model->rowCount() == 0 && m_model->filter() == ReferralListFilter::All)
        text = tr("No referrals yet. Refer a client from their screen (Refer).");
    else if (m_model->rowCount() == 0)
        text = tr("No referrals to show.");
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_step->setEnabled(m_model->rowCount() > 0);
}

} // namespace tsunagu::ui
