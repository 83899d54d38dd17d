// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/ImportPage.h"

#include "ui/importer/ImportJob.h"
#include "ui/importer/ImportWizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsunagu::ui {

ImportPage::ImportPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Progress of the import"));
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stops the import. Nothing is written: it is all or nothing."));
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::stop);
    auto *row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addStretch(1);
}

ImportPage::~ImportPage() = default;

bool ImportPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void ImportPage::initializePage()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    m_done = false;
    m_result.reset();
    setSubTitle(tr("%1 from %2, in one go: if anything goes wrong or you stop it, nothing is written.")
                    .arg(ImportWizard::kindName(w->kind()), QFileInfo(w->filePath()).fileName()));
    m_status->setText(tr("Importing…"));
    m_job = new ImportJob(w->session(), w->filePath(), w->options(false), this);
    connect(m_job, &ImportJob::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * std::min(done, total) / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, &ImportPage::onFinished);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_job->start();
    emit completeChanged();
}

void ImportPage::stop()
{
    if (m_job && m_job->isRunning()) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Stopping…"));
    }
}

void ImportPage::onFinished()
{
    ImportJob *job = m_job;
    if (!job)
        return;
    auto *w = static_cast<ImportWizard *>(wizard());
    const Result<importer::ImportResult> &result = job->result();
    const QLocale locale;
    if (!result) {
        m_status->setText(result.error().code == ErrorCode::Cancelled
                ? tr("The import was stopped. Nothing was imported.")
                : tr("The import failed; nothing was imported. %1").arg(result.error().message));
    } else {
        m_result = *result;
        if (!result->committed) {
            // The file changed since it was checked, or the records did.
            m_status->setText(tr("%n row(s) were rejected this time, so nothing was imported. Go back and check "
                                 "the file again.",
                "", int(result->rejected.size())));
        } else {
            m_status->setText(tr("Imported %1 of %2 rows (%3). %4 were already present and left as they were.")
                                  .arg(locale.toString(result->accepted), locale.toString(result->dataRows),
                                      ImportWizard::kindName(result->kind), locale.toString(result->alreadyPresent)));
            emit w->imported(result->kind, result->accepted);
        }
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(isCommitted() ? 1000 : 0);
    m_cancel->hide();
    job->deleteLater();
    m_job = nullptr;
    m_done = true;
    emit completeChanged();
}

bool ImportPage::isComplete() const
{
    return m_done;
}

} // namespace tsunagu::ui
