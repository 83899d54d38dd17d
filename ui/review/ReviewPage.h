// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tsunagu::ui {

class ReviewQueueModel;

// 確認待ち: supervisors review each disclosure made under a legal exception
// (PRIVACY.md rule 3) and approve it or question it, with a note. Anyone
// else is told the page is for supervisors, and sees no record.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(const Session &session, QWidget *parent = nullptr);

    bool isForSupervisor() const { return m_supervisor; }
    ReviewQueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *questionButton() const { return m_question; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *notForYouLabel() const { return m_notForYou; }

public slots:
    void reload();
    void approveSelected();
    void questionSelected();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void review(bool approved);
    void showDetails();

    Session m_session;
    bool m_supervisor = false;
    QStackedWidget *m_stack;
    QLabel *m_notForYou;
    ReviewQueueModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_details;
    QPlainTextEdit *m_note;
    QPushButton *m_approve;
    QPushButton *m_question;
    QLabel *m_message;
};

} // namespace tsunagu::ui
