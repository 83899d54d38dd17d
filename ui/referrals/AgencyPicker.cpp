// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/AgencyPicker.h"

#include "repo/AgencyRepository.h"
#include "ui/agencies/AgencyListModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

AgencyPicker::AgencyPicker(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AgencyListModel(this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("agencySearch"));
    m_search->setPlaceholderText(tr("Agency name"));
    m_search->setAccessibleName(tr("Search agencies by name"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_kind->setObjectName(QStringLiteral("agencyKindChoice"));
    m_kind->setAccessibleName(tr("Kind of agency"));
    m_kind->addItem(tr("All kinds"), -1);
    for (std::size_t i = 0; i < enumCount<AgencyKind>(); ++i)
        m_kind->addItem(label(static_cast<AgencyKind>(i)), static_cast<int>(i));

    m_view->setObjectName(QStringLiteral("agencyChoice"));
    m_view->setAccessibleName(tr("Agencies"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int column : { AgencyListModel::PhoneColumn, AgencyListModel::ContactColumn })
        m_view->setColumnHidden(column, true);
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(
        AgencyListModel::NameColumn, metrics.horizontalAdvance(QStringLiteral("福岡県難病相談支援センター")) + padding);
    m_view->setColumnWidth(
        AgencyListModel::KindColumn, metrics.horizontalAdvance(QStringLiteral("難病相談支援センター")) + padding);
    m_view->setMinimumHeight(metrics.lineSpacing() * 8);

    m_empty->setObjectName(QStringLiteral("agencyChoiceEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    setFocusProxy(m_search);
    connect(m_search, &QLineEdit::textChanged, this, &AgencyPicker::search);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AgencyPicker::search);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AgencyPicker::onCurrentChanged);
    search();
}

qint64 AgencyPicker::agencyId() const
{
    return m_current;
}

QString AgencyPicker::agencyName() const
{
    const int row = m_model->rowOf(m_current);
    const Agency *agency = m_model->agencyAt(row);
    return agency ? agency->name : QString();
}

void AgencyPicker::setAgencyId(qint64 agencyId)
{
    int row = m_model->rowOf(agencyId);
    if (row < 0 && agencyId != 0) { // filtered out: show everything again
        m_search->clear();
        m_kind->setCurrentIndex(0);
        row = m_model->rowOf(agencyId);
    }
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, AgencyListModel::NameColumn));
    else
        m_view->setCurrentIndex({});
    onCurrentChanged();
}

bool AgencyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_model->index(0, AgencyListModel::NameColumn));
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgencyPicker::search()
{
    const int kind = m_kind->currentData().toInt();
    const std::optional<AgencyKind> kindFilter
        = kind >= 0 ? std::optional<AgencyKind>(static_cast<AgencyKind>(kind)) : std::nullopt;
    const Result<QList<Agency>> found = AgencyRepository(m_session).search(m_search->text(), kindFilter);
    const qint64 previous = m_current;
    m_model->setAgencies(found ? *found : QList<Agency>());
    const int row = m_model->rowOf(previous);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, AgencyListModel::NameColumn));
    if (!found)
        m_empty->setText(tr("The directory could not be read: %1").arg(found.error().message));
    else if (found->isEmpty())
        m_empty->setText(tr("No active agency matches. Agencies are added in the Partner agencies section."));
    m_empty->setVisible(!found || found->isEmpty());
    onCurrentChanged();
}

void AgencyPicker::onCurrentChanged()
{
    const QModelIndex index = m_view->currentIndex();
    const qint64 id = index.isValid() ? index.data(AgencyListModel::IdRole).toLongLong() : 0;
    if (id == m_current)
        return;
    m_current = id;
    emit agencyChanged(id);
}

} // namespace tsunagu::ui
