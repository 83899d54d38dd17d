// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "importer/ImportResult.h"

#include <QPointer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tsunagu::ui {

class ImportJob;

// Step 5: the import, on a worker thread, all or nothing: one transaction,
// rolled back if it is stopped or fails. Ends with the counts.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget *parent = nullptr);
    ~ImportPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    bool isCommitted() const { return m_result && m_result->committed; }
    const std::optional<importer::ImportResult> &result() const { return m_result; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void stop();

private:
    void onFinished();

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPointer<ImportJob> m_job;
    std::optional<importer::ImportResult> m_result;
    bool m_done = false;
};

} // namespace tsunagu::ui
