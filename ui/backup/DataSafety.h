// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QProgressDialog;
class QVBoxLayout;
class QWidget;

namespace tsunagu::ui {

class BackupJob;
class BackupStatus;
class DatabaseBanner;

// Keeping the data safe while the window is open: the automatic backup and
// the full integrity check in the background after start-up, Back up now,
// Restore…, and the banners that say the file is read-only or damaged. The
// main window puts its actions in the File menu, its status in the status bar
// and its banners above the pages; it implements none of this itself.
class DataSafety : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; `session` must outlive this object.
    DataSafety(const Session &session, QWidget *window);
    ~DataSafety() override;

    QAction *backupNowAction() const { return m_backupNow; }
    QAction *restoreAction() const { return m_restore; }
    // The banners (read-only, damaged, notices), above the window's pages.
    QWidget *bannerArea() const { return m_bannerArea; }
    BackupStatus *status() const { return m_status; }
    DatabaseBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    DatabaseBanner *damagedBanner() const { return m_damagedBanner; }

    // Whether background work is still running (the check, a backup, a restore).
    bool isBusy() const;
    // The problems the background integrity check found (empty: none, or not run yet).
    const QStringList &problems() const { return m_problems; }

public slots:
    // Once the window is shown: the full integrity check, then (if the file is
    // sound) the automatic backup when one is due, both on worker threads.
    void startBackgroundWork();
    // The automatic backup alone (rotate), when enabled and due.
    void startAutomaticBackup();
    void startIntegrityCheck();
    // File → Back up now: a backup in the backup folder, with progress and cancel.
    void backupNow();
    // File → Restore…: pick a backup, confirm, restore, reload.
    void restore();
    // A blue band that stays until closed.
    void showNotice(const QString &text);
    // Stops the background work (on quit).
    void cancelAll();

signals:
    // The database's contents were replaced: every page reads it again.
    void dataReplaced();
    // The file is damaged and the person chose a backup to put in its place:
    // the database must be closed first (the application reopens it).
    void recoveryRequested(const QString &backupPath);
    void automaticBackupFinished();
    void integrityCheckFinished();

private:
    QString backupFolder() const;
    void addBanner(DatabaseBanner *banner);
    void onIntegrityChecked();
    void onAutomaticBackupFinished();
    void showDamaged(const QStringList &problems);
    void offerRecovery();
    QProgressDialog *progressDialog(const QString &label, BackupJob *job);
    void audit(const QString &action, const QString &file);
    void showLastBackup();

    Session m_session;
    QWidget *m_window;
    QAction *m_backupNow;
    QAction *m_restore;
    QWidget *m_bannerArea;
    QVBoxLayout *m_bannerLayout;
    BackupStatus *m_status;
    DatabaseBanner *m_readOnlyBanner = nullptr;
    DatabaseBanner *m_damagedBanner = nullptr;
    QPointer<BackupJob> m_check;
    QPointer<BackupJob> m_automatic;
    QPointer<BackupJob> m_manual;
    QStringList m_problems;
    bool m_backupAfterCheck = false;
};

} // namespace tsunagu::ui
