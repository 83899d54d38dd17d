// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "statistics/ExportFormat.h"
#include "statistics/Period.h"
#include "statistics/Report.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;
class QTimer;
class QVBoxLayout;

namespace tsunagu::ui {

class StatisticsJob;
class StatisticsTableModel;

// 統計: the anonymized statistics of one fixed period (PRIVACY.md rule 13).
// A period picker (month, quarter, year, fiscal year; by default the last
// complete quarter), k (never below 3; it starts from the organisation's k,
// statistics::KSetting, and a change made here is saved back, audited, after a
// short pause), the figures as tables with the
// suppression rule under each, charts (the last 8 quarters, referral
// outcomes, the retention curve) and exports (CSV, Excel, PDF; each audited
// by the core). Only the Anonymizer's output ever reaches the screen.
//
// The computation runs on a worker thread with its own database connection,
// with a progress bar and a cancel button; a newer request supersedes an
// older one, whose result is dropped. It starts when the page is first shown.
class StatisticsPage : public QWidget
{
    Q_OBJECT

public:
    // `session` (its database and clock) must outlive the page.
    explicit StatisticsPage(const Session &session, QWidget *parent = nullptr);
    ~StatisticsPage() override;

    statistics::Period period() const;
    void setPeriod(const statistics::Period &period);
    int k() const;
    // The report on screen (anonymized), if any.
    const statistics::Report *report() const { return m_report ? &*m_report : nullptr; }
    // True from a request until its figures (or its failure) are on screen.
    bool isComputing() const;
    StatisticsTableModel *tableModel(const QString &tableId) const { return m_models.value(tableId); }
    QList<QLabel *> ruleLabels() const;

    QComboBox *kindBox() const { return m_kindBox; }
    QComboBox *periodBox() const { return m_periodBox; }
    QSpinBox *kBox() const { return m_kBox; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPushButton *exportButton(statistics::ExportFormat format) const;
    QLabel *statusLabel() const { return m_status; }
    // True while a change of k waits to be saved as the organisation's k.
    bool isSavingK() const;

    // The last complete period of a kind, by the session's clock.
    static statistics::Period defaultPeriod(const Session &session,
                                            statistics::Period::Kind kind = statistics::Period::Kind::Quarter);

public slots:
    // Computes the chosen period again (now, or when the page is shown).
    void refresh();
    // Stops the running computation; the figures on screen stay as they were.
    void cancel();
    // Asks for a file (FileChooser) and writes the report on screen to it.
    bool exportReport(statistics::ExportFormat format);

signals:
    // A report is on screen (after each successful computation).
    void reportShown();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Worker {
        QThread *thread = nullptr;
        std::shared_ptr<StatisticsJob> job;
    };

    QWidget *createControls();
    QWidget *createBody();
    void fillPeriods(statistics::Period::Kind kind, const std::optional<statistics::Period> &select);
    void scheduleRefresh();
    void start();
    void onProgress(quint64 generation, int percent);
    void onFinished(quint64 generation, const std::shared_ptr<StatisticsJob> &job);
    void display(const StatisticsJob &job);
    void showTable(const statistics::Table &table, int k);
    void showMeasures(const statistics::Report &report);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);
    // Stores k as the organisation's when it changed; shows why not otherwise.
    void saveK();
    Status storeK();
    QString ruleText(int k) const;

    Session m_session;
    std::optional<statistics::Report> m_report;
    std::shared_ptr<StatisticsJob> m_job; // the current computation
    QList<Worker> m_workers;               // running threads, current and superseded
    quint64 m_generation = 0;
    bool m_pending = true; // a computation is wanted once the page is visible

    QComboBox *m_kindBox = nullptr;
    QComboBox *m_periodBox = nullptr;
    QSpinBox *m_kBox = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_xlsxButton = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_debounce = nullptr;
    QTimer *m_kSave = nullptr;
    std::optional<int> m_savedK; // the organisation's k as stored (none: unreadable)
    QString m_kProblem;          // why the stored k cannot be used, until a k is saved

    QLabel *m_heading = nullptr;
    QLabel *m_population = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_figures = nullptr;
    QChartView *m_trendView = nullptr;
    QChartView *m_referralView = nullptr;
    QChartView *m_retentionView = nullptr;
    QLabel *m_trendNote = nullptr;
    QLabel *m_referralNote = nullptr;
    QLabel *m_retentionNote = nullptr;
    QGridLayout *m_measures = nullptr;
    QLabel *m_measuresRule = nullptr;
    QGridLayout *m_tables = nullptr;
    int m_tableRow = 0;          // the next free row of m_tables
    bool m_rightFree = false;    // the right-hand cell of the row above is free
    QLabel *m_rule = nullptr;
    QHash<QString, StatisticsTableModel *> m_models;
    QHash<QString, QTableView *> m_views;
    QHash<QString, QLabel *> m_tableRules;
};

} // namespace tsunagu::ui
