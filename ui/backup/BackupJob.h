// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::ui {

// One piece of long storage work (a backup, a restore, the integrity check)
// on a worker thread, with progress and cancel. The work is given a progress
// function to call with (done, total) — total 0 when it cannot tell — that
// answers false once cancel() was called; a negative `done` only asks whether
// to go on (work that cannot count, asked very often). The worker thread's
// database connection is released before the thread ends. Destroying a job that is
// still running cancels it and waits for it.
class BackupJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<Result<QString>(const Progress &progress)>;

    // `db` may be null (work on files only).
    BackupJob(const storage::Database *db, Work work, QObject *parent = nullptr);
    ~BackupJob() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelled() const;
    // After finished(): what the work returned.
    const Result<QString> &result() const { return m_result; }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct State;
    const storage::Database *m_db;
    Work m_work;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    Result<QString> m_result;
};

} // namespace tsunagu::ui
