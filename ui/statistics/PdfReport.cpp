// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReport.h"

#include "statistics/Anonymizer.h"
#include "statistics/ReportLabels.h"

#include <QBarCategoryAxis>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QValueAxis>

#include <algorithm>

namespace tsunagu::ui {

namespace {

using statistics::Measure;
using statistics::Report;
using statistics::ReportLabels;
using statistics::Table;

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ui::PdfReport", text);
}

QString count(const std::optional<int> &v)
{
    return v ? QString::number(*v) : Report::suppressedMarker();
}

// A cursor down the pages of the writer, in device units.
class Pages
{
public:
    Pages(QPdfWriter &writer, QStringList *drawn)
        : m_writer(writer)
        , m_drawn(drawn)
        , m_painter(&writer)
        , m_width(writer.width())
        , m_height(writer.height())
    {
        m_base = m_painter.font();
        m_base.setPointSizeF(9);
        m_painter.setFont(m_base);
    }

    bool isActive() const { return m_painter.isActive(); }
    QPainter &painter() { return m_painter; }
    int width() const { return m_width; }
    int y() const { return m_y; }
    int lineHeight() const { return m_painter.fontMetrics().height(); }
    // Notes a string drawn outside text() and row() (chart labels).
    void drawn(const QString &text)
    {
        if (m_drawn)
            m_drawn->append(text);
    }

    void newPage()
    {
        m_writer.newPage();
        m_y = 0;
    }
    void ensure(int height)
    {
        if (m_y + height > m_height)
            newPage();
    }
    void skip(int height) { m_y += height; }

    // A paragraph over the full width, wrapped.
    void text(const QString &text, qreal pointSize = 9, bool bold = false)
    {
        QFont f = m_base;
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        m_painter.setFont(f);
        const QRect box = m_painter.boundingRect(QRect(0, 0, m_width, m_height), Qt::TextWordWrap, text);
        ensure(box.height());
        m_painter.drawText(QRect(0, m_y, m_width, box.height()), Qt::TextWordWrap, text);
        drawn(text);
        m_y += box.height() + lineHeight() / 3;
        m_painter.setFont(m_base);
    }

    // One line of cells: the first column wide, the others equal; long
    // headings wrap onto more lines.
    void row(const QStringList &cells, bool bold)
    {
        QFont f = m_base;
        f.setBold(bold);
        m_painter.setFont(f);
        const int pad = lineHeight() / 4;
        const int first = m_width * 2 / 5;
        const int other = cells.size() > 1 ? (m_width - first) / int(cells.size() - 1) : 0;
        const auto cellRect = [&](qsizetype i, int top, int height) {
            return i == 0 ? QRect(0, top, first, height) : QRect(first + int(i - 1) * other, top, other, height);
        };
        // Shrink the line's font until its longest word fits its column.
        for (qreal size = f.pointSizeF(); size > 5.5; size -= 0.5) {
            bool fits = true;
            for (qsizetype i = 0; i < cells.size() && fits; ++i) {
                const int room = cellRect(i, 0, 1).width() - 2 * pad;
                for (const QString &word : cells.at(i).split(QLatin1Char(' ')))
                    fits = fits && m_painter.fontMetrics().horizontalAdvance(word) <= room;
            }
            if (fits)
                break;
            f.setPointSizeF(size - 0.5);
            m_painter.setFont(f);
        }
        int h = m_painter.fontMetrics().height();
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QRect box = cellRect(i, 0, m_height).adjusted(pad, 0, -pad, 0);
            h = std::max(h, m_painter.boundingRect(box, Qt::TextWordWrap, cells.at(i)).height());
        }
        h += 2 * pad;
        ensure(h);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            m_painter.drawText(cellRect(i, m_y, h).adjusted(pad, pad, -pad, -pad),
                               Qt::TextWordWrap | Qt::AlignVCenter | (i == 0 ? Qt::AlignLeft : Qt::AlignRight),
                               cells.at(i));
            drawn(cells.at(i));
        }
        m_painter.setPen(QPen(Qt::lightGray, 0));
        m_painter.drawLine(0, m_y + h, m_width, m_y + h);
        m_painter.setPen(QPen(Qt::black));
        m_y += h;
        m_painter.setFont(m_base);
    }

    // Draws a chart into the next `height` units, or less when that much of
    // the page is left.
    void chart(QChart *chart, int height)
    {
        const int left = m_height - m_y - 2 * lineHeight(); // room for a note below
        if (left >= height / 2)
            height = std::min(height, left);
        ensure(height);
        QGraphicsScene scene; // owns the chart
        scene.addItem(chart);
        const QSizeF size(700, 700.0 * height / m_width);
        chart->resize(size);
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(&m_painter, QRectF(0, m_y, m_width, height), scene.sceneRect());
        m_y += height;
    }

private:
    QPdfWriter &m_writer;
    QStringList *m_drawn = nullptr;
    QPainter m_painter;
    QFont m_base;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

void metadataPage(Pages &pages, const Report &report)
{
    pages.text(ReportLabels::title(), 16, true);
    pages.skip(pages.lineHeight());
    for (const auto &[label, value] : ReportLabels::metadataLines(report)) {
        pages.text(label, 9, true);
        pages.text(value);
    }
}

// A bar chart of what the table publishes: every column when every row is
// published; otherwise the row totals, when the table shows them; rows with a
// suppressed value are left out.
QChart *chartOf(const Table &t, int *leftOut)
{
    const auto published = [&](int r, const QList<int> &columns) {
        return std::all_of(columns.begin(), columns.end(), [&](int c) { return t.value(r, c).has_value(); });
    };
    QList<int> columns;
    for (int c = 0; c < t.columnCount(); ++c)
        columns << c;
    bool complete = true;
    for (int r = 0; r < t.rowCount(); ++r)
        complete = complete && published(r, columns);
    if (!complete && t.columnCount() > 1 && t.hasRowTotals())
        columns = {t.columnCount()};

    QStringList categories;
    std::vector<QBarSet *> sets;
    for (int c : columns)
        sets.push_back(new QBarSet(c == t.columnCount() ? ReportLabels::totalLabel() : t.columns().at(c).label));
    int top = 0;
    *leftOut = 0;
    for (int r = 0; r < t.rowCount(); ++r) {
        if (!published(r, columns)) {
            ++*leftOut;
            continue;
        }
        // Horizontal bars are drawn from the bottom up: the first row goes last.
        categories.prepend(t.rows().at(r).label);
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int v = *t.value(r, columns.at(i));
            sets[std::size_t(i)]->insert(0, v);
            top = std::max(top, v);
        }
    }
    auto *series = new QHorizontalBarSeries;
    for (QBarSet *set : sets)
        series->append(set);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    // Horizontal bars: long labels (agency kinds, disease groups) stay readable.
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(4, top));
    valueAxis->applyNiceNumbers();
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(columns.size() > 1 || columns.first() == t.columnCount());
    return chart;
}

void tablePage(Pages &pages, const Table &t, const QString &legend)
{
    pages.newPage();
    pages.text(t.title(), 13, true);
    pages.text(t.definition());
    QStringList header{t.rowHeader()};
    for (const Table::Key &c : t.columns())
        header << c.label;
    if (t.hasRowTotals())
        header << ReportLabels::totalLabel();
    pages.row(header, true);
    const int rows = t.rowCount() + (t.hasColumnTotals() ? 1 : 0);
    for (int r = 0; r < rows; ++r) {
        const bool totals = r == t.rowCount();
        QStringList cells{totals ? ReportLabels::totalLabel() : t.rows().at(r).label};
        for (int c = 0; c <= t.columnCount(); ++c) {
            if (t.isShown(r, c))
                cells << count(t.value(r, c));
        }
        pages.row(cells, totals);
    }
    pages.text(legend, 8);
    int leftOut = 0;
    QChart *chart = chartOf(t, &leftOut);
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            for (const QString &c : categories->categories())
                pages.drawn(c);
    }
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (const QBarSet *set : bars->barSets())
                pages.drawn(set->label());
    }
    const int bars = t.rowCount() - leftOut;
    pages.chart(chart, std::min(pages.width() * 4 / 5, pages.lineHeight() * (8 + 2 * bars)));
    if (leftOut > 0)
        pages.text(QCoreApplication::translate("tsunagu::ui::PdfReport",
                                              "%n row(s) with a suppressed count are left out of the chart.",
                                              nullptr, leftOut),
                   8);
}

void measuresPage(Pages &pages, const Report &report)
{
    pages.newPage();
    pages.text(tr("Medians and rates"), 13, true);
    const QList<QString> headings = ReportLabels::measureHeadings();
    pages.row({headings.at(0), headings.at(1), headings.at(2), headings.at(3)}, true);
    for (const Measure &m : report.measures)
        pages.row({m.title, ReportLabels::measureValue(m), ReportLabels::unitLabel(m.unit), count(m.n)}, false);
    pages.skip(pages.lineHeight());
    for (const Measure &m : report.measures)
        pages.text(m.title + QStringLiteral(": ") + m.definition, 8);
    pages.text(report.metadata.legend, 8);
}

} // namespace

Result<QByteArray> PdfReport::render(const Report &report, QStringList *drawnText)
{
    if (Status s = statistics::Anonymizer::verify(report); !s)
        return fail(s.error());
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(ReportLabels::title() + QStringLiteral(" ") + report.metadata.periodCode);
        writer.setCreator(QStringLiteral("Tsunagu %1").arg(report.metadata.applicationVersion));
        Pages pages(writer, drawnText);
        if (!pages.isActive())
            return fail(ErrorCode::Io, tr("The PDF could not be started."));
        metadataPage(pages, report);
        for (const Table &t : report.tables)
            tablePage(pages, t, report.metadata.legend);
        measuresPage(pages, report);
    }
    if (bytes.isEmpty())
        return fail(ErrorCode::Io, tr("The PDF could not be produced."));
    return bytes;
}

} // namespace tsunagu::ui
