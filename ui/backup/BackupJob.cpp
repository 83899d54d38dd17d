// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace tsunagu::ui {

struct BackupJob::State {
    std::atomic<bool> cancelled { false };
    Result<QString> result;
};

BackupJob::BackupJob(const storage::Database *db, Work work, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_work(std::move(work))
    , m_state(std::make_shared<State>())
    , m_result(fail(ErrorCode::Cancelled, QCoreApplication::translate("tsunagu::ui::BackupJob", "Not started.")))
{ }

BackupJob::~BackupJob()
{
    if (m_thread) {
        m_state->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackupJob::isCancelled() const
{
    return m_state->cancelled.load();
}

void BackupJob::cancel()
{
    m_state->cancelled = true;
}

void BackupJob::start()
{
    if (m_thread)
        return;
    m_state->cancelled = false;
    const std::shared_ptr<State> state = m_state;
    const storage::Database *db = m_db;
    Work work = m_work;
    m_thread = QThread::create([this, state, db, work] {
        const Progress report = [this, state](qint64 done, qint64 total) {
            if (done >= 0) {
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
            }
            return !state->cancelled.load();
        };
        state->result = work(report);
        if (db)
            db->releaseThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("tsunagu-backup"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_result = m_state->result;
        emit finished();
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace tsunagu::ui
