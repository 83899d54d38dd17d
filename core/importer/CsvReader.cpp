// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>

#include <csv.h>

#include <algorithm>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::CsvReader", text);
}

constexpr unsigned char parserOptions = CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL;
constexpr qsizetype maxRawText = 200;

// Line breaks inside a field: CRLF, CR and LF each count once.
int countLineBreaks(const char *p, size_t n)
{
    int breaks = 0;
    for (size_t i = 0; i < n; ++i) {
        if (p[i] == '\n') {
            ++breaks;
        } else if (p[i] == '\r') {
            ++breaks;
            if (i + 1 < n && p[i + 1] == '\n')
                ++i;
        }
    }
    return breaks;
}

// What the libcsv callbacks build. libcsv reports every unquoted line end
// (CSV_REPALL_NL), so the physical line of each record is known.
struct Builder {
    CsvDocument *doc = nullptr;
    QStringList fields;
    int line = 1; // the line the parser is on
    int recordStart = 1; // the line the current record starts on
    bool inRecord = false; // a field of the current record was seen
    bool pendingCr = false;

    void reset(int atLine)
    {
        fields.clear();
        line = atLine;
        recordStart = atLine;
        inRecord = false;
        pendingCr = false;
    }
};

void onField(void *data, size_t length, void *context)
{
    auto *b = static_cast<Builder *>(context);
    b->pendingCr = false;
    b->inRecord = true;
    const char *text = static_cast<const char *>(data);
    b->fields << QString::fromUtf8(text, static_cast<qsizetype>(length));
    if (length > 0)
        b->line += countLineBreaks(text, length);
}

void onRecordEnd(int terminator, void *context)
{
    auto *b = static_cast<Builder *>(context);
    if (terminator == '\n' && b->pendingCr && !b->inRecord) {
        b->pendingCr = false; // the LF of a CRLF
        return;
    }
    b->pendingCr = false;
    if (b->inRecord) {
        b->doc->records.push_back(CsvRecord { b->recordStart, std::move(b->fields) });
        b->fields = QStringList();
        b->inRecord = false;
    }
    if (terminator == '\r') {
        ++b->line;
        b->pendingCr = true;
    } else if (terminator == '\n') {
        ++b->line;
    }
    b->recordStart = b->line;
}

// Walks forward through the text keeping (offset, line) pairs, so that finding
// the line of an offset or the offset of a line never rescans from the start.
class LineCursor
{
public:
    explicit LineCursor(QByteArrayView text)
        : m_text(text)
    { }

    qsizetype offset() const { return m_offset; }
    int line() const { return m_line; }

    // Moves to the start of `line` (or the end of the text).
    void toLine(int line)
    {
        while (m_line < line && m_offset < m_text.size())
            stepLine();
    }
    // Moves to the start of the line after the one holding `offset`.
    void pastLineOf(qsizetype offset)
    {
        while (m_offset <= offset && m_offset < m_text.size())
            stepLine();
    }

private:
    void stepLine()
    {
        while (m_offset < m_text.size()) {
            const char c = m_text.at(m_offset++);
            if (c == '\n')
                break;
            if (c == '\r') {
                if (m_offset < m_text.size() && m_text.at(m_offset) == '\n')
                    ++m_offset;
                break;
            }
        }
        ++m_line;
    }

    QByteArrayView m_text;
    qsizetype m_offset = 0;
    int m_line = 1;
};

QString shortened(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes.first(std::min<qsizetype>(bytes.size(), maxRawText * 4)));
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (text.size() > maxRawText)
        text = text.left(maxRawText) + QStringLiteral("…");
    return text.trimmed();
}

} // namespace

Result<CsvDocument> CsvReader::read(QByteArrayView utf8)
{
    CsvDocument doc;
    Builder builder;
    builder.doc = &doc;
    LineCursor cursor(utf8);

    // libcsv grows a field's buffer by a fixed block; with its default of 128
    // bytes a field of megabytes costs a quadratic number of copies. Blocks of
    // a 64th of the text (at least 64 KB) keep it to a few dozen per field.
    const size_t block = std::max<size_t>(64 * 1024, static_cast<size_t>(utf8.size() / 64));
    csv_parser parser;
    const auto initParser = [&]() {
        if (csv_init(&parser, parserOptions) != 0)
            return false;
        csv_set_blk_size(&parser, block);
        return true;
    };
    if (!initParser())
        return fail(ErrorCode::Io, tr("Out of memory while reading the file."));
    int unclosed = 0;

    qsizetype offset = 0;
    const auto restartAt = [&](int line) {
        // Drop the broken record and go on at the start of `line`.
        const int from = builder.recordStart;
        const qsizetype fromOffset = [&] {
            LineCursor start = cursor;
            start.toLine(from);
            return start.offset();
        }();
        cursor.toLine(line);
        const qsizetype to = cursor.offset();
        doc.problems.last().rawText = shortened(utf8.sliced(fromOffset, std::max<qsizetype>(0, to - fromOffset)));
        offset = to;
        builder.reset(cursor.line());
        csv_free(&parser);
        initParser();
    };

    for (;;) {
        const QByteArrayView rest = utf8.sliced(offset);
        const size_t consumed
            = csv_parse(&parser, rest.data(), static_cast<size_t>(rest.size()), onField, onRecordEnd, &builder);
        if (consumed < static_cast<size_t>(rest.size())) {
            if (csv_error(&parser) != CSV_EPARSE) {
                csv_free(&parser);
                return fail(ErrorCode::Io, tr("Out of memory while reading the file."));
            }
            // A quote where strict CSV allows none. The record is dropped and
            // reading resumes on the next line.
            const qsizetype errorAt = offset + static_cast<qsizetype>(consumed);
            doc.problems << CsvProblem { builder.recordStart,
                tr("The quotes of this line are broken: a field that contains a quote must be "
                   "enclosed in quotes, with each quote inside it doubled (\"\")."),
                {} };
            LineCursor probe = cursor;
            probe.pastLineOf(errorAt);
            restartAt(probe.line());
        } else if (csv_fini(&parser, onField, onRecordEnd, &builder) != 0) {
            // A quote was opened and never closed: the rest of the file would
            // be one field. Report it and read on from the next line.
            doc.problems << CsvProblem { builder.recordStart, tr("A quote (\") opened on this line is never closed."),
                {} };
            // Each of these means reading the rest of the file again: a few are
            // a broken line or two, many are not a CSV file.
            if (++unclosed > maxUnclosedQuotes) {
                csv_free(&parser);
                return fail(ErrorCode::Invalid,
                    tr("The file does not look like a CSV file: quotes are opened and never closed on more than %1 "
                       "lines.")
                        .arg(maxUnclosedQuotes));
            }
            restartAt(builder.recordStart + 1);
            if (offset >= utf8.size())
                break;
        } else {
            break;
        }
        if (doc.problems.size() > maxProblems) {
            csv_free(&parser);
            return fail(ErrorCode::Invalid,
                tr("The file does not look like a CSV file: more than %1 lines have broken quotes.").arg(maxProblems));
        }
        if (offset >= utf8.size()) {
            csv_fini(&parser, onField, onRecordEnd, &builder);
            break;
        }
    }
    csv_free(&parser);
    return doc;
}

} // namespace tsunagu::importer
