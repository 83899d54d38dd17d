// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/SupportCase.h"

#include <QWidget>

class QDialog;
class QLabel;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace tsunagu::ui {

class CaseTreeModel;

// 伴走ケース of one client, to embed in the client screen: the cases with
// their milestones (job start, retention checks at 1/3/6/12 months: due,
// done, result), and what to do with them: open a case, change it (with a
// reason), record a job start (which plans the retention checks), record a
// milestone as done. Enter on a milestone records it; on a case, edits it.
class CasePanel : public QWidget
{
    Q_OBJECT

public:
    // `session` (database, staff member, clock) must outlive the panel.
    explicit CasePanel(const Session &session, QWidget *parent = nullptr);

    void setClient(qint64 clientId);
    qint64 clientId() const;

    CaseTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The selected case (or the case of the selected milestone), or nullptr.
    const SupportCase *currentCase() const;
    // The selected milestone, or nullptr.
    const CaseMilestone *currentMilestone() const;
    // Selects a case of the client shown; false when it is not among them.
    bool selectCase(qint64 caseId);

public slots:
    void newCase();
    void editCase();
    void recordJobStart();
    void markDone();
    void reload();

signals:
    // A case or milestone was saved.
    void changed();

private:
    void openDialog(QDialog *dialog, qint64 selectCase, qint64 selectMilestone);
    void select(qint64 caseId, qint64 milestoneId);
    void updateActions();
    void onActivated(const QModelIndex &index);

    Session m_session;
    CaseTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_emptyLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_jobStartButton;
    QPushButton *m_doneButton;
};

} // namespace tsunagu::ui
