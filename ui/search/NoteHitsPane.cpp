// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/NoteHitsPane.h"

#include "search/NoteIndex.h"
#include "storage/Database.h"
#include "ui/common/MessageBoxes.h"
#include "ui/search/NoteHitsModel.h"

#include <QEventLoop>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <atomic>

namespace tsunagu::ui {

NoteHitsPane::NoteHitsPane(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NoteHitsModel(session, this))
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_rebuild(new QPushButton(tr("&Rebuild the note index…"), this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("noteHitsPane"));
    m_title->setObjectName(QStringLiteral("noteHitsTitle"));
    m_notice->setObjectName(QStringLiteral("noteHitsNotice"));
    m_notice->setWordWrap(true);
    m_rebuild->setObjectName(QStringLiteral("rebuildNoteIndex"));
    m_view->setObjectName(QStringLiteral("noteHitsView"));
    m_view->setAccessibleName(tr("Consultations whose notes hold the search words"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NoteHitsModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(NoteHitsModel::ClientColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *noticeRow = new QHBoxLayout;
    noticeRow->addWidget(m_notice, 1);
    noticeRow->addWidget(m_rebuild);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(noticeRow);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTableView::activated, this, &NoteHitsPane::onActivated);
    connect(m_rebuild, &QPushButton::clicked, this, &NoteHitsPane::rebuildIndex);
    updateState();
}

void NoteHitsPane::setSearchText(const QString &text)
{
    m_model->setSearchText(text);
    updateState();
}

void NoteHitsPane::updateState()
{
    const QString text = m_model->searchText().simplified();
    setVisible(!text.isEmpty());
    m_view->setVisible(text.size() >= NoteHitsModel::minimumLength);
    if (text.size() < NoteHitsModel::minimumLength)
        m_title->setText(tr("Type two or more characters to search the consultation notes as well."));
    else if (!m_model->failure().isEmpty())
        m_title->setText(tr("The notes could not be searched: %1").arg(m_model->failure()));
    else if (m_model->rowCount() == 0)
        m_title->setText(tr("No consultation notes hold “%1”.").arg(text));
    else if (m_model->rowCount() >= NoteHitsModel::defaultLimit)
        m_title->setText(tr("Consultation notes holding “%1”: the newest %2").arg(text).arg(m_model->rowCount()));
    else
        m_title->setText(tr("Consultation notes holding “%1”: %Ln", "", m_model->rowCount()).arg(text));

    const bool stale = m_model->isIndexStale();
    m_notice->setVisible(stale || !m_model->isComplete());
    m_rebuild->setVisible(stale);
    if (stale)
        m_notice->setText(tr("The note index of this file is not up to date, so older notes may be missing from these "
                             "results. Rebuilding it takes a few minutes on a large file."));
    else if (!m_model->isComplete())
        m_notice->setText(tr("Only the newest notes were searched: add words to narrow the search."));
}

void NoteHitsPane::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit consultationActivated(index.data(NoteHitsModel::ClientIdRole).toLongLong(),
                               index.data(NoteHitsModel::ConsultationIdRole).toLongLong());
}

void NoteHitsPane::rebuildIndex()
{
    QProgressDialog progress(tr("Rebuilding the note index…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Note index"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);

    std::atomic<bool> cancelled{false};
    Status result;
    const storage::Database &db = m_session.db();
    QThread *worker = QThread::create([&] {
        result = search::NoteIndex(db).rebuild([&](qint64 done, qint64 total) {
            const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 0;
            QMetaObject::invokeMethod(&progress, [&progress, percent] { progress.setValue(percent); },
                                      Qt::QueuedConnection);
            return !cancelled.load();
        });
        db.releaseThreadConnection();
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    worker->start();
    loop.exec();
    delete worker;
    progress.reset();

    if (!result && result.error().code != ErrorCode::Cancelled)
        MessageBoxes::showError(this, tr("The note index could not be rebuilt."), result.error());
    m_model->reload();
    updateState();
}

} // namespace tsunagu::ui
