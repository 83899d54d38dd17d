// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>
#include <utility>

namespace tsunagu {

// What went wrong, for code to branch on. The message is for people.
enum class ErrorCode {
    Invalid,          // input refused by validation
    NotFound,         // no such record
    Conflict,         // duplicate or concurrent change
    Refused,          // a rule forbids it (privacy, retention, health consent)
    NotADatabase,     // the file is not an SQLite database
    ForeignDatabase,  // an SQLite database, but not a Tsunagu one
    Corrupt,          // integrity check failed
    NewerSchema,      // written by a newer version of Tsunagu
    ReadOnly,         // file or folder cannot be written
    DiskFull,         // no space left
    Busy,             // another process holds the database too long
    Io,               // file system error
    Database,         // any other storage error
    Tampered,         // audit chain broken
    Cancelled,        // stopped by the user
};

// An error crossing the core's API: a machine-readable code, a message already
// translated into the user's language (core uses QCoreApplication::translate),
// and, for validation errors, the field that is wrong.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString field;
};

template <typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {})
{
    return std::unexpected(Error{code, std::move(message), std::move(field)});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

// A stable English name of a code, for logs and the CLI's JSON output.
QString errorCodeName(ErrorCode code);

} // namespace tsunagu
