// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/TimelinePane.h"

#include "ui/clients/ClientTimelineModel.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

namespace {
// Button ids in the group: -1 is not allowed by QButtonGroup's auto ids, so
// the kinds count from 1 and 0 is すべて.
constexpr int allId = 0;
int idOf(TimelineEntry::Kind kind)
{
    return static_cast<int>(kind) + 1;
}
} // namespace

TimelinePane::TimelinePane(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new ClientTimelineModel(session, this))
    , m_view(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_filters(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("timelinePane"));

    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setAccessibleDescription(tr("Newest first. Press Enter to open the selected record."));
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
    m_view->horizontalHeader()->setSectionResizeMode(ClientTimelineModel::SummaryColumn, QHeaderView::Stretch);

    // Widths from the font, so that nothing is cut off at any size or scale.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M')) * 2;
    const auto widthOf = [&](const QString &sample) { return metrics.horizontalAdvance(sample) + padding; };
    m_view->setColumnWidth(ClientTimelineModel::DateColumn,
        std::max({ widthOf(QStringLiteral("0000年00月00日")), widthOf(QStringLiteral("平成00年00月00日")),
            widthOf(m_model->headerData(ClientTimelineModel::DateColumn, Qt::Horizontal).toString()) }));
    int kindWidth = widthOf(m_model->headerData(ClientTimelineModel::KindColumn, Qt::Horizontal).toString());
    for (int k = 0; k < TimelineEntry::kindCount; ++k)
        kindWidth = std::max(kindWidth, widthOf(ClientTimelineModel::kindLabel(static_cast<TimelineEntry::Kind>(k))));
    m_view->setColumnWidth(ClientTimelineModel::KindColumn, kindWidth);
    m_view->setColumnWidth(ClientTimelineModel::StaffColumn, widthOf(QStringLiteral("山田山田山田")));

    // The history of one record: from the context menu or Ctrl+Shift+H.
    auto *history = new QAction(tr("History of this record"), m_view);
    history->setObjectName(QStringLiteral("recordHistoryAction"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history->setShortcutContext(Qt::WidgetShortcut);
    connect(history, &QAction::triggered, this, &TimelinePane::requestHistoryOfCurrent);
    m_view->addAction(history);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_emptyLabel->setObjectName(QStringLiteral("timelineEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createFilterBar());
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);

    connect(m_view, &QAbstractItemView::activated, this, &TimelinePane::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePane::updateEmptyState);
    connect(m_model, &ClientTimelineModel::loadFailed, this, &TimelinePane::updateEmptyState);
}

QWidget *TimelinePane::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("timelineFilterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    const auto addButton = [&](int id, const QString &text, const QString &objectName) {
        auto *button = new QToolButton(bar);
        button->setObjectName(objectName);
        button->setText(text);
        button->setAccessibleName(tr("Show: %1").arg(text));
        button->setCheckable(true);
        button->setAutoExclusive(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_filters->addButton(button, id);
        layout->addWidget(button);
    };
    addButton(allId, tr("All"), QStringLiteral("filterAll"));
    const QString names[] = { QStringLiteral("filterConsultation"), QStringLiteral("filterCase"),
        QStringLiteral("filterReferral"), QStringLiteral("filterConsent"), QStringLiteral("filterDisclosure") };
    for (int k = 0; k < TimelineEntry::kindCount; ++k) {
        const auto kind = static_cast<TimelineEntry::Kind>(k);
        addButton(idOf(kind), ClientTimelineModel::kindLabel(kind), names[k]);
    }
    m_filters->button(allId)->setChecked(true);
    layout->addStretch();
    connect(m_filters, &QButtonGroup::idClicked, this, &TimelinePane::onFilterClicked);
    return bar;
}

QAbstractButton *TimelinePane::filterButton(std::optional<TimelineEntry::Kind> kind) const
{
    return m_filters->button(kind ? idOf(*kind) : allId);
}

void TimelinePane::setClientId(qint64 clientId)
{
    m_model->setClientId(clientId);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClientTimelineModel::SummaryColumn));
}

void TimelinePane::reload()
{
    m_model->reload();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClientTimelineModel::SummaryColumn));
}

bool TimelinePane::selectRecord(TimelineEntry::Kind kind, qint64 id)
{
    const int row = m_model->showRecord(kind, id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, ClientTimelineModel::SummaryColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void TimelinePane::focusView()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void TimelinePane::onFilterClicked(int id)
{
    if (id == allId)
        m_model->setKindFilter(std::nullopt);
    else
        m_model->setKindFilter(static_cast<TimelineEntry::Kind>(id - 1));
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ClientTimelineModel::SummaryColumn));
}

void TimelinePane::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit recordActivated(index.data(ClientTimelineModel::KindRole).value<TimelineEntry::Kind>(),
        index.data(ClientTimelineModel::IdRole).toLongLong());
}

void TimelinePane::requestHistoryOfCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    emit recordHistoryRequested(index.data(ClientTimelineModel::KindRole).value<TimelineEntry::Kind>(),
        index.data(ClientTimelineModel::IdRole).toLongLong());
}

void TimelinePane::updateEmptyState()
{
    QString text;
    if (!m_model->lastError().isEmpty())
        text = tr("The timeline could not be read: %1").arg(m_model->lastError());
    else if (m_model->rowCount() == 0 && m_model->kindFilter())
        text = tr("Nothing of this kind yet.");
    else if (m_model->rowCount() == 0)
        text = tr("Nothing recorded yet. Log the first consultation with Ctrl+N.");
    m_emptyLabel->setText(text);
    m_emptyLabel->setVisible(!text.isEmpty());
}

} // namespace tsunagu::ui
