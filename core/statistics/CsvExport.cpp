// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExport.h"

#include "text/SpreadsheetSafety.h"

#include "statistics/ReportLabels.h"

#include <QCoreApplication>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::CsvExport", text);
}

QString count(const std::optional<int> &v)
{
    return v ? QString::number(*v) : Report::suppressedMarker();
}

} // namespace

QString CsvExport::neutralise(const QString &text)
{
    return text::neutralizeCell(text);
}

QString CsvExport::cell(const QString &text)
{
    QString t = neutralise(text);
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r'))) {
        t.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t;
}

QString CsvExport::line(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out << cell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

QByteArray CsvExport::render(const Report &report)
{
    QString text = line({ReportLabels::title()});
    for (const auto &[label, value] : ReportLabels::metadataLines(report))
        text += line({label, value});

    for (const Table &t : report.tables) {
        text += QStringLiteral("\r\n");
        text += line({t.title()});
        if (!t.definition().isEmpty())
            text += line({t.definition()});
        QStringList header{t.rowHeader()};
        for (const Table::Key &c : t.columns())
            header << c.label;
        if (t.hasRowTotals())
            header << ReportLabels::totalLabel();
        text += line(header);
        const int rows = t.rowCount() + (t.hasColumnTotals() ? 1 : 0);
        for (int r = 0; r < rows; ++r) {
            QStringList cells{r < t.rowCount() ? t.rows().at(r).label : ReportLabels::totalLabel()};
            for (int c = 0; c <= t.columnCount(); ++c) {
                if (t.isShown(r, c))
                    cells << count(t.value(r, c));
            }
            text += line(cells);
        }
    }

    text += QStringLiteral("\r\n");
    text += line({tr("Medians and rates")});
    text += line(ReportLabels::measureHeadings());
    for (const Measure &m : report.measures) {
        text += line({m.title, ReportLabels::measureValue(m), ReportLabels::unitLabel(m.unit), count(m.n),
                      m.definition});
    }
    text += QStringLiteral("\r\n");
    text += line({report.metadata.legend});
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tsunagu::statistics
