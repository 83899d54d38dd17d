// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tsunagu {
class Session;
namespace storage {
class Database;
}
} // namespace tsunagu

namespace tsunagu::cli {

// Exit statuses of tsunagu-cli.
enum Exit : int { Ok = 0, Failed = 1, Usage = 2 };

// One sub-command: `tsunagu-cli NAME --db FILE [options]`.
struct Command {
    QString name;
    QString summary;   // one line for `tsunagu-cli --help`
    QString example;   // shown by `tsunagu-cli NAME --help`
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<int(const QCommandLineParser &)> run;
};

const std::vector<Command> &commands();

// Shared helpers for commands.
void printError(const QString &message);   // one line on stderr
int reportFailure(const Error &error);     // prints and returns Exit::Failed
void print(const QString &text);           // stdout

// Opens the database named by --db (or the default), refusing damaged or newer
// files with a one-line reason.
Result<std::unique_ptr<storage::Database>> openDatabase(const QCommandLineParser &parser, bool readOnly);
// The acting staff member: --staff NAME, else $TSUNAGU_STAFF, else "cli".
Result<qint64> actingStaff(const storage::Database &db, const QCommandLineParser &parser);

// Writes bytes through a temporary file renamed into place (QSaveFile).
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace tsunagu::cli
