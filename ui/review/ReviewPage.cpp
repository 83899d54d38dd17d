// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/review/ReviewPage.h"

#include "privacy/DisclosureLog.h"
#include "repo/StaffRepository.h"
#include "ui/review/ReviewQueueModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

ReviewPage::ReviewPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_notForYou(new QLabel(this))
    , m_model(new ReviewQueueModel(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_details(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_question(new QPushButton(tr("&Question"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    setAccessibleName(tr("Awaiting review"));

    m_notForYou->setObjectName(QStringLiteral("reviewNotForYou"));
    m_notForYou->setWordWrap(true);
    m_notForYou->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notForYou->setText(tr("This page is for supervisors: they review every disclosure made under a legal exception, "
                            "without the person's consent. Ask a supervisor if one of yours needs their attention."));

    m_view->setObjectName(QStringLiteral("reviewView"));
    m_view->setAccessibleName(tr("Disclosures awaiting review"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(
        ReviewQueueModel::WhenColumn, fontMetrics().horizontalAdvance(QStringLiteral("0000年00月00日 00:00")) + em);
    m_view->setColumnWidth(ReviewQueueModel::ClientColumn, em * 14);
    m_view->setColumnWidth(ReviewQueueModel::RecipientColumn, em * 12);
    m_view->setColumnWidth(ReviewQueueModel::JustificationColumn, em * 16);
    m_empty->setObjectName(QStringLiteral("reviewEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing awaits review: no disclosure under a legal exception is waiting for you."));
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    m_note->setAccessibleName(tr("Review note"));
    m_note->setPlaceholderText(tr("Your note (required to question a disclosure)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setAccessibleName(tr("Approve the selected disclosure"));
    m_question->setObjectName(QStringLiteral("questionButton"));
    m_question->setAccessibleName(tr("Question the selected disclosure"));
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *queue = new QWidget(this);
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_question);
    actions->addWidget(m_approve);
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addWidget(m_empty);
    queueLayout->addWidget(m_view, 1);
    queueLayout->addWidget(m_details);
    queueLayout->addWidget(m_note);
    queueLayout->addLayout(actions);
    queueLayout->addWidget(m_message);

    m_stack->addWidget(m_notForYou);
    m_stack->addWidget(queue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approveSelected);
    connect(m_question, &QPushButton::clicked, this, &ReviewPage::questionSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReviewPage::showDetails);
    reload();
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void ReviewPage::reload()
{
    const Result<Staff> me = StaffRepository(m_session).get(m_session.staffId());
    m_supervisor = me && (me->role == StaffRole::Supervisor || me->role == StaffRole::Admin);
    m_stack->setCurrentIndex(m_supervisor ? 1 : 0);
    if (!m_supervisor) {
        m_model->setRecords({}, {});
        return;
    }
    const qint64 selected = m_view->currentIndex().data(ReviewQueueModel::IdRole).toLongLong();
    const Result<QList<privacy::DisclosureRecord>> queue = privacy::DisclosureLog(m_session).reviewQueue();
    QHash<qint64, QString> names;
    if (const Result<QList<Staff>> staff = StaffRepository(m_session).list(false)) {
        for (const Staff &s : *staff)
            names.insert(s.id, s.name);
    }
    m_model->setRecords(queue ? *queue : QList<privacy::DisclosureRecord>(), names);
    if (!queue)
        m_empty->setText(tr("The review queue could not be read: %1").arg(queue.error().message));
    m_empty->setVisible(!queue || queue->isEmpty());
    m_view->setVisible(queue && !queue->isEmpty());
    const int row = m_model->rowOf(selected);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
    showDetails();
}

void ReviewPage::showDetails()
{
    const privacy::DisclosureRecord *r = m_model->recordAt(m_view->currentIndex().row());
    const bool any = r != nullptr;
    m_details->setVisible(any);
    m_note->setEnabled(any);
    m_approve->setEnabled(any);
    m_question->setEnabled(any);
    if (!any)
        return;
    m_details->setText(
        tr("Disclosure record no. %1: %2 → %3\nInformation: %4\nGround: %5\nJustification: %6")
            .arg(QString::number(r->id), r->clientLabel, r->recipientLabel, r->categories.toLabels(tr(", ")),
                r->exception ? label(*r->exception) : QString(), r->justification));
}

void ReviewPage::approveSelected()
{
    review(true);
}

void ReviewPage::questionSelected()
{
    review(false);
}

void ReviewPage::review(bool approved)
{
    const privacy::DisclosureRecord *r = m_model->recordAt(m_view->currentIndex().row());
    if (!r)
        return;
    if (!approved && m_note->toPlainText().trimmed().isEmpty()) {
        m_message->setText(tr("Write what you question in the note: the staff member reads it."));
        m_message->show();
        m_note->setFocus(Qt::OtherFocusReason);
        return;
    }
    const qint64 id = r->id;
    if (Status s = privacy::DisclosureLog(m_session).review(id, approved, m_note->toPlainText()); !s) {
        m_message->setText(s.error().message);
        m_message->show();
        return;
    }
    m_note->clear();
    m_message->setText(approved ? tr("Disclosure record no. %1 approved.").arg(id)
                                : tr("Disclosure record no. %1 questioned; your note is kept with it.").arg(id));
    m_message->show();
    reload();
}

} // namespace tsunagu::ui
