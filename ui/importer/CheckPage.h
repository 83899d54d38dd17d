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
class QTableView;

namespace tsunagu::ui {

class ImportJob;
class RejectedRowsModel;

// Step 4: a dry run of the whole file on a worker thread (progress, cancel):
// how many rows would be imported, are already present, are rejected, and
// every rejected row with its line and reasons. The rejected rows can be saved
// as a CSV to fix (the whole file, each rejected row saying why in its last
// column) and checked again. Import is possible only when no row is rejected.
class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckPage(QWidget *parent = nullptr);
    ~CheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    const std::optional<importer::ImportResult> &result() const { return m_result; }
    RejectedRowsModel *rejectedModel() const { return m_rejected; }
    QTableView *rejectedView() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *checkAgainButton() const { return m_again; }
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    // Checks the file again (after it was fixed).
    void start();
    // Cancels a running check.
    void stop();
    void saveRejectedRows();

private:
    void onFinished();
    void setRunning(bool running);

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_accepted;
    QLabel *m_present;
    QLabel *m_rejectedCount;
    QLabel *m_notices;
    RejectedRowsModel *m_rejected;
    QTableView *m_view;
    QPushButton *m_save;
    QPushButton *m_again;
    QPointer<ImportJob> m_job;
    std::optional<importer::ImportResult> m_result;
};

} // namespace tsunagu::ui
