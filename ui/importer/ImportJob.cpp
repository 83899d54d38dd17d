// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/ImportJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QThread>

#include <atomic>

namespace tsunagu::ui {

struct ImportJob::State {
    std::atomic<bool> cancelled { false };
    Result<importer::ImportResult> result;
};

ImportJob::ImportJob(const Session &session, const QString &path, importer::ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(path)
    , m_options(std::move(options))
    , m_state(std::make_shared<State>())
    , m_result(fail(ErrorCode::Cancelled, QCoreApplication::translate("tsunagu::ui::ImportJob", "Not started.")))
{ }

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_state->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ImportJob::cancel()
{
    m_state->cancelled = true;
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_state->cancelled = false;
    const std::shared_ptr<State> state = m_state;
    importer::ImportOptions options = m_options;
    options.progress = [this, state](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        return !state->cancelled.load();
    };
    const Session session = m_session;
    const QString path = m_path;
    m_thread = QThread::create([state, session, path, options] {
        state->result = importer::Importer(session).importFile(path, options);
        session.db().releaseThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("tsunagu-import"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_result = std::move(m_state->result);
        emit finished();
    });
    m_thread->start();
}

} // namespace tsunagu::ui
