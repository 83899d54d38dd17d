// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/today/WorkListSection.h"

#include "ui/today/WorkListModel.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

using worklist::WorkKind;

WorkListSection::WorkListSection(WorkKind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new WorkListModel(kind, this))
    , m_title(new QLabel(this))
    , m_view(new QListView(this))
    , m_empty(new QLabel(this))
{
    const QString code = QString::number(static_cast<int>(kind));
    setObjectName(QStringLiteral("workList") + code);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_title->setFont(font);
    m_title->setObjectName(QStringLiteral("workListTitle") + code);
    m_view->setObjectName(QStringLiteral("workListView") + code);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(true);
    m_view->setAccessibleDescription(tr("Press Enter to open the record."));
    m_empty->setObjectName(QStringLiteral("workListEmpty") + code);
    m_empty->setWordWrap(true);
    m_empty->setIndent(m_title->fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_title->setBuddy(m_view);
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);

    connect(m_view, &QAbstractItemView::activated, this, &WorkListSection::onActivated);
    refresh();
}

QString WorkListSection::title(WorkKind kind)
{
    switch (kind) {
    case WorkKind::ExpiringConsent:
        return tr("Consents ending within 30 days");
    case WorkKind::UnansweredReferral:
        return tr("Referrals without an answer");
    case WorkKind::MilestoneDue:
        return tr("Retention checks and milestones due");
    case WorkKind::QuietCase:
        return tr("Cases without contact");
    case WorkKind::FollowUp:
        return tr("Follow-ups for today");
    }
    return {};
}

QString WorkListSection::emptyText(WorkKind kind)
{
    switch (kind) {
    case WorkKind::ExpiringConsent:
        return tr("No consent ends in the next 30 days.");
    case WorkKind::UnansweredReferral:
        return tr("Every referral sent has had an answer. Nothing to chase.");
    case WorkKind::MilestoneDue:
        return tr("No retention check or milestone is due this week.");
    case WorkKind::QuietCase:
        return tr("Every open case has been in touch recently.");
    case WorkKind::FollowUp:
        return tr("No follow-up is planned for today.");
    }
    return {};
}

void WorkListSection::setItems(const QList<worklist::WorkItem> &items)
{
    m_model->setItems(items);
    m_empty->setText(emptyText(m_kind));
    refresh();
}

void WorkListSection::setFailure(const QString &message)
{
    m_model->setItems({});
    m_empty->setText(tr("This list could not be read: %1").arg(message));
    refresh();
}

void WorkListSection::refresh()
{
    const int rows = m_model->rowCount();
    m_title->setText(tr("%1 (%2)").arg(title(m_kind)).arg(rows));
    m_view->setAccessibleName(title(m_kind));
    if (m_empty->text().isEmpty())
        m_empty->setText(emptyText(m_kind));
    m_view->setVisible(rows > 0);
    m_empty->setVisible(rows == 0);
    if (rows > 0) {
        const int rowHeight = std::max(m_view->sizeHintForRow(0), m_view->fontMetrics().height());
        const int frame = m_view->frameWidth() * 2;
        m_view->setFixedHeight(rowHeight * std::min(rows, visibleRows) + frame + 2);
        // A starting point for the keyboard, without highlighting anything.
        if (!m_view->currentIndex().isValid())
            m_view->selectionModel()->setCurrentIndex(m_model->index(0), QItemSelectionModel::NoUpdate);
    }
}

void WorkListSection::onActivated(const QModelIndex &index)
{
    if (const worklist::WorkItem *item = m_model->itemAt(index.row()))
        emit itemActivated(*item);
}

} // namespace tsunagu::ui
