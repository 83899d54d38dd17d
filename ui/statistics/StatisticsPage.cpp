// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/statistics/StatisticsPage.h"

#include "statistics/Anonymizer.h"
#include "statistics/KSetting.h"
#include "statistics/ReportExporter.h"
#include "statistics/ReportLabels.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/referrals/FileChooser.h"
#include "ui/statistics/PdfReport.h"
#include "ui/statistics/StatisticsCharts.h"
#include "ui/statistics/StatisticsJob.h"
#include "ui/statistics/StatisticsTableModel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tsunagu::ui {

using statistics::ExportFormat;
using statistics::Period;
using statistics::Report;

namespace {

constexpr int debounceMs = 250;
constexpr int chartHeight = 280;

// How many periods of each kind the picker offers, newest first.
int periodsOffered(Period::Kind kind)
{
    switch (kind) {
    case Period::Kind::Month: return 36;
    case Period::Kind::Quarter: return 16;
    case Period::Kind::Year:
    case Period::Kind::FiscalYear: return 8;
    }
    return 8;
}

QLabel *smallLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel *boldLabel(QWidget *parent, qreal scale = 1.0)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * scale);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QChartView *chartView(QWidget *parent, const QString &name)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(chartHeight);
    view->setMinimumWidth(240);
    view->setFocusPolicy(Qt::NoFocus);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    chart->setBackgroundRoundness(0);
    view->setAccessibleName(chart->title());
    view->setChart(chart);
    delete old;
}

} // namespace

StatisticsPage::StatisticsPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("statisticsPage"));
    setAccessibleName(tr("Statistics"));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, &StatisticsPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createControls());
    layout->addWidget(createBody(), 1);

    const Period initial = defaultPeriod(m_session);
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(initial.kind())));
    fillPeriods(initial.kind(), initial);
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = static_cast<Period::Kind>(m_kindBox->currentData().toInt());
        fillPeriods(kind, defaultPeriod(m_session, kind));
        scheduleRefresh();
    });
    connect(m_periodBox, &QComboBox::currentIndexChanged, this, &StatisticsPage::scheduleRefresh);

    // k starts from the organisation's; a change is saved back once the
    // spin box has been still for a moment (one audit entry, not one a step).
    const Result<int> stored = statistics::KSetting::read(m_session.db());
    if (stored) {
        m_savedK = *stored;
        m_kBox->setMaximum(std::max(m_kBox->maximum(), *stored));
        m_kBox->setValue(*stored);
    } else {
        m_kProblem = stored.error().message;
        setStatus(QString(), true);
    }
    m_kSave = new QTimer(this);
    m_kSave->setSingleShot(true);
    m_kSave->setInterval(debounceMs);
    connect(m_kSave, &QTimer::timeout, this, &StatisticsPage::saveK);
    connect(m_kBox, &QSpinBox::valueChanged, this, &StatisticsPage::scheduleRefresh);
    connect(m_kBox, &QSpinBox::valueChanged, m_kSave, qOverload<>(&QTimer::start));
    setBusy(false);
}

StatisticsPage::~StatisticsPage()
{
    // A change of k made just before closing is kept too (no message box now).
    if (m_kSave->isActive())
        (void)storeK();
    m_debounce->stop();
    for (const Worker &w : std::as_const(m_workers))
        w.job->cancel();
    for (const Worker &w : std::as_const(m_workers)) {
        w.thread->wait();
        delete w.thread;
    }
}

QWidget *StatisticsPage::createControls()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    auto *row = new QHBoxLayout;
    layout->addLayout(row);

    m_kindBox = new QComboBox(bar);
    m_kindBox->setObjectName(QStringLiteral("statisticsKind"));
    m_kindBox->setAccessibleName(tr("Kind of period"));
    m_kindBox->addItem(tr("Month"), int(Period::Kind::Month));
    m_kindBox->addItem(tr("Quarter"), int(Period::Kind::Quarter));
    m_kindBox->addItem(tr("Year"), int(Period::Kind::Year));
    m_kindBox->addItem(tr("Fiscal year (April to March)"), int(Period::Kind::FiscalYear));
    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_kindBox);

    m_periodBox = new QComboBox(bar);
    m_periodBox->setObjectName(QStringLiteral("statisticsPeriod"));
    m_periodBox->setAccessibleName(tr("Period"));
    m_periodBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_kBox = new QSpinBox(bar);
    m_kBox->setObjectName(QStringLiteral("statisticsK"));
    m_kBox->setRange(statistics::Anonymizer::minimumK, 99);
    m_kBox->setValue(statistics::Anonymizer::defaultK);
    m_kBox->setAccessibleName(tr("Smallest published count (k)"));
    m_kBox->setToolTip(tr("Counts from 1 to k − 1 are suppressed. k is never below %1. It is the organisation's k: "
                          "a change made here is saved for every export, and recorded.")
                           .arg(statistics::Anonymizer::minimumK));
    auto *kLabel = new QLabel(tr("&k:"), bar);
    kLabel->setBuddy(m_kBox);

    m_refreshButton = new QPushButton(tr("&Recompute"), bar);
    m_refreshButton->setObjectName(QStringLiteral("statisticsRefresh"));
    connect(m_refreshButton, &QPushButton::clicked, this, &StatisticsPage::refresh);

    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("statisticsProgress"));
    m_progress->setAccessibleName(tr("Progress of the statistics"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(200);
    m_cancelButton = new QPushButton(tr("&Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("statisticsCancel"));
    connect(m_cancelButton, &QPushButton::clicked, this, &StatisticsPage::cancel);

    const auto exportButton = [&](const QString &text, const QString &name, ExportFormat format) {
        auto *button = new QPushButton(text, bar);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, format] { exportReport(format); });
        return button;
    };
    m_csvButton = exportButton(tr("C&SV"), QStringLiteral("statisticsExportCsv"), ExportFormat::Csv);
    m_csvButton->setToolTip(tr("UTF-8 with BOM: Excel opens it in Japanese without garbling."));
    m_xlsxButton = exportButton(tr("&Excel"), QStringLiteral("statisticsExportXlsx"), ExportFormat::Xlsx);
    m_pdfButton = exportButton(tr("P&DF"), QStringLiteral("statisticsExportPdf"), ExportFormat::Pdf);
    m_pdfButton->setToolTip(tr("A report with charts and a page that states the period, the population and the "
                               "rule."));

    row->addWidget(periodLabel);
    row->addWidget(m_kindBox);
    row->addWidget(m_periodBox);
    row->addSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')));
    row->addWidget(kLabel);
    row->addWidget(m_kBox);
    row->addWidget(m_refreshButton);
    row->addWidget(m_progress);
    row->addWidget(m_cancelButton);
    row->addStretch(1);
    auto *exportLabel = new QLabel(tr("Export:"), bar);
    row->addWidget(exportLabel);
    row->addWidget(m_csvButton);
    row->addWidget(m_xlsxButton);
    row->addWidget(m_pdfButton);

    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("statisticsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    return bar;
}

QWidget *StatisticsPage::createBody()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("statisticsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);

    m_heading = boldLabel(content, 1.3);
    m_heading->setObjectName(QStringLiteral("statisticsHeading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    m_population = smallLabel(content);
    layout->addWidget(m_population);
    m_empty = new QLabel(tr("Choose a period: its figures appear here once they are computed."), content);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_figures = new QWidget(content);
    auto *figures = new QVBoxLayout(m_figures);
    figures->setContentsMargins(0, 0, 0, 0);

    auto *charts = new QGridLayout;
    m_trendView = chartView(m_figures, QStringLiteral("statisticsTrendChart"));
    m_referralView = chartView(m_figures, QStringLiteral("statisticsReferralChart"));
    m_retentionView = chartView(m_figures, QStringLiteral("statisticsRetentionChart"));
    m_trendNote = smallLabel(m_figures);
    m_referralNote = smallLabel(m_figures);
    m_retentionNote = smallLabel(m_figures);
    charts->addWidget(m_trendView, 0, 0);
    charts->addWidget(m_referralView, 0, 1);
    charts->addWidget(m_retentionView, 0, 2);
    charts->addWidget(m_trendNote, 1, 0, Qt::AlignTop);
    charts->addWidget(m_referralNote, 1, 1, Qt::AlignTop);
    charts->addWidget(m_retentionNote, 1, 2, Qt::AlignTop);
    for (int c = 0; c < 3; ++c)
        charts->setColumnStretch(c, 1);
    figures->addLayout(charts);

    auto *measuresBox = new QGroupBox(tr("Medians and rates"), m_figures);
    measuresBox->setObjectName(QStringLiteral("statisticsMeasures"));
    auto *measuresLayout = new QVBoxLayout(measuresBox);
    m_measures = new QGridLayout;
    m_measures->setColumnStretch(0, 1);
    measuresLayout->addLayout(m_measures);
    m_measuresRule = smallLabel(measuresBox);
    measuresLayout->addWidget(m_measuresRule);
    figures->addWidget(measuresBox);

    m_tables = new QGridLayout;
    m_tables->setColumnStretch(0, 1);
    m_tables->setColumnStretch(1, 1);
    figures->addLayout(m_tables);

    m_rule = smallLabel(m_figures);
    m_rule->setObjectName(QStringLiteral("statisticsRule"));
    figures->addWidget(m_rule);
    layout->addWidget(m_figures);
    layout->addStretch(1);
    m_figures->hide();

    scroll->setWidget(content);
    return scroll;
}

Period StatisticsPage::defaultPeriod(const Session &session, Period::Kind kind)
{
    return Period::containing(session.clock().today(), kind).shifted(-1);
}

Period StatisticsPage::period() const
{
    if (const Result<Period> p = Period::parse(m_periodBox->currentData().toString()))
        return *p;
    return defaultPeriod(m_session);
}

void StatisticsPage::setPeriod(const Period &period)
{
    {
        const QSignalBlocker block(m_kindBox);
        m_kindBox->setCurrentIndex(m_kindBox->findData(int(period.kind())));
    }
    fillPeriods(period.kind(), period);
    scheduleRefresh();
}

int StatisticsPage::k() const
{
    return m_kBox->value();
}

bool StatisticsPage::isSavingK() const
{
    return m_kSave->isActive();
}

Status StatisticsPage::storeK()
{
    m_kSave->stop();
    const int k = m_kBox->value();
    if (m_savedK == k)
        return {};
    if (Status s = statistics::KSetting::write(m_session, k); !s)
        return s;
    m_savedK = k;
    m_kProblem.clear();
    return {};
}

void StatisticsPage::saveK()
{
    const bool hadProblem = !m_kProblem.isEmpty();
    if (Status s = storeK(); !s) {
        MessageBoxes::showError(this, tr("k could not be saved as the organisation's k."), s.error());
        return;
    }
    if (hadProblem && m_kProblem.isEmpty())
        setStatus(tr("k = %1 is now the organisation's k for statistics.").arg(m_savedK.value_or(k())));
}

void StatisticsPage::fillPeriods(Period::Kind kind, const std::optional<Period> &select)
{
    const QSignalBlocker block(m_periodBox);
    m_periodBox->clear();
    const Period current = Period::containing(m_session.clock().today(), kind);
    for (int i = 0; i < periodsOffered(kind); ++i) {
        const Period p = current.shifted(-i);
        //: A period that has not ended yet
        const QString label = i == 0 ? tr("%1 (not over yet)").arg(p.label()) : p.label();
        m_periodBox->addItem(label, p.code());
    }
    if (select) {
        int index = m_periodBox->findData(select->code());
        if (index < 0) {
            m_periodBox->addItem(select->label(), select->code());
            index = m_periodBox->count() - 1;
        }
        m_periodBox->setCurrentIndex(index);
    }
}

bool StatisticsPage::isComputing() const
{
    return m_job != nullptr || m_debounce->isActive();
}

QPushButton *StatisticsPage::exportButton(ExportFormat format) const
{
    switch (format) {
    case ExportFormat::Csv: return m_csvButton;
    case ExportFormat::Xlsx: return m_xlsxButton;
    case ExportFormat::Pdf: return m_pdfButton;
    case ExportFormat::Json: return nullptr;
    }
    return nullptr;
}

QList<QLabel *> StatisticsPage::ruleLabels() const
{
    QList<QLabel *> labels = m_tableRules.values();
    labels.append(m_measuresRule);
    return labels;
}

QString StatisticsPage::ruleText(int k) const
{
    //: Under every table: %1 is k, %2 the mark of a suppressed count
    return tr("Counts under %1 are suppressed (k=%1); %2 marks a suppressed count.")
        .arg(k)
        .arg(Report::suppressedMarker());
}

void StatisticsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending) {
        m_pending = false;
        start();
    }
}

void StatisticsPage::scheduleRefresh()
{
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    // What runs now is for a choice that is no longer on screen.
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    ++m_generation;
    m_progress->setValue(0);
    setBusy(true);
    m_debounce->start();
}

void StatisticsPage::refresh()
{
    m_debounce->stop();
    if (!isVisible()) {
        m_pending = true;
        return;
    }
    start();
}

void StatisticsPage::start()
{
    if (m_job)
        m_job->cancel();
    const quint64 generation = ++m_generation;
    auto job = std::make_shared<StatisticsJob>(m_session, period(), k());
    QThread *thread = QThread::create([this, job, generation] {
        job->run([this, generation](int percent) {
            QMetaObject::invokeMethod(
                this, [this, generation, percent] { onProgress(generation, percent); }, Qt::QueuedConnection);
        });
    });
    thread->setObjectName(QStringLiteral("tsunagu-statistics"));
    connect(thread, &QThread::finished, this, [this, thread, job, generation] {
        for (qsizetype i = 0; i < m_workers.size(); ++i) {
            if (m_workers.at(i).thread == thread) {
                m_workers.removeAt(i);
                break;
            }
        }
        thread->deleteLater();
        onFinished(generation, job);
    });
    m_workers.append({thread, job});
    m_job = job;
    m_progress->setValue(0);
    setBusy(true);
    setStatus(tr("Computing the statistics of %1…").arg(job->period().label()));
    thread->start(QThread::LowPriority);
}

void StatisticsPage::cancel()
{
    const bool wasBusy = isComputing() || m_debounce->isActive();
    m_debounce->stop();
    if (m_job) {
        m_job->cancel();
        m_job.reset();
    }
    ++m_generation; // whatever still arrives is dropped
    setBusy(false);
    if (wasBusy) {
        setStatus(m_report ? tr("Cancelled. The figures on screen are still those of %1.")
                                 .arg(m_report->metadata.periodLabel)
                           : tr("Cancelled."));
    }
}

void StatisticsPage::onProgress(quint64 generation, int percent)
{
    if (generation == m_generation)
        m_progress->setValue(percent);
}

void StatisticsPage::onFinished(quint64 generation, const std::shared_ptr<StatisticsJob> &job)
{
    if (generation != m_generation)
        return; // superseded or cancelled: its result is not shown
    m_job.reset();
    const Result<Report> &report = job->report();
    if (report)
        display(*job);
    setBusy(false);
    if (!report) {
        if (report.error().code == ErrorCode::Cancelled)
            setStatus(tr("Cancelled."));
        else
            setStatus(tr("The statistics could not be computed: %1").arg(report.error().message), true);
        return;
    }
    setStatus(tr("Computed at %1.").arg(statistics::ReportLabels::instant(report->metadata.generatedAtMs)));
    emit reportShown();
}

void StatisticsPage::display(const StatisticsJob &job)
{
    const Report &report = *job.report();
    m_report = report;
    const Report::Metadata &meta = report.metadata;
    m_heading->setText(tr("%1 (%2 to %3)")
                           .arg(meta.periodLabel, DateFormat::display(meta.firstDay), DateFormat::display(meta.lastDay)));
    m_population->setText(tr("Population: %1").arg(meta.population));
    m_empty->hide();

    QString note;
    replaceChart(m_trendView, StatisticsCharts::trend(job.trend(), &note));
    m_trendNote->setText(note);
    replaceChart(m_referralView, StatisticsCharts::referralOutcomes(report, &note));
    m_referralNote->setText(note);
    replaceChart(m_retentionView, StatisticsCharts::retention(report, &note));
    m_retentionNote->setText(note);

    showMeasures(report);
    for (const statistics::Table &table : report.tables)
        showTable(table, meta.k);
    m_measuresRule->setText(tr("Medians and rates are shown only over at least %1 people; %2 marks one that is not "
                               "shown.")
                                .arg(meta.k)
                                .arg(Report::suppressedMarker()));
    m_rule->setText(meta.suppressionRule + QLatin1Char('\n') + meta.legend);
    m_figures->show();
}

void StatisticsPage::showTable(const statistics::Table &table, int k)
{
    StatisticsTableModel *model = m_models.value(table.id());
    QTableView *view = m_views.value(table.id());
    if (!model) {
        auto *box = new QWidget(m_figures);
        box->setObjectName(QStringLiteral("statisticsTable_") + table.id());
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 8, 0, 0);
        QLabel *title = boldLabel(box);
        title->setText(table.title());
        title->setToolTip(table.definition());
        layout->addWidget(title);

        model = new StatisticsTableModel(this);
        view = new QTableView(box);
        view->setObjectName(QStringLiteral("statisticsView_") + table.id());
        view->setModel(model);
        view->setAccessibleName(table.title());
        view->setAccessibleDescription(table.definition());
        view->setToolTip(table.definition());
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setWordWrap(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        view->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        layout->addWidget(view);

        auto *rule = smallLabel(box);
        rule->setObjectName(QStringLiteral("statisticsRule_") + table.id());
        layout->addWidget(rule);

        // Narrow tables two by two; a table of several columns takes the width.
        if (table.columnCount() > 2) {
            m_tables->addWidget(box, m_tableRow++, 0, 1, 2, Qt::AlignTop);
            m_rightFree = false;
        } else if (m_rightFree) {
            m_tables->addWidget(box, m_tableRow - 1, 1, Qt::AlignTop);
            m_rightFree = false;
        } else {
            m_tables->addWidget(box, m_tableRow++, 0, Qt::AlignTop);
            m_rightFree = true;
        }
        m_models.insert(table.id(), model);
        m_views.insert(table.id(), view);
        m_tableRules.insert(table.id(), rule);
    }
    model->setTable(table);
    m_tableRules.value(table.id())->setText(ruleText(k));
    // Every row in sight: the page scrolls, the tables do not.
    view->resizeColumnsToContents();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const int height = view->horizontalHeader()->sizeHint().height() + view->verticalHeader()->length()
        + 2 * view->frameWidth();
    view->setFixedHeight(height);
}

void StatisticsPage::showMeasures(const Report &report)
{
    while (QLayoutItem *item = m_measures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *parent = m_measures->parentWidget();
    int row = 0;
    for (const statistics::Measure &m : report.measures) {
        auto *title = new QLabel(m.title, parent);
        title->setToolTip(m.definition);
        title->setWordWrap(true);
        auto *value = new QLabel(parent);
        value->setObjectName(QStringLiteral("statisticsMeasure_") + m.id);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (m.value) {
            value->setText(statistics::ReportLabels::measureValue(m) + QLatin1Char(' ')
                           + statistics::ReportLabels::unitLabel(m.unit));
        } else {
            value->setText(Report::suppressedMarker());
            value->setToolTip(tr("Not shown: over fewer than %1 people, or computed from a suppressed count.")
                                  .arg(report.metadata.k));
        }
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        auto *n = new QLabel(m.n ? tr("n = %1").arg(*m.n) : tr("n = %1").arg(Report::suppressedMarker()), parent);
        n->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_measures->addWidget(title, row, 0);
        m_measures->addWidget(value, row, 1);
        m_measures->addWidget(n, row, 2);
        ++row;
    }
}

void StatisticsPage::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    const bool canExport = !busy && m_report.has_value();
    for (QPushButton *b : {m_csvButton, m_xlsxButton, m_pdfButton})
        b->setEnabled(canExport);
}

void StatisticsPage::setStatus(const QString &text, bool error)
{
    // An unusable stored k stays in sight until a k is saved.
    if (!m_kProblem.isEmpty()) {
        m_status->setText(text.isEmpty() ? m_kProblem : m_kProblem + QLatin1Char('\n') + text);
        error = true;
    } else {
        m_status->setText(text);
    }
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(Qt::red).darker(130) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

bool StatisticsPage::exportReport(ExportFormat format)
{
    if (!m_report)
        return false;
    QString extension;
    QString filter;
    switch (format) {
    case ExportFormat::Csv:
        extension = QStringLiteral("csv");
        filter = tr("CSV, UTF-8 (*.csv)");
        break;
    case ExportFormat::Xlsx:
        extension = QStringLiteral("xlsx");
        filter = tr("Excel workbook (*.xlsx)");
        break;
    case ExportFormat::Pdf:
        extension = QStringLiteral("pdf");
        filter = tr("PDF report (*.pdf)");
        break;
    case ExportFormat::Json:
        extension = QStringLiteral("json");
        filter = tr("JSON (*.json)");
        break;
    }
    const QString suggested = QStringLiteral("tsunagu-statistics-%1.%2").arg(m_report->metadata.periodCode, extension);
    QString path = FileChooser::saveFileName(this, tr("Export the statistics"), suggested, filter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;

    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const statistics::ReportExporter exporter(m_session);
    Status written;
    if (format == ExportFormat::Pdf) {
        const Result<QByteArray> bytes = PdfReport::render(*m_report);
        written = bytes ? exporter.writeRendered(*m_report, format, *bytes, path) : Status(fail(bytes.error()));
    } else {
        written = exporter.write(*m_report, format, path);
    }
    QGuiApplication::restoreOverrideCursor();
    if (!written) {
        MessageBoxes::showError(this, tr("The statistics could not be exported."), written.error());
        return false;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace tsunagu::ui
