// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rights/RightsMenu.h"

#include "privacy/Erasure.h"
#include "storage/Database.h"
#include "ui/backup/BackupJob.h"
#include "ui/common/MessageBoxes.h"
#include "ui/rights/AccessReportDialog.h"
#include "ui/rights/ErasureDialog.h"

#include <QAction>
#include <QMenu>
#include <QProgressDialog>
#include <QWidget>

namespace tsunagu::ui {

RightsMenu::RightsMenu(const Session &session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
    , m_menu(new QMenu(parent))
    , m_accessReport(new QAction(tr("&Access report for the person…"), this))
    , m_erasure(new QAction(tr("E&rase this person's data…"), this))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("rightsMenu"));
    m_menu->setObjectName(QStringLiteral("moreMenu"));
    m_menu->setToolTipsVisible(true);
    m_accessReport->setObjectName(QStringLiteral("accessReportAction"));
    m_erasure->setObjectName(QStringLiteral("erasureAction"));
    m_accessReport->setToolTip(tr("Everything held about the person, and what was given to whom (APPI Art. 33)."));
    m_erasure->setToolTip(tr("At the person's request: removes who they are and everything they said (APPI Art. 35)."));
    m_menu->addAction(m_accessReport);
    m_menu->addSeparator();
    m_menu->addAction(m_erasure);
    connect(m_accessReport, &QAction::triggered, this, &RightsMenu::showAccessReport);
    connect(m_erasure, &QAction::triggered, this, &RightsMenu::eraseData);

    if (m_session.db().isReadOnly()) {
        m_accessReport->setEnabled(false);
        m_erasure->setEnabled(false);
        m_accessReport->setToolTip(tr("The file is open read-only. Every access report is recorded in the audit "
                                      "log, which cannot be written to this file."));
        m_erasure->setToolTip(tr("The file is open read-only: nothing can be erased."));
    }
}

RightsMenu::~RightsMenu()
{
    m_stop->store(true); // the job (a child) then stops and is waited for
}

bool RightsMenu::isScrubbing() const
{
    return m_scrub && m_scrub->isRunning();
}

QProgressDialog *RightsMenu::scrubProgress() const
{
    return m_progress;
}

void RightsMenu::showAccessReport()
{
    if (m_clientId <= 0 || !m_accessReport->isEnabled())
        return;
    auto *dialog = new AccessReportDialog(m_session, m_clientId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RightsMenu::eraseData()
{
    if (m_clientId <= 0 || !m_erasure->isEnabled() || isScrubbing())
        return;
    auto *dialog = new ErasureDialog(m_session, m_clientId, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErasureDialog::erased, this, [this](qint64 clientId) {
        // The screens read the database again first, so that none of their
        // queries still reads the rows from before the erasure while the file
        // is rewritten.
        emit clientErased(clientId);
        emit statusMessage(tr("The person's data was erased."));
        startScrub(clientId);
    });
    dialog->open();
}

void RightsMenu::startScrub(qint64 clientId)
{
    const Session session = m_session;
    const std::shared_ptr<std::atomic<bool>> stop = std::make_shared<std::atomic<bool>>(false);
    m_stop = stop;
    m_scrub = new BackupJob(
        &m_session.db(),
        [session, stop](const BackupJob::Progress &progress) -> Result<QString> {
            const Status s = privacy::Erasure(session).scrub([&] { return progress(-1, -1) && !stop->load(); });
            if (!s)
                return fail(s.error());
            return QString();
        },
        this);

    m_progress = new QProgressDialog(tr("Rewriting the database file so that nothing of the erased data is left in "
                                         "it. On a large file this takes a few minutes."),
        tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("scrubProgressDialog"));
    m_progress->setWindowTitle(QStringLiteral("つなぐ Tsunagu"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, [this, stop] {
        stop->store(true);
        if (m_scrub)
            m_scrub->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Stopping…"));
    });
    connect(m_scrub, &BackupJob::finished, this, [this, clientId] { onScrubFinished(clientId); });
    // Started from the event loop, once the screens have been read again.
    QMetaObject::invokeMethod(
        m_scrub, [job = m_scrub] { if (job) job->start(); }, Qt::QueuedConnection);
}

void RightsMenu::onScrubFinished(qint64 clientId)
{
    const Result<QString> result = m_scrub->result();
    m_scrub->deleteLater();
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
    }
    if (result) {
        emit statusMessage(
            tr("The data of client no. %1 was erased and the file rewritten; nothing of it is left in the file.")
                .arg(clientId));
    } else if (result.error().code == ErrorCode::Cancelled) {
        MessageBoxes::warning(m_parent, tr("The data is erased; only the rewrite of the file was stopped."),
            tr("What was erased has already been overwritten with zeros in the file (secure delete). The file "
               "itself is rewritten again the next time a person's data is erased."));
    } else {
        MessageBoxes::showError(m_parent,
            tr("The data is erased, but the file could not be rewritten. What was erased has already been "
               "overwritten with zeros in the file (secure delete); the rewrite is tried again the next time a "
               "person's data is erased."),
            result.error());
    }
    emit scrubFinished();
}

} // namespace tsunagu::ui
