// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class BackupListModel;

// Picks the backup to restore: the backups of the backup folder, newest
// first, with their date and size, or any file chosen with "Choose a file…".
// In Recovery mode (a database that cannot be opened, at start-up) it says
// why, and also offers to open another database file or to quit. It changes
// nothing itself: the caller confirms and restores.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Restore, Recovery };
    enum class Choice { None, Restore, OpenOther };

    RestoreDialog(Mode mode, const QString &databasePath, const QString &backupFolder, QWidget *parent = nullptr);

    // Recovery: what is wrong with the file.
    void setProblem(const QString &problem);

    Choice choice() const { return m_choice; }
    // The backup to restore (Choice::Restore).
    QString backupPath() const { return m_backupPath; }

    BackupListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    void restoreSelected();
    void chooseFile();
    void updateButtons();

    Mode m_mode;
    QString m_databasePath;
    BackupListModel *m_model;
    QTableView *m_view;
    QLabel *m_problem;
    QLabel *m_empty;
    QPushButton *m_restore;
    Choice m_choice = Choice::None;
    QString m_backupPath;
};

} // namespace tsunagu::ui
