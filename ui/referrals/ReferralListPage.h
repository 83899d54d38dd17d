// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class ReferralListModel;

// 紹介: the referrals of every client, newest first, all of them or those
// awaiting the agency's answer, in progress or closed, with how long each
// open one has waited since its last step. Enter or a double click opens the
// client's screen; 経過を記録 (Ctrl+R) records the referral's next step.
class ReferralListPage : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the page.
    explicit ReferralListPage(const Session &session, QWidget *parent = nullptr);

    ReferralListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }
    QPushButton *stepButton() const { return m_step; }
    QLabel *emptyLabel() const { return m_empty; }

public slots:
    // Reads the list again, keeping the selected referral when it is still listed.
    void reload();
    void activateCurrent();
    // The selected referral's progress dialog (ReferralStatusDialog).
    void recordStep();

signals:
    void clientActivated(qint64 clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onFilterChanged();
    void onActivated(const QModelIndex &index);
    void updateEmptyState();
    void selectFirstIfNone();

    Session m_session;
    ReferralListModel *m_model;
    QComboBox *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_step;
};

} // namespace tsunagu::ui
