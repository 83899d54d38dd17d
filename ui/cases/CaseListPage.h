// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;

namespace tsunagu::ui {

class CaseListModel;

// 伴走ケース: the support cases of every client, the soonest follow-up first
// (overdue ones in bold), open, closed or all. Enter or a double click opens
// the client's screen.
class CaseListPage : public QWidget
{
    Q_OBJECT

public:
    // `session` must outlive the page.
    explicit CaseListPage(const Session &session, QWidget *parent = nullptr);

    CaseListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *filterBox() const { return m_filter; }
    QLabel *emptyLabel() const { return m_empty; }

public slots:
    // Reads the list again, keeping the selected case when it is still listed.
    void reload();
    // Opens the client of the selected case.
    void activateCurrent();

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
    CaseListModel *m_model;
    QComboBox *m_filter;
    QTableView *m_view;
    QLabel *m_empty;
};

} // namespace tsunagu::ui
