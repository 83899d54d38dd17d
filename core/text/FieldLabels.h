// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tsunagu {

// The names people read for the columns of the database, e.g. phone → 電話番号,
// and for its kinds of record (相談者, 相談, 伴走ケース …): the history of
// corrections (ui/history) and the access report (privacy::AccessReport) show
// these, never a column name.
//
// Field labels are the labels core uses in its own messages (context
// "tsunagu::Fields", text::TextRule), so each field name is translated once.
// The record names keep the context they had in ui/history
// ("tsunagu::ui::FieldLabels") so that their translations keep working.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::FieldLabels)

public:
    // The label of `column` of `table`; the column itself when unknown.
    static QString field(const QString &table, const QString &column);
    // Whether `column` of `table` has a label of its own.
    static bool hasField(const QString &table, const QString &column);
    // What a record of `table` is called: 相談者, 相談, 伴走ケース …; the
    // table itself when unknown.
    static QString record(const QString &table);
};

} // namespace tsunagu
