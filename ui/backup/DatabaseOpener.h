// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <utility>

class QWidget;

namespace tsunagu::ui {

// How the application opens its database at start-up, before any window:
//   - with the quick structural check (the full one runs in the background
//     once the window is shown: DataSafety);
//   - a read-only file or folder: asks "open read-only?";
//   - a damaged, cut-off or foreign file: never writes to it, and offers to
//     restore it from one of its automatic backups (the damaged file is kept
//     beside it, renamed), to open another file, or to quit.
// main() calls it; tests call it the same way, answering its dialogs.
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::DatabaseOpener)

public:
    using OpenFunction = std::function<Result<std::unique_ptr<storage::Database>>(
        const QString &path, const storage::Database::Options &options)>;

    DatabaseOpener();
    // Test hook: opens files instead of storage::Database::open.
    void setOpenFunction(OpenFunction open) { m_open = std::move(open); }

    // The database to work in, or null when the person chose to quit or it
    // cannot be opened (they were told why).
    std::unique_ptr<storage::Database> open(const QString &path, QWidget *parent = nullptr);
    // Puts `backupPath` in place of the (closed) damaged file `path`, then
    // opens it as open() does; if the restore fails, opens `path` as it is.
    std::unique_ptr<storage::Database> restoreAndOpen(
        const QString &backupPath, const QString &path, QWidget *parent = nullptr);

    // What the person should be told once the window is shown (where a damaged
    // file was kept), or empty; told once.
    QString takeNotice() { return std::exchange(m_notice, QString()); }

private:
    enum class Next { Retry, Quit };
    Next offerRecovery(QString &path, const QString &problem, QWidget *parent);
    bool restoreFile(const QString &backupPath, const QString &path, QWidget *parent);

    OpenFunction m_open;
    QString m_notice;
};

} // namespace tsunagu::ui
