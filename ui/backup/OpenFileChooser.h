// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace tsunagu::ui {

// The file dialog that picks a file to read (a backup, a database, a CSV file
// to import), with a hook so that a test can answer instead of a person (as
// FileChooser does for the files that are written).
class OpenFileChooser
{
public:
    // Empty when the person cancelled. `folder` is where the dialog starts.
    static QString openFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);

    // Test hook: the next openFileName() shows no dialog and returns `path`
    // (an empty path answers "cancelled").
    static void setNextFileName(const QString &path);
    // The caption of the last dialog, shown or answered.
    static QString lastCaption();
};

} // namespace tsunagu::ui
