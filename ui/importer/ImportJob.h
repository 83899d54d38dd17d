// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "importer/Importer.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace tsunagu::ui {

// One run of core's Importer (a dry run or the real import) on a worker
// thread, with progress and cancel. The worker's database connection is
// released before its thread ends; destroying a running job cancels it and
// waits (a cancelled import rolls back: nothing is written).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(const Session &session, const QString &path, importer::ImportOptions options, QObject *parent = nullptr);
    ~ImportJob() override;

    void start();
    bool isRunning() const { return m_thread != nullptr; }
    bool isDryRun() const { return m_options.dryRun; }
    // After finished().
    const Result<importer::ImportResult> &result() const { return m_result; }

public slots:
    void cancel();

signals:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    struct State;
    Session m_session;
    QString m_path;
    importer::ImportOptions m_options;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    Result<importer::ImportResult> m_result;
};

} // namespace tsunagu::ui
