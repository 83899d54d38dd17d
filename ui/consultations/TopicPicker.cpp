// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/TopicPicker.h"

#include "text/Normalizer.h"
#include "ui/consultations/EnumCheckModel.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

namespace {
constexpr int columns = 3;
} // namespace

TopicPicker::TopicPicker(EnumCheckModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(EnumCheckModel::SearchKeyRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setObjectName(QStringLiteral("topicFilter"));
    m_filter->setPlaceholderText(tr("Type to filter, Space to tick"));
    m_filter->setAccessibleName(tr("Topics"));
    m_filter->setAccessibleDescription(
        tr("Type to filter the topics, Up and Down to move, Space to tick or untick the highlighted topic."));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_view->setObjectName(QStringLiteral("topicList"));
    m_view->setAccessibleName(tr("Topics"));
    m_view->setModel(m_proxy);
    m_view->setFocusPolicy(Qt::NoFocus); // the keyboard stays in the filter
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // In columns as wide as the longest topic, all of them in view.
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // all rows are in view
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(m_model->index(row).data().toString()));
    const int indicator = m_view->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_view);
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QSize grid(widest + indicator + 2 * em, m_view->sizeHintForRow(0) + 2);
    m_view->setGridSize(grid);
    // Room for three columns and every row: nothing to scroll to.
    const int rows = (m_model->rowCount() + columns - 1) / columns;
    const int frame = 2 * m_view->frameWidth() + 4;
    m_view->setMinimumWidth(columns * grid.width() + frame + em);
    m_view->setFixedHeight(rows * grid.height() + frame);

    setFocusProxy(m_filter);
    setFocusPolicy(Qt::StrongFocus);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &TopicPicker::onFilterChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TopicPicker::showCurrent);
    ensureCurrent();
}

// The highlight shows which topic Space ticks: only while typing here.
void TopicPicker::showCurrent()
{
    if (!m_view->selectionModel())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (m_filter->hasFocus() && current.isValid())
        m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clearSelection();
}

int TopicPicker::visibleCount() const
{
    return m_proxy->rowCount();
}

// Each change of the filter highlights its first match, ready for Space.
void TopicPicker::onFilterChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text::searchKey(text));
    m_view->setCurrentIndex(m_proxy->index(0, 0));
}

// The highlighted topic is always one the filter lets through: the first, when
// the filter hid the previous one.
void TopicPicker::ensureCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() || m_proxy->rowCount() == 0)
        return;
    m_view->setCurrentIndex(m_proxy->index(0, 0));
}

void TopicPicker::toggleCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(current);
    m_model->setChecked(source.row(), !m_model->isChecked(source.row()));
}

bool TopicPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        QTimer::singleShot(0, this, &TopicPicker::showCurrent);
    if (watched != m_filter || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // The previous or next topic in reading order, whatever the columns.
        const int rows = m_proxy->rowCount();
        if (rows == 0)
            return true;
        const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
        const int next = key->key() == Qt::Key_Down ? std::min(current + 1, rows - 1) : std::max(current - 1, 0);
        m_view->setCurrentIndex(m_proxy->index(next, 0));
        return true;
    }
    case Qt::Key_Space:
        toggleCurrent();
        return true;
    case Qt::Key_Escape:
        if (m_filter->text().isEmpty())
            return false; // the dialog decides
        m_filter->clear();
        return true;
    default:
        return false;
    }
}

} // namespace tsunagu::ui
