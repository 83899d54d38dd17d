// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/FieldValues.h"
#include "ui/common/DateFormat.h"

#include <QHash>
#include <QString>

#include <utility>

namespace tsunagu::ui {

// A stored value as people read it in the history: core's FieldValues
// (text/FieldValues) with dates in the session's style (DateFormat).
class FieldValues : public tsunagu::FieldValues
{
public:
    explicit FieldValues(QHash<qint64, QString> staffNames = {})
        : tsunagu::FieldValues(std::move(staffNames), &DateFormat::display)
    { }
};

} // namespace tsunagu::ui
