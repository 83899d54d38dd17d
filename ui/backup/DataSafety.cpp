// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/DataSafety.h"

#include "audit/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Database.h"
#include "ui/backup/BackupFolder.h"
#include "ui/backup/BackupJob.h"
#include "ui/backup/BackupSettings.h"
#include "ui/backup/BackupStatus.h"
#include "ui/backup/DatabaseBanner.h"
#include "ui/backup/RestoreDialog.h"
#include "ui/common/MessageBoxes.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

// Problems shown in the damaged banner; the check may report hundreds.
constexpr int shownProblems = 3;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

DataSafety::DataSafety(const Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_backupNow(new QAction(tr("&Back up now"), this))
    , m_restore(new QAction(tr("&Restore from a backup…"), this))
    , m_bannerArea(new QWidget(window))
    , m_bannerLayout(new QVBoxLayout(m_bannerArea))
    , m_status(new BackupStatus(window))
{
    setObjectName(QStringLiteral("dataSafety"));
    m_backupNow->setObjectName(QStringLiteral("backupNowAction"));
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_backupNow, &QAction::triggered, this, &DataSafety::backupNow);
    connect(m_restore, &QAction::triggered, this, &DataSafety::restore);

    m_bannerArea->setObjectName(QStringLiteral("bannerArea"));
    m_bannerLayout->setContentsMargins(0, 0, 0, 0);
    m_bannerArea->hide();

    connect(m_status, &BackupStatus::cancelRequested, this, [this] {
        if (m_automatic)
            m_automatic->cancel();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &DataSafety::cancelAll);

    if (m_session.db().isReadOnly()) {
        m_restore->setEnabled(false);
        m_readOnlyBanner = new DatabaseBanner(
            DatabaseBanner::Kind::ReadOnly, tr("Opened read-only — changes cannot be saved."), m_bannerArea);
        m_readOnlyBanner->setDetails(tr("You can look at everything, but nothing can be added or changed. To work "
                                        "in this file, open it from a folder you can write to."));
        addBanner(m_readOnlyBanner);
    }
    showLastBackup();
}

DataSafety::~DataSafety()
{
    cancelAll();
}

bool DataSafety::isBusy() const
{
    return (m_check && m_check->isRunning()) || (m_automatic && m_automatic->isRunning())
        || (m_manual && m_manual->isRunning());
}

void DataSafety::cancelAll()
{
    for (BackupJob *job : { m_check.data(), m_automatic.data(), m_manual.data() }) {
        if (job)
            job->cancel();
    }
}

QString DataSafety::backupFolder() const
{
    return BackupSettings::load().folderFor(m_session.db().path());
}

void DataSafety::addBanner(DatabaseBanner *banner)
{
    m_bannerLayout->addWidget(banner);
    m_bannerArea->show();
}

void DataSafety::showNotice(const QString &text)
{
    auto *banner = new DatabaseBanner(DatabaseBanner::Kind::Notice, text, m_bannerArea);
    QPushButton *close = banner->setAction(tr("&Close"));
    connect(close, &QPushButton::clicked, banner, [this, banner] {
        banner->hide();
        banner->deleteLater();
        m_bannerArea->setVisible(m_bannerLayout->count() > 1);
    });
    addBanner(banner);
}

void DataSafety::showLastBackup()
{
    if (const std::optional<BackupEntry> newest = BackupFolder::newest(backupFolder()))
        m_status->showMessage(tr("Last backup: %1").arg(BackupFolder::timeText(newest->taken)));
    else
        m_status->showMessage(tr("No backup yet"));
}

void DataSafety::audit(const QString &action, const QString &file)
{
    if (m_session.db().isReadOnly())
        return;
    QJsonObject detail;
    detail.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    // entity is NOT NULL: an empty, not a null, string.
    if (Status s
        = audit::AuditLog(m_session).append({ action, QStringLiteral(""), std::nullopt, std::nullopt, detail });
        !s)
        m_status->showFailure(tr("The backup was made but could not be recorded in the audit log."), s.error());
}

void DataSafety::startBackgroundWork()
{
    m_backupAfterCheck = true;
    startIntegrityCheck();
}

void DataSafety::startIntegrityCheck()
{
    if (m_check && m_check->isRunning())
        return;
    const storage::Database *db = &m_session.db();
    m_check = new BackupJob(
        db,
        [db](const BackupJob::Progress &progress) -> Result<QString> {
            // Asked every few thousand steps: only whether to go on.
            const Result<QStringList> problems = db->integrityCheck([&progress] { return progress(-1, -1); });
            if (!problems)
                return fail(problems.error());
            return problems->join(QLatin1Char('\n'));
        },
        this);
    connect(m_check, &BackupJob::finished, this, &DataSafety::onIntegrityChecked);
    m_status->showRunning(tr("Checking the database file…"));
    m_check->start();
}

void DataSafety::onIntegrityChecked()
{
    BackupJob *job = m_check;
    if (!job)
        return;
    const Result<QString> result = job->result();
    job->deleteLater();
    bool sound = false;
    if (result) {
        sound = result->isEmpty();
        if (!sound)
            showDamaged(result->split(QLatin1Char('\n')));
    } else if (result.error().code == ErrorCode::Corrupt || result.error().code == ErrorCode::NotADatabase) {
        showDamaged({ result.error().message });
    } else if (result.error().code != ErrorCode::Cancelled) {
        m_status->showFailure(tr("The database file could not be checked."), result.error());
    }
    emit integrityCheckFinished();
    if (!result && result.error().code == ErrorCode::Cancelled)
        return;
    if (std::exchange(m_backupAfterCheck, false)) {
        if (sound)
            startAutomaticBackup();
        else if (!m_problems.isEmpty())
            // A copy of a damaged file would push a sound backup out of the rotation.
            m_status->showFailure(tr("No automatic backup: the file is damaged."),
                { ErrorCode::Corrupt,
                    tr("The automatic backup is not made while the file is damaged, so that the "
                       "backups made before the damage are kept. Restore from one of them."),
                    {} });
        else
            showLastBackup();
    } else if (sound) {
        showLastBackup();
    }
}

void DataSafety::showDamaged(const QStringList &problems)
{
    m_problems = problems;
    if (!m_damagedBanner) {
        m_damagedBanner = new DatabaseBanner(DatabaseBanner::Kind::Damaged, tr("This file is damaged."), m_bannerArea);
        QPushButton *restore = m_damagedBanner->setAction(tr("Restore from a &backup…"));
        connect(restore, &QPushButton::clicked, this, &DataSafety::offerRecovery);
        addBanner(m_damagedBanner);
    }
    m_damagedBanner->setDetails(tr("The full check of %1 found %n problem(s): what is read from it may be wrong or "
                                   "incomplete, and what is saved may be lost. Restore it from a backup.",
        "", int(problems.size()))
                                    .arg(shown(m_session.db().path())));
    // SQLite's own words, for whoever helps with the file.
    QStringList first = problems.mid(0, shownProblems);
    if (problems.size() > shownProblems)
        first << QStringLiteral("…");
    m_damagedBanner->setToolTip(first.join(u'\n'));
}

void DataSafety::offerRecovery()
{
    RestoreDialog dialog(RestoreDialog::Mode::Restore, m_session.db().path(), backupFolder(), m_window);
    dialog.setProblem(tr("The file is damaged. The damaged file is not deleted: it is renamed and kept beside the "
                         "restored one."));
    if (dialog.exec() != QDialog::Accepted || dialog.choice() != RestoreDialog::Choice::Restore)
        return;
    const BackupEntry entry = BackupFolder::entryFor(dialog.backupPath());
    if (MessageBoxes::question(m_window,
            tr("Put the backup of %1 in place of the damaged file?").arg(BackupFolder::timeText(entry.taken)),
            tr("Tsunagu closes the file, renames it (it is kept, not deleted), puts the backup in its place and "
               "opens it again. Whatever was entered after the backup was made is not in it."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    cancelAll();
    emit recoveryRequested(entry.path);
}

void DataSafety::startAutomaticBackup()
{
    if (m_automatic && m_automatic->isRunning())
        return;
    const BackupSettings settings = BackupSettings::load();
    if (!settings.enabled) {
        m_status->showMessage(tr("Automatic backups are off"));
        return;
    }
    if (m_session.db().isReadOnly()) {
        m_status->showMessage(tr("Read-only: no automatic backup"));
        return;
    }
    const storage::Database *db = &m_session.db();
    const QString folder = settings.folderFor(db->path());
    const int keep = settings.keep;
    const qint64 now = m_session.nowMs();
    m_automatic = new BackupJob(
        db,
        [db, folder, keep, now](const BackupJob::Progress &progress) {
            return storage::Backup::rotate(*db, folder, keep, BackupSettings::intervalMs, now, progress);
        },
        this);
    connect(m_automatic, &BackupJob::progress, m_status, &BackupStatus::setProgress);
    connect(m_automatic, &BackupJob::finished, this, &DataSafety::onAutomaticBackupFinished);
    m_status->showRunning(tr("Backing up…"));
    m_automatic->start();
}

void DataSafety::onAutomaticBackupFinished()
{
    BackupJob *job = m_automatic;
    if (!job)
        return;
    const Result<QString> result = job->result();
    job->deleteLater();
    if (!result) {
        if (result.error().code == ErrorCode::Cancelled)
            m_status->showMessage(tr("The automatic backup was cancelled"));
        else
            m_status->showFailure(tr("The automatic backup failed."), result.error());
    } else {
        if (!result->isEmpty())
            audit(QStringLiteral("database.backup"), *result);
        showLastBackup();
    }
    emit automaticBackupFinished();
}

QProgressDialog *DataSafety::progressDialog(const QString &label, BackupJob *job)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, m_window);
    dialog->setObjectName(QStringLiteral("backupProgressDialog"));
    dialog->setWindowTitle(QStringLiteral("つなぐ Tsunagu"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(400);
    dialog->setValue(0);
    connect(job, &BackupJob::progress, dialog, [dialog](qint64 done, qint64 total) {
        if (total > 0)
            dialog->setValue(int(1000 * std::min(done, total) / total));
    });
    connect(dialog, &QProgressDialog::canceled, job, &BackupJob::cancel);
    connect(job, &BackupJob::finished, dialog, [dialog] {
        dialog->disconnect();
        dialog->hide();
        dialog->deleteLater();
    });
    return dialog;
}

void DataSafety::backupNow()
{
    if (m_manual && m_manual->isRunning())
        return;
    const storage::Database *db = &m_session.db();
    const QString target = QDir(backupFolder())
                               .filePath(QStringLiteral("tsunagu-%1.db")
                                             .arg(QDateTime::fromMSecsSinceEpoch(m_session.nowMs(), Qt::UTC)
                                                      .toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    m_manual = new BackupJob(
        db,
        [db, target](const BackupJob::Progress &progress) -> Result<QString> {
            if (Status s = storage::Backup::create(*db, target, progress); !s)
                return fail(s.error());
            return target;
        },
        this);
    progressDialog(tr("Backing up %1…").arg(QFileInfo(db->path()).fileName()), m_manual);
    connect(m_manual, &BackupJob::finished, this, [this, job = m_manual] {
        const Result<QString> result = job->result();
        job->deleteLater();
        if (result) {
            audit(QStringLiteral("database.backup"), *result);
            m_status->showMessage(tr("Backup written to %1").arg(shown(*result)));
        } else if (result.error().code == ErrorCode::Cancelled) {
            m_status->showMessage(tr("The backup was cancelled; no file was left"));
        } else {
            m_status->showFailure(tr("The backup failed."), result.error());
            MessageBoxes::showError(m_window, tr("The backup was not made."), result.error());
        }
    });
    m_status->showRunning(tr("Backing up…"));
    connect(m_manual, &BackupJob::progress, m_status, &BackupStatus::setProgress);
    m_manual->start();
}

void DataSafety::restore()
{
    if (m_session.db().isReadOnly()) {
        MessageBoxes::warning(m_window, tr("The file is open read-only."),
            tr("A backup cannot be restored into it. Open it from a folder you can write to."));
        return;
    }
    if (m_manual && m_manual->isRunning())
        return;
    RestoreDialog dialog(RestoreDialog::Mode::Restore, m_session.db().path(), backupFolder(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() != RestoreDialog::Choice::Restore)
        return;
    const BackupEntry entry = BackupFolder::entryFor(dialog.backupPath());
    if (MessageBoxes::question(m_window, tr("Restore the backup of %1?").arg(BackupFolder::timeText(entry.taken)),
            tr("Everything in the database is replaced by the backup %1; whatever was entered after it was made "
               "is no longer shown. A copy of the present data is kept beside the database file first.")
                .arg(shown(entry.path)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;

    // The automatic backup must not copy a half-restored file.
    if (m_automatic)
        m_automatic->cancel();
    const storage::Database *db = &m_session.db();
    const QString source = entry.path;
    m_manual = new BackupJob(
        db,
        [db, source](const BackupJob::Progress &progress) { return storage::Backup::restore(*db, source, progress); },
        this);
    progressDialog(tr("Restoring %1…").arg(QFileInfo(source).fileName()), m_manual);
    connect(m_manual, &BackupJob::finished, this, [this, entry, job = m_manual] {
        const Result<QString> kept = job->result();
        job->deleteLater();
        if (!kept) {
            if (kept.error().code == ErrorCode::Cancelled)
                m_status->showMessage(tr("The restore was cancelled; nothing was changed"));
            else
                MessageBoxes::showError(m_window, tr("The backup was not restored."), kept.error());
            return;
        }
        audit(QStringLiteral("database.restore"), entry.path);
        showLastBackup();
        emit dataReplaced();
        showNotice(tr("Restored the backup of %1 (%2). The data it replaced was kept in %3.")
                       .arg(BackupFolder::timeText(entry.taken), shown(entry.path), shown(*kept)));
    });
    m_status->showRunning(tr("Restoring…"));
    connect(m_manual, &BackupJob::progress, m_status, &BackupStatus::setProgress);
    m_manual->start();
}

} // namespace tsunagu::ui
