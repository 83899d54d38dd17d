// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace tsunagu::ui {

class BackupJob;

// The person's rights on the client screen (その他 menu): the access report
// (AccessReportDialog, rule 10) and the erasure of their data (ErasureDialog,
// rule 12). After an erasure it rewrites the file on a worker thread
// (privacy::Erasure::scrub: a VACUUM of the whole file, minutes on a large
// one) with a progress dialog and Cancel; a cancelled rewrite leaves the
// erasure done and the file as it was.
//
// On a read-only file both are disabled: erasing writes, and core records
// every access report in the audit log before it hands it out
// (AccessReport::build), which a read-only file cannot take — a report
// nobody recorded is not made.
class RightsMenu : public QObject
{
    Q_OBJECT

public:
    // `session` must outlive the menu; dialogs open over `parent`.
    RightsMenu(const Session &session, QWidget *parent);
    ~RightsMenu() override;

    QMenu *menu() const { return m_menu; }
    QAction *accessReportAction() const { return m_accessReport; }
    QAction *erasureAction() const { return m_erasure; }

    void setClientId(qint64 clientId) { m_clientId = clientId; }
    qint64 clientId() const { return m_clientId; }

    bool isScrubbing() const;
    // While the file is rewritten; null otherwise.
    QProgressDialog *scrubProgress() const;

public slots:
    void showAccessReport();
    void eraseData();

signals:
    // The data was erased (the file may still be being rewritten).
    void clientErased(qint64 clientId);
    // The rewrite ended: done, cancelled or failed.
    void scrubFinished();
    void statusMessage(const QString &text);

private:
    void startScrub(qint64 clientId);
    void onScrubFinished(qint64 clientId);

    Session m_session;
    QWidget *m_parent;
    qint64 m_clientId = 0;
    QMenu *m_menu;
    QAction *m_accessReport;
    QAction *m_erasure;
    QPointer<BackupJob> m_scrub;
    QPointer<QProgressDialog> m_progress;
    // Set by Cancel; read by the worker (BackupJob::start() clears its own flag).
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace tsunagu::ui
