// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/main/SectionList.h"

#include <QMainWindow>

class QLabel;
class QStackedWidget;

namespace tsunagu::ui {

class ClientListPage;
class ClientPage;
class DataSafety;
class NoteHitsPane;
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
    // Below the client list: consultations whose notes hold the search words.
    NoteHitsPane *noteHitsPane() const { return m_noteHits; }
    // 相談者: one client, one screen, shown in the clients section.
    ClientPage *clientPage() const { return m_clientPage; }
    // Backups, restore, the integrity check and the read-only/damaged banners.
    DataSafety *dataSafety() const { return m_safety; }

public slots:
    void showSection(tsunagu::ui::Section section);
    void focusSearch();
    // Re-reads the client count for the status bar.
    void refreshStatus();
    // Shows one client's screen in the clients section.
    void openClient(qint64 clientId);
    // A hit of the notes search: the person's screen, then that consultation.
    void openConsultation(qint64 clientId, qint64 consultationId);
    // 新規登録 (Ctrl+Shift+N): the registration dialog, then the new client's screen.
    void registerClient();
    // 紹介: the referral dialog for one client (the gate's verdict, the letter).
    void referClient(qint64 clientId);
    // 同意を記録: the consent dialog for one client.
    void recordConsent(qint64 clientId);
    // 相談を記録: the consultation dialog for one client (its draft offered back).
    void logConsultation(qint64 clientId);
    // Ctrl+N: for the client on screen; with none, asks for one in the search field.
    void logConsultationForOpenClient();
    // At start-up: "未保存の下書きがあります", and the drafts opened again if wanted.
    void offerDrafts();
    // 設定 (Ctrl+,): the settings dialog, window-modal.
    void showSettings();
    // 取り込み…: the import wizard; the lists are read again after an import.
    void importData();
    // Every page reads the database again (after an import or a restore).
    void reloadData();
    // Once the window is shown: the integrity check and the automatic backup,
    // in the background.
    void startBackgroundWork();

signals:
    // The user asked to open a client (Enter on the list or in the search field).
    void clientActivated(qint64 clientId);
    void consultationSaved(qint64 clientId, qint64 consultationId);
    // reloadData(): the pages read the database again.
    void dataReloaded();
    // The file is damaged and the person chose `backupPath` to replace it: the
    // application closes the window and the database, restores, and reopens.
    void recoveryRequested(const QString &backupPath);

private:
    QWidget *createTopBar();
    QWidget *createPage(Section section);
    void createActions();
    void onSearchTextChanged(const QString &text);
    void onSearchDown();
    void onClientActivated(qint64 clientId);
    void onConsultationSaved(qint64 clientId, qint64 consultationId);
    // Read-only file: says so and returns true.
    bool refuseWhenReadOnly();

    Session m_session;
    SearchField *m_searchField = nullptr;
    SectionList *m_sectionList = nullptr;
    QStackedWidget *m_pages = nullptr;
    ClientListPage *m_clientListPage = nullptr;
    NoteHitsPane *m_noteHits = nullptr;
    ClientPage *m_clientPage = nullptr;
    QLabel *m_statusLabel = nullptr;
    DataSafety *m_safety = nullptr;
    bool m_pickClientForConsultation = false; // Ctrl+N with no client open
};

} // namespace tsunagu::ui
