// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/FieldLabels.h"

namespace tsunagu::ui {

// The names people read for the columns a revision lists: core's labels
// (text/FieldLabels), which the access report uses too.
using FieldLabels = tsunagu::FieldLabels;

} // namespace tsunagu::ui
