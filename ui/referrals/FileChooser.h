// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace tsunagu::ui {

// The file dialogs of documents that leave the application, with a hook so
// that a test can answer instead of a person (as MessageBoxes::setNextAnswer).
class FileChooser
{
public:
    // Asks where to save; empty when the person cancelled. `suggestedName` is
    // a file name (no folder): the dialog starts in the documents folder.
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

    // Test hook: the next saveFileName() shows no dialog and returns `path`
    // (an empty path answers "cancelled").
    static void setNextFileName(const QString &path);
    // The caption of the last file dialog, shown or answered.
    static QString lastCaption();
};

} // namespace tsunagu::ui
