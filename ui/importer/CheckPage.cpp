// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/CheckPage.h"

#include "importer/RejectReport.h"
#include "ui/common/MessageBoxes.h"
#include "ui/importer/ImportJob.h"
#include "ui/importer/ImportWizard.h"
#include "ui/importer/RejectedRowsModel.h"
#include "ui/referrals/FileChooser.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QColor warningRed(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff8a80) : QColor(0xb71c1c);
}

} // namespace

CheckPage::CheckPage(QWidget *parent)
    : QWizardPage(parent)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Stop"), this))
    , m_accepted(new QLabel(this))
    , m_present(new QLabel(this))
    , m_rejectedCount(new QLabel(this))
    , m_notices(new QLabel(this))
    , m_rejected(new RejectedRowsModel(this))
    , m_view(new QTableView(this))
    , m_save(new QPushButton(tr("&Save the rejected rows as CSV…"), this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Checking every row"));
    setSubTitle(tr("A dry run: every row is checked as the import will check it. Nothing is written."));
    setButtonText(QWizard::NextButton, tr("&Import"));

    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_cancel->setObjectName(QStringLiteral("checkCancel"));
    connect(m_cancel, &QPushButton::clicked, this, &CheckPage::stop);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_accepted->setObjectName(QStringLiteral("acceptedCount"));
    m_present->setObjectName(QStringLiteral("presentCount"));
    m_rejectedCount->setObjectName(QStringLiteral("rejectedCount"));
    QPalette red = m_rejectedCount->palette();
    red.setColor(QPalette::WindowText, warningRed(this));
    m_rejectedCount->setPalette(red);
    QFont bold = m_rejectedCount->font();
    bold.setBold(true);
    m_rejectedCount->setFont(bold);
    auto *counts = new QHBoxLayout;
    counts->addWidget(m_accepted);
    counts->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    counts->addWidget(m_present);
    counts->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 2);
    counts->addWidget(m_rejectedCount);
    counts->addStretch(1);

    m_notices->setObjectName(QStringLiteral("checkNotices"));
    m_notices->setWordWrap(true);
    m_notices->setTextFormat(Qt::PlainText);

    m_view->setObjectName(QStringLiteral("rejectedRows"));
    m_view->setAccessibleName(tr("Rejected rows"));
    m_view->setModel(m_rejected);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(RejectedRowsModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_save->setObjectName(QStringLiteral("saveRejected"));
    m_save->setToolTip(tr("Saves every row of the file with one more column saying why each rejected row was "
                          "rejected. Fix those rows in it and import that file."));
    connect(m_save, &QPushButton::clicked, this, &CheckPage::saveRejectedRows);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    m_again->setToolTip(tr("Reads the file again (after you fixed it) and checks every row."));
    connect(m_again, &QPushButton::clicked, this, &CheckPage::start);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_again);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_status);
    layout->addLayout(counts);
    layout->addWidget(m_notices);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addStretch(0);
    setRunning(false);
}

CheckPage::~CheckPage() = default;

bool CheckPage::isRunning() const
{
    return m_job && m_job->isRunning();
}

void CheckPage::initializePage()
{
    start();
}

void CheckPage::cleanupPage()
{
    stop();
    QWizardPage::cleanupPage();
}

void CheckPage::start()
{
    auto *w = static_cast<ImportWizard *>(wizard());
    if (m_job) {
        m_job->disconnect(this);
        delete m_job; // cancels and waits
    }
    m_result.reset();
    m_rejected->clear();
    m_accepted->clear();
    m_present->clear();
    m_rejectedCount->clear();
    m_notices->clear();
    m_status->setText(tr("Checking every row of %1…").arg(QFileInfo(w->filePath()).fileName()));
    m_job = new ImportJob(w->session(), w->filePath(), w->options(true), this);
    connect(m_job, &ImportJob::progress, m_progress, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * std::min(done, total) / total) : 0);
    });
    connect(m_job, &ImportJob::finished, this, &CheckPage::onFinished);
    m_progress->setRange(0, 0);
    setRunning(true);
    m_job->start();
    emit completeChanged();
}

void CheckPage::stop()
{
    if (m_job && m_job->isRunning())
        m_job->cancel();
}

void CheckPage::setRunning(bool running)
{
    const bool rejections = !running && m_result && m_result->hasRejections();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_again->setEnabled(!running);
    // The table and its CSV only when there is something to fix.
    m_view->setVisible(rejections);
    m_save->setVisible(rejections);
}

void CheckPage::onFinished()
{
    ImportJob *job = m_job;
    if (!job)
        return;
    const Result<importer::ImportResult> &result = job->result();
    if (!result) {
        m_status->setText(result.error().code == ErrorCode::Cancelled
                ? tr("The check was stopped. Nothing was written. Check again to start it over.")
                : tr("The file cannot be imported: %1").arg(result.error().message));
    } else {
        m_result = *result;
        const importer::ImportResult &r = *m_result;
        m_accepted->setText(tr("To import: %1").arg(number(r.accepted)));
        m_present->setText(tr("Already present: %1").arg(number(r.alreadyPresent)));
        m_rejectedCount->setText(tr("Rejected: %1").arg(number(r.rejected.size())));
        m_rejectedCount->setVisible(r.hasRejections());
        m_rejected->setRows(r.rejected);
        m_notices->setText(r.notices.join(u'\n'));
        if (r.hasRejections())
            m_status->setText(
                tr("%n row(s) cannot be imported, so nothing will be (an import is all or nothing). Save the rejected "
                   "rows as CSV, fix them there, and import that file; or fix this file and check again.",
                    "", int(r.rejected.size())));
        else if (r.accepted == 0)
            m_status->setText(tr("Nothing to import: every row is already present."));
        else
            m_status->setText(tr("Every row can be imported. Press Import to write them, all at once."));
    }
    job->deleteLater();
    m_job = nullptr;
    setRunning(false);
    emit completeChanged();
}

bool CheckPage::isComplete() const
{
    return !isRunning() && m_result && !m_result->hasRejections() && m_result->accepted > 0;
}

void CheckPage::saveRejectedRows()
{
    if (!m_result || !m_result->hasRejections())
        return;
    const auto *w = static_cast<const ImportWizard *>(wizard());
    // The person's own file coming back to them to fix, not a disclosure: it
    // holds what they gave, and goes where they choose.
    const QString suggested = QFileInfo(w->filePath()).completeBaseName() + tr("-to-fix") + QStringLiteral(".csv");
    QString path = FileChooser::saveFileName(this, tr("Save the rejected rows"), suggested, tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (Status s = importer::RejectReport::write(*m_result, path); !s) {
        MessageBoxes::showError(this, tr("The rejected rows were not saved."), s.error());
        return;
    }
    m_status->setText(tr("Saved to %1: every row of the file, each rejected row saying why in its last column. Fix "
                         "those rows there, then go back, choose that file and import it.")
                          .arg(QDir::toNativeSeparators(path)));
}

} // namespace tsunagu::ui
