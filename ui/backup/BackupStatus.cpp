// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/backup/BackupStatus.h"

#include "ui/common/MessageBoxes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace tsunagu::ui {

BackupStatus::BackupStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("backupStatus"));
    m_label->setObjectName(QStringLiteral("backupStatusText"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_label, &QLabel::linkActivated, this, &BackupStatus::showFailureDetails);
    m_progress->setObjectName(QStringLiteral("backupProgress"));
    m_progress->setAccessibleName(tr("Backup progress"));
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setObjectName(QStringLiteral("backupCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the backup"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &BackupStatus::cancelRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
}

void BackupStatus::showRunning(const QString &text)
{
    m_failed = false;
    m_label->setText(text.toHtmlEscaped());
    m_label->setAccessibleName(text);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
}

void BackupStatus::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0);
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000 * std::min(done, total) / total));
}

void BackupStatus::showMessage(const QString &text)
{
    m_failed = false;
    m_progress->hide();
    m_cancel->hide();
    m_label->setText(text.toHtmlEscaped());
    m_label->setAccessibleName(text);
    m_label->setToolTip({});
}

void BackupStatus::showFailure(const QString &what, const Error &error)
{
    m_failed = true;
    m_what = what;
    m_error = error;
    m_progress->hide();
    m_cancel->hide();
    // Red and bold, light or dark palette alike; the reason is one click away.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_label->setText(
        QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span> <a href=\"#details\">%3</a>")
            .arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c"), what.toHtmlEscaped(), tr("Why?")));
    m_label->setAccessibleName(what + QLatin1Char(' ') + error.message);
    m_label->setToolTip(error.message);
}

QString BackupStatus::text() const
{
    return m_label->accessibleName();
}

void BackupStatus::showFailureDetails()
{
    if (m_failed)
        MessageBoxes::showError(window(), m_what, m_error);
}

} // namespace tsunagu::ui
