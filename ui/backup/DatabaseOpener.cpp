// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/DatabaseOpener.h"

#include "storage/Backup.h"
#include "ui/backup/BackupFolder.h"
#include "ui/backup/BackupJob.h"
#include "ui/backup/BackupSettings.h"
#include "ui/backup/OpenFileChooser.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/MessageBoxes.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>

namespace tsunagu::ui {

namespace {

bool isDamage(ErrorCode code)
{
    return code == ErrorCode::Corrupt || code == ErrorCode::NotADatabase;
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

} // namespace

DatabaseOpener::DatabaseOpener()
    : m_open([](const QString &path, const storage::Database::Options &options) {
        return storage::Database::open(path, options);
    })
{ }

std::unique_ptr<storage::Database> DatabaseOpener::open(const QString &path, QWidget *parent)
{
    QString current = path;
    for (;;) {
        storage::Database::Options options;
        options.integrity = storage::Database::IntegrityCheck::Quick;
        Result<std::unique_ptr<storage::Database>> db = m_open(current, options);
        if (db)
            return std::move(*db);
        Error error = db.error();

        if (error.code == ErrorCode::ReadOnly) {
            if (MessageBoxes::question(parent, tr("%1 cannot be written.").arg(shown(current)),
                    error.message + QStringLiteral("\n\n")
                        + tr("Open it read-only? You can look at everything, but nothing can be added or changed."),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                != QMessageBox::Yes)
                return nullptr;
            options.readOnly = true;
            db = m_open(current, options);
            if (db)
                return std::move(*db);
            error = db.error();
            if (error.code == ErrorCode::ReadOnly) {
                // SQLite cannot read a file kept in its write-ahead mode from a
                // folder where it may not create the file's shared-memory index.
                error.message
                    += QStringLiteral("\n\n") + tr("Copy the file to a folder you can write to, and open the copy.");
                MessageBoxes::showError(
                    parent, tr("Tsunagu cannot open %1, not even read-only.").arg(shown(current)), error);
                return nullptr;
            }
        }

        if (isDamage(error.code)) {
            if (offerRecovery(current, error.message, parent) == Next::Quit)
                return nullptr;
            continue;
        }
        MessageBoxes::showError(parent, tr("Tsunagu could not open the database."), error);
        return nullptr;
    }
}

std::unique_ptr<storage::Database> DatabaseOpener::restoreAndOpen(
    const QString &backupPath, const QString &path, QWidget *parent)
{
    restoreFile(backupPath, path, parent);
    return open(path, parent);
}

DatabaseOpener::Next DatabaseOpener::offerRecovery(QString &path, const QString &problem, QWidget *parent)
{
    for (;;) {
        RestoreDialog dialog(RestoreDialog::Mode::Recovery, path, BackupSettings::load().folderFor(path), parent);
        dialog.setProblem(problem);
        if (dialog.exec() != QDialog::Accepted)
            return Next::Quit;
        if (dialog.choice() == RestoreDialog::Choice::OpenOther) {
            const QString other = OpenFileChooser::openFileName(parent, tr("Open a Tsunagu database"),
                QFileInfo(path).absolutePath(), tr("Tsunagu databases (*.db);;All files (*)"));
            if (other.isEmpty())
                continue;
            path = other;
            return Next::Retry;
        }
        if (dialog.choice() != RestoreDialog::Choice::Restore)
            return Next::Quit;
        const BackupEntry entry = BackupFolder::entryFor(dialog.backupPath());
        if (MessageBoxes::question(parent,
                tr("Put the backup of %1 in place of %2?").arg(BackupFolder::timeText(entry.taken), shown(path)),
                tr("The damaged file is not deleted: it is renamed and kept beside the restored one. Whatever was "
                   "entered after the backup was made is not in it."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            continue;
        if (restoreFile(entry.path, path, parent))
            return Next::Retry;
    }
}

bool DatabaseOpener::restoreFile(const QString &backupPath, const QString &path, QWidget *parent)
{
    BackupJob job(nullptr, [backupPath, path](const BackupJob::Progress &progress) {
        return storage::Backup::restoreFile(backupPath, path, progress);
    });
    QProgressDialog progress(tr("Restoring %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("restoreProgressDialog"));
    progress.setWindowTitle(QStringLiteral("つなぐ Tsunagu"));
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    QObject::connect(&job, &BackupJob::progress, &progress, [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(int(1000 * std::min(done, total) / total));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &job, &BackupJob::cancel);
    QEventLoop loop;
    QObject::connect(&job, &BackupJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    progress.disconnect();
    progress.hide();

    const Result<QString> &kept = job.result();
    if (!kept) {
        if (kept.error().code != ErrorCode::Cancelled)
            MessageBoxes::showError(parent, tr("The backup was not restored."), kept.error());
        return false;
    }
    const BackupEntry entry = BackupFolder::entryFor(backupPath);
    m_notice = kept->isEmpty()
        ? tr("Restored the backup of %1 (%2).").arg(BackupFolder::timeText(entry.taken), shown(backupPath))
        : tr("Restored the backup of %1 (%2). The damaged file was kept as %3.")
              .arg(BackupFolder::timeText(entry.taken), shown(backupPath), shown(*kept));
    return true;
}

} // namespace tsunagu::ui
