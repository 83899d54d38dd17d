// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cases/CasePanel.h"

#include "ui/cases/CaseDialog.h"
#include "ui/cases/CaseTreeModel.h"
#include "ui/cases/JobStartDialog.h"
#include "ui/cases/MilestoneDoneDialog.h"
#include "ui/common/MessageBoxes.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace tsunagu::ui {

CasePanel::CasePanel(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseTreeModel(m_session, this))
    , m_view(new QTreeView(this))
    , m_emptyLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New case"), this))
    , m_editButton(new QPushButton(tr("&Change case…"), this))
    , m_jobStartButton(new QPushButton(tr("Record a &job start…"), this))
    , m_doneButton(new QPushButton(tr("Record as &done…"), this))
{
    setObjectName(QStringLiteral("casePanel"));
    setAccessibleName(tr("Support cases"));

    m_view->setObjectName(QStringLiteral("caseView"));
    m_view->setAccessibleName(tr("Support cases and milestones"));
    m_view->setAccessibleDescription(tr("Enter on a milestone records it as done; Enter on a case changes it."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_emptyLabel->setObjectName(QStringLiteral("caseEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No support case yet. \"New case\" opens one."));
    m_emptyLabel->hide();

    m_newButton->setObjectName(QStringLiteral("newCaseButton"));
    m_editButton->setObjectName(QStringLiteral("editCaseButton"));
    m_jobStartButton->setObjectName(QStringLiteral("jobStartButton"));
    m_doneButton->setObjectName(QStringLiteral("milestoneDoneButton"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : { m_newButton, m_editButton, m_jobStartButton, m_doneButton }) {
        button->setAutoDefault(false);
        actions->addWidget(button);
    }
    actions->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);

    connect(m_newButton, &QPushButton::clicked, this, &CasePanel::newCase);
    connect(m_editButton, &QPushButton::clicked, this, &CasePanel::editCase);
    connect(m_jobStartButton, &QPushButton::clicked, this, &CasePanel::recordJobStart);
    connect(m_doneButton, &QPushButton::clicked, this, &CasePanel::markDone);
    connect(m_view, &QAbstractItemView::activated, this, &CasePanel::onActivated);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasePanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CasePanel::updateActions);
    updateActions();
}

void CasePanel::setClient(qint64 clientId)
{
    if (Status s = m_model->setClient(clientId); !s)
        MessageBoxes::showError(this, tr("The support cases could not be read."), s.error());
    m_view->expandAll();
    for (int column = 0; column + 1 < CaseTreeModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
}

qint64 CasePanel::clientId() const
{
    return m_model->clientId();
}

void CasePanel::reload()
{
    const SupportCase *c = currentCase();
    const CaseMilestone *m = currentMilestone();
    const qint64 caseId = c ? c->id : 0;
    const qint64 milestoneId = m ? m->id : 0;
    setClient(m_model->clientId());
    select(caseId, milestoneId);
}

const SupportCase *CasePanel::currentCase() const
{
    return m_model->caseAt(m_view->currentIndex());
}

const CaseMilestone *CasePanel::currentMilestone() const
{
    return m_model->milestoneAt(m_view->currentIndex());
}

void CasePanel::select(qint64 caseId, qint64 milestoneId)
{
    QModelIndex index = milestoneId != 0 ? m_model->indexOfMilestone(milestoneId) : QModelIndex();
    if (!index.isValid() && caseId != 0)
        index = m_model->indexOfCase(caseId);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

bool CasePanel::selectCase(qint64 caseId)
{
    const QModelIndex index = m_model->indexOfCase(caseId);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void CasePanel::updateActions()
{
    const bool hasClient = m_model->clientId() != 0;
    const SupportCase *c = currentCase();
    const bool open = c && c->stage != CaseStage::Closed;
    m_newButton->setEnabled(hasClient);
    m_editButton->setEnabled(c != nullptr);
    m_jobStartButton->setEnabled(open);
    m_doneButton->setEnabled(currentMilestone() != nullptr);
    m_emptyLabel->setVisible(hasClient && m_model->rowCount() == 0);
}

void CasePanel::onActivated(const QModelIndex &index)
{
    if (m_model->milestoneAt(index))
        markDone();
    else if (m_model->caseAt(index))
        editCase();
}

// Window-modal, deleted when closed; on save the tree is read again with the
// same row selected and changed() is emitted.
void CasePanel::openDialog(QDialog *dialog, qint64 selectCase, qint64 selectMilestone)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selectCase, selectMilestone] {
        qint64 caseId = selectCase;
        if (auto *caseDialog = qobject_cast<CaseDialog *>(dialog))
            caseId = caseDialog->savedId();
        setClient(m_model->clientId());
        select(caseId, selectMilestone);
        emit changed();
    });
    dialog->open();
}

void CasePanel::newCase()
{
    if (m_model->clientId() == 0)
        return;
    SupportCase c;
    c.clientId = m_model->clientId();
    openDialog(new CaseDialog(m_session, c, this), 0, 0);
}

void CasePanel::editCase()
{
    if (const SupportCase *c = currentCase())
        openDialog(new CaseDialog(m_session, *c, this), c->id, 0);
}

void CasePanel::recordJobStart()
{
    const SupportCase *c = currentCase();
    if (!c || c->stage == CaseStage::Closed)
        return;
    openDialog(new JobStartDialog(m_session, *c, this), c->id, 0);
}

void CasePanel::markDone()
{
    if (const CaseMilestone *m = currentMilestone())
        openDialog(new MilestoneDoneDialog(m_session, *m, this), m->caseId, m->id);
}

} // namespace tsunagu::ui
