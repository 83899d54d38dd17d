// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace tsunagu::importer {

// One record of a CSV file and the physical line it starts on (a quoted
// field may hold line breaks, so a record can span several lines).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

// A part of the file that is not well-formed CSV (a quote in the middle of an
// unquoted field, text after a closing quote, a quote never closed). Reading
// goes on at the next line, so one broken record never hides the others.
struct CsvProblem {
    int line = 0; // where the broken record starts
    QString message;
    QString rawText; // the text of the broken lines, shortened
};

struct CsvDocument {
    std::vector<CsvRecord> records; // blank lines are left out
    QList<CsvProblem> problems;
};

// Reads CSV text (UTF-8) with libcsv in strict mode: comma separated, fields
// quoted with " and "" for a quote inside, CRLF, LF or CR line ends, a
// trailing empty line. Too many broken records mean the file is not CSV.
class CsvReader
{
public:
    static constexpr int maxProblems = 200;
    static constexpr int maxUnclosedQuotes = 20;

    static Result<CsvDocument> read(QByteArrayView utf8);
};

} // namespace tsunagu::importer
