// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetSafety.h"

namespace tsunagu::text {

namespace {
bool isTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

bool isFormulaLike(QStringView cell)
{
    return !cell.isEmpty() && isTrigger(cell.front());
}

QString neutralizeCell(QStringView cell)
{
    if (isFormulaLike(cell))
        return QLatin1Char('\'') + cell.toString();
    return cell.toString();
}

QString restoreNeutralizedCell(QStringView cell)
{
    if (cell.size() >= 2 && cell.front() == u'\'' && isTrigger(cell.at(1)))
        return cell.mid(1).toString();
    return cell.toString();
}

} // namespace tsunagu::text
