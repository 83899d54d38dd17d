// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tsunagu::ui {

// The names people read for the columns a revision lists: the labels core
// uses in its own messages (context "tsunagu::Fields"), e.g. phone → 電話番号.
class FieldLabels
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::FieldLabels)

public:
    // The label of `column` of `table`; the column itself when unknown.
    static QString field(const QString &table, const QString &column);
    // What a record of `table` is called: 相談者, 相談, 伴走ケース …
    static QString record(const QString &table);
};

} // namespace tsunagu::ui
