// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tsunagu::text {

// Formula injection (CSV injection): a spreadsheet program evaluates a cell
// whose text starts with = + - @ (and, in some programs, a tab or a carriage
// return), so "=cmd|' /C calc'!A0" in a client's note would run when a
// supervisor opens an export. Every text cell of every CSV or XLSX file Tsunagu
// writes goes through neutralizeCell, which puts an apostrophe in front of such
// a cell: the spreadsheet then shows the text and never evaluates it.
// Numbers written as numbers (not as text) need no neutralizing.

// True when a spreadsheet could take the cell for a formula.
bool isFormulaLike(QStringView cell);

// The cell as it is safe to write: prefixed with ' when isFormulaLike.
QString neutralizeCell(QStringView cell);

// The inverse, for reading back a file Tsunagu wrote (an import of a fixed
// reject report): removes the apostrophe neutralizeCell added, and only that.
QString restoreNeutralizedCell(QStringView cell);

} // namespace tsunagu::text
