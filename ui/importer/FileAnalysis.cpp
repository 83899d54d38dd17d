// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/FileAnalysis.h"

#include "importer/Importer.h"
#include "importer/TextDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tsunagu::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ui::FileAnalysis", text);
}

// Enough text for the header and the preview rows of any sensible file.
constexpr qsizetype headBytes = 256 * 1024;

bool allEmpty(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Result<FileAnalysis> FileAnalysis::read(const QString &path, importer::Encoding choice)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("There is no file %1.").arg(shown));
    if (!info.isFile())
        return fail(ErrorCode::Invalid, tr("%1 is not a file.").arg(shown));
    if (info.size() > importer::Importer::maxFileBytes)
        return fail(ErrorCode::Invalid,
            tr("%1 is too large to import (over %2 MB).")
                .arg(shown)
                .arg(importer::Importer::maxFileBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));

    // The whole file is decoded, as the import will: detection looks at all of
    // it, and an undecodable byte anywhere is found now rather than later.
    auto decoded = importer::TextDecoder::decode(bytes, choice);
    if (!decoded)
        return fail(decoded.error());

    QByteArrayView head = decoded->utf8;
    if (head.size() > headBytes) {
        head = head.first(headBytes);
        const qsizetype lastLine = head.lastIndexOf('\n');
        if (lastLine > 0)
            head = head.first(lastLine + 1);
    }
    auto document = importer::CsvReader::read(head);
    if (!document)
        return fail(document.error());
    if (document->records.empty())
        return fail(ErrorCode::Invalid, tr("The file holds no rows: its first line must name the columns."));

    FileAnalysis analysis;
    analysis.path = info.absoluteFilePath();
    analysis.choice = choice;
    analysis.encoding = decoded->encoding;
    analysis.hadBom = decoded->hadBom;
    analysis.bytes = info.size();
    const importer::CsvRecord &header = document->records.front();
    for (const importer::CsvProblem &p : document->problems) {
        if (p.line <= header.line)
            return fail(ErrorCode::Invalid, tr("The header (line %1) cannot be read: %2").arg(p.line).arg(p.message));
    }
    analysis.header = header.fields;
    analysis.headerLine = header.line;
    for (std::size_t i = 1; i < document->records.size() && analysis.rows.size() < std::size_t(previewRows); ++i) {
        if (!allEmpty(document->records[i].fields))
            analysis.rows.push_back(document->records[i]);
    }
    return analysis;
}

} // namespace tsunagu::ui
