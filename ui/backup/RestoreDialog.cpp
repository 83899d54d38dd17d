// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/RestoreDialog.h"

#include "ui/backup/BackupListModel.h"
#include "ui/backup/OpenFileChooser.h"
#include "ui/common/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

RestoreDialog::RestoreDialog(Mode mode, const QString &databasePath, const QString &backupFolder, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_databasePath(databasePath)
    , m_model(new BackupListModel(this))
    , m_view(new QTableView(this))
    , m_problem(new QLabel(this))
    , m_empty(new QLabel(this))
{
    const bool recovery = mode == Mode::Recovery;
    setObjectName(recovery ? QStringLiteral("recoveryDialog") : QStringLiteral("restoreDialog"));
    setWindowTitle(recovery ? tr("The database cannot be opened") : tr("Restore from a backup"));

    const QString file = QDir::toNativeSeparators(QFileInfo(databasePath).absoluteFilePath());
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(recovery
            ? tr("Tsunagu cannot open %1. The file will not be changed. Restore it from a backup (the damaged "
                 "file is kept beside it, renamed), open another database file, or quit.")
                  .arg(file)
            : tr("Choose the backup to restore into %1. Everything now in it is replaced by the backup; a copy of "
                 "the present data is kept beside the file first.")
                  .arg(file));
    m_problem->setObjectName(QStringLiteral("recoveryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    auto *folderLabel = new QLabel(tr("Backups in %1:").arg(QDir::toNativeSeparators(backupFolder)), this);
    folderLabel->setWordWrap(true);
    folderLabel->setTextFormat(Qt::PlainText);

    m_model->setFolder(backupFolder);
    m_view->setObjectName(QStringLiteral("backupList"));
    m_view->setAccessibleName(tr("Backups, newest first"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::TakenColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::SizeColumn, QHeaderView::ResizeToContents);
    folderLabel->setBuddy(m_view);
    connect(m_view, &QTableView::activated, this, &RestoreDialog::restoreSelected);

    m_empty->setObjectName(QStringLiteral("noBackups"));
    m_empty->setText(tr("There are no backups in this folder. Choose a backup file instead."));
    m_empty->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(
        recovery ? tr("&Restore the selected backup") : tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    QPushButton *choose = buttons->addButton(tr("Choose a &file…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseBackupFile"));
    if (recovery) {
        QPushButton *other = buttons->addButton(tr("&Open another database…"), QDialogButtonBox::ActionRole);
        other->setObjectName(QStringLiteral("openOtherDatabase"));
        connect(other, &QPushButton::clicked, this, [this] {
            m_choice = Choice::OpenOther;
            accept();
        });
        QPushButton *quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    // Restore is never triggered by a stray Enter elsewhere: it is not the default button.
    m_restore->setAutoDefault(false);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restoreSelected);
    connect(choose, &QPushButton::clicked, this, &RestoreDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RestoreDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addWidget(folderLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    if (m_model->rowCount() > 0) // the newest, ready for Enter
        m_view->setCurrentIndex(m_model->index(0, BackupListModel::TakenColumn));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_view->setVisible(m_model->rowCount() > 0);
    updateButtons();
    m_view->setFocus();
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 50, em * 32);
}

void RestoreDialog::setProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(m_view->selectionModel()->hasSelection());
}

void RestoreDialog::restoreSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_backupPath = rows.constFirst().data(BackupListModel::PathRole).toString();
    m_choice = Choice::Restore;
    accept();
}

void RestoreDialog::chooseFile()
{
    const QString path = OpenFileChooser::openFileName(
        this, tr("Choose the backup to restore"), m_model->folder(), tr("Tsunagu databases (*.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_databasePath).absoluteFilePath()) {
        MessageBoxes::warning(this, tr("This is the database file itself."), tr("Choose a backup of it instead."));
        return;
    }
    m_backupPath = path;
    m_choice = Choice::Restore;
    accept();
}

} // namespace tsunagu::ui
