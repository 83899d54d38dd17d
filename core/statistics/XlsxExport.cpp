// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxExport.h"

#include "text/SpreadsheetSafety.h"

#include "statistics/ReportLabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::XlsxExport", text);
}

constexpr int maxSheetName = 31;

class Workbook
{
public:
    explicit Workbook(const QString &path)
        : m_book(workbook_new(QFile::encodeName(path).constData()))
    {
        if (!m_book)
            return;
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_wrap = workbook_add_format(m_book);
        format_set_text_wrap(m_wrap);
    }
    ~Workbook()
    {
        if (m_book)
            workbook_close(m_book);
    }
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    bool isOpen() const { return m_book != nullptr; }

    lxw_worksheet *addSheet(const QString &wanted)
    {
        QString name = wanted;
        for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
            name.replace(c, QLatin1Char(' '));
        name = name.simplified();
        if (name.size() > maxSheetName) {
            // Cut at a word boundary where there is one, and show the cut.
            name.truncate(maxSheetName - 1);
            if (const qsizetype space = name.lastIndexOf(QLatin1Char(' ')); space > maxSheetName / 2)
                name.truncate(space);
            name += QChar(0x2026);
        }
        while (name.startsWith(QLatin1Char('\'')))
            name.remove(0, 1);
        while (name.endsWith(QLatin1Char('\'')))
            name.chop(1);
        if (name.isEmpty() || m_names.contains(name.toLower())
            || workbook_validate_sheet_name(m_book, name.toUtf8().constData()) != LXW_NO_ERROR)
            name = tr("Sheet %1").arg(m_names.size() + 1);
        m_names.insert(name.toLower());
        return workbook_add_worksheet(m_book, name.toUtf8().constData());
    }

    void text(lxw_worksheet *sheet, int row, int column, const QString &value, bool bold = false)
    {
        remember(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text::neutralizeCell(value).toUtf8().constData(),
                                        bold ? m_bold : nullptr));
    }
    void wrapped(lxw_worksheet *sheet, int row, int column, const QString &value)
    {
        remember(worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text::neutralizeCell(value).toUtf8().constData(),
                                        m_wrap));
    }
    void number(lxw_worksheet *sheet, int row, int column, double value)
    {
        remember(worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), value, nullptr));
    }
    void count(lxw_worksheet *sheet, int row, int column, const std::optional<int> &value)
    {
        if (value)
            number(sheet, row, column, *value);
        else
            text(sheet, row, column, Report::suppressedMarker());
    }
    void width(lxw_worksheet *sheet, int first, int last, double chars)
    {
        remember(worksheet_set_column(sheet, lxw_col_t(first), lxw_col_t(last), chars, nullptr));
    }

    // Closes the workbook, which writes the file.
    Status close()
    {
        const lxw_error closed = workbook_close(m_book);
        m_book = nullptr;
        if (m_error != LXW_NO_ERROR)
            return failure(m_error);
        if (closed != LXW_NO_ERROR)
            return failure(closed);
        return {};
    }

private:
    void remember(lxw_error e)
    {
        if (e != LXW_NO_ERROR && m_error == LXW_NO_ERROR)
            m_error = e;
    }
    static std::unexpected<Error> failure(lxw_error e)
    {
        return fail(ErrorCode::Io, tr("The Excel file could not be produced: %1.").arg(QString::fromUtf8(lxw_strerror(e))));
    }

    lxw_workbook *m_book = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_wrap = nullptr;
    lxw_error m_error = LXW_NO_ERROR;
    QSet<QString> m_names;
};

void writeMetadata(Workbook &book, const Report &report)
{
    lxw_worksheet *sheet = book.addSheet(tr("About this report"));
    book.width(sheet, 0, 0, 30);
    book.width(sheet, 1, 1, 100);
    book.text(sheet, 0, 0, ReportLabels::title(), true);
    int row = 2;
    for (const auto &[label, value] : ReportLabels::metadataLines(report)) {
        book.text(sheet, row, 0, label, true);
        book.wrapped(sheet, row, 1, value);
        ++row;
    }
}

void writeTable(Workbook &book, const Table &t, const QString &legend)
{
    lxw_worksheet *sheet = book.addSheet(t.title());
    book.width(sheet, 0, 0, 36);
    book.width(sheet, 1, t.columnCount() + 1, 14);
    book.text(sheet, 0, 0, t.title(), true);
    book.text(sheet, 1, 0, t.definition());
    int row = 3;
    book.text(sheet, row, 0, t.rowHeader(), true);
    for (int c = 0; c < t.columnCount(); ++c)
        book.text(sheet, row, c + 1, t.columns().at(c).label, true);
    if (t.hasRowTotals())
        book.text(sheet, row, t.columnCount() + 1, ReportLabels::totalLabel(), true);
    const int rows = t.rowCount() + (t.hasColumnTotals() ? 1 : 0);
    for (int r = 0; r < rows; ++r) {
        ++row;
        const bool totals = r == t.rowCount();
        book.text(sheet, row, 0, totals ? ReportLabels::totalLabel() : t.rows().at(r).label, totals);
        for (int c = 0; c <= t.columnCount(); ++c) {
            if (t.isShown(r, c))
                book.count(sheet, row, c + 1, t.value(r, c));
        }
    }
    book.text(sheet, row + 2, 0, legend);
}

void writeMeasures(Workbook &book, const Report &report)
{
    lxw_worksheet *sheet = book.addSheet(tr("Medians and rates"));
    book.width(sheet, 0, 0, 60);
    book.width(sheet, 1, 3, 14);
    book.width(sheet, 4, 4, 100);
    const QList<QString> headings = ReportLabels::measureHeadings();
    for (int c = 0; c < headings.size(); ++c)
        book.text(sheet, 0, c, headings.at(c), true);
    int row = 0;
    for (const Measure &m : report.measures) {
        ++row;
        book.text(sheet, row, 0, m.title);
        if (m.value)
            book.number(sheet, row, 1, std::round(*m.value * 10.0) / 10.0);
        else
            book.text(sheet, row, 1, Report::suppressedMarker());
        book.text(sheet, row, 2, ReportLabels::unitLabel(m.unit));
        book.count(sheet, row, 3, m.n);
        book.wrapped(sheet, row, 4, m.definition);
    }
    book.text(sheet, row + 2, 0, report.metadata.legend);
}

} // namespace

Result<QByteArray> XlsxExport::render(const Report &report)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder is available to build the Excel file."));
    const QString path = dir.filePath(QStringLiteral("statistics.xlsx"));
    {
        Workbook book(path);
        if (!book.isOpen())
            return fail(ErrorCode::Io, tr("The Excel file could not be started in %1.").arg(dir.path()));
        writeMetadata(book, report);
        for (const Table &t : report.tables)
            writeTable(book, t, report.metadata.legend);
        writeMeasures(book, report);
        if (Status s = book.close(); !s)
            return fail(s.error());
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The Excel file could not be read back: %1").arg(file.errorString()));
    return file.readAll();
}

} // namespace tsunagu::statistics
