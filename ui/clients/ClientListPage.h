// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

class ClientListModel;

// 相談者: the client list, filtered as the user types. The search text comes
// from outside (the main window's search field); every change re-queries at
// once (the search is indexed), coalesced so that a burst of keystrokes
// delivered together runs one query.
class ClientListPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClientListPage(
        const storage::Database &db, const Clock &clock = Clock::system(), QWidget *parent = nullptr);

    ClientListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString searchText() const;

public slots:
    void setSearchText(const QString &text);
    // Runs the search again (after clients were added or changed).
    void reload();
    // Opens the selected client, or the top hit when none is selected.
    void activateCurrent();
    // Moves the keyboard focus into the list, on the selected row.
    void focusList();

signals:
    void clientActivated(qint64 clientId);

private:
    void runSearch();
    void onActivated(const QModelIndex &index);
    void onSearchFailed(const QString &message);
    void updateEmptyState();

    ClientListModel *m_model;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QTimer m_searchTimer;
    QString m_pendingText;
    QString m_failure;
};

} // namespace tsunagu::ui
