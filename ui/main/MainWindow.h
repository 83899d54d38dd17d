// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/main/SectionList.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace tsunagu::ui {

class ClientListPage;
class SearchField;

// The main window composes the feature widgets: the search field on top, the
// sections on the left, the page of the current section, and a status bar
// with the database file and the number of clients. It implements none of them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `session` (its database and clock) must outlive the window.
    explicit MainWindow(const Session &session, QWidget *parent = nullptr);

    Section currentSection() const;
    SearchField *searchField() const { return m_searchField; }
    ClientListPage *clientListPage() const { return m_clientListPage; }

public slots:
    void showSection(tsunagu::ui::Section section);
    void focusSearch();
    // Re-reads the client count for the status bar.
    void refreshStatus();

signals:
    // The user asked to open a client (Enter on the list or in the search field).
    void clientActivated(qint64 clientId);

private:
    QWidget *createTopBar();
    QWidget *createPage(Section section);
    void createActions();
    void onSearchTextChanged(const QString &text);
    void onSearchDown();
    void onClientActivated(qint64 clientId);

    Session m_session;
    SearchField *m_searchField = nullptr;
    SectionList *m_sectionList = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientListPage *m_clientListPage = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace tsunagu::ui
