// SPDX-License-Identifier: GPL-3.0-or-later
#include "RejectReport.h"

#include "importer/FieldCatalog.h"
#include "text/SpreadsheetSafety.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <csv.h>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::RejectReport", text);
}

// One cell, neutralised, quoted by libcsv.
void appendCell(QByteArray &out, const QString &cell)
{
    const QByteArray utf8 = text::neutralizeCell(cell).toUtf8();
    const size_t needed = csv_write(nullptr, 0, utf8.constData(), static_cast<size_t>(utf8.size()));
    const qsizetype at = out.size();
    out.resize(at + static_cast<qsizetype>(needed));
    csv_write(out.data() + at, needed, utf8.constData(), static_cast<size_t>(utf8.size()));
}

void appendRecord(QByteArray &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendCell(out, cells.at(i));
    }
    out.append("\r\n");
}

} // namespace

QString RejectReport::problemHeader()
{
    return FieldCatalog::label(ImportKind::Clients, Field::PreviousProblem);
}

QByteArray RejectReport::toCsv(const ImportResult &result)
{
    QByteArray out("\xEF\xBB\xBF");
    // The header, without the problem column of an earlier report.
    QList<int> kept;
    QStringList header;
    for (const ColumnInfo &c : result.columns) {
        if (c.field && *c.field == Field::PreviousProblem)
            continue;
        kept << c.index;
        header << c.header;
    }
    header << problemHeader();
    appendRecord(out, header);
    for (const ReportRow &row : result.rows) {
        QStringList cells;
        for (int index : kept)
            cells << (index < row.fields.size() ? row.fields.at(index) : QString());
        cells << row.problem;
        appendRecord(out, cells);
    }
    return out;
}

Status RejectReport::write(const ImportResult &result, const QString &path)
{
    const QByteArray bytes = toCsv(result);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, tr("The report %1 cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace tsunagu::importer
