// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tsunagu::ui {

// The backup's part of the status bar: "Last backup: …", the progress of a
// backup running in the background with its cancel button, or a failure in
// red with its reason one click away. Work goes on whatever it says.
class BackupStatus : public QWidget
{
    Q_OBJECT

public:
    explicit BackupStatus(QWidget *parent = nullptr);

    void showRunning(const QString &text);
    void setProgress(qint64 done, qint64 total);
    void showMessage(const QString &text);
    void showFailure(const QString &what, const Error &error);

    QString text() const;
    bool isFailure() const { return m_failed; }
    QToolButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    void showFailureDetails();

    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QString m_what;
    Error m_error;
    bool m_failed = false;
};

} // namespace tsunagu::ui
