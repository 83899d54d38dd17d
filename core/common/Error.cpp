// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace tsunagu {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Invalid: return QStringLiteral("invalid");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Refused: return QStringLiteral("refused");
    case ErrorCode::NotADatabase: return QStringLiteral("not-a-database");
    case ErrorCode::ForeignDatabase: return QStringLiteral("foreign-database");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::NewerSchema: return QStringLiteral("newer-schema");
    case ErrorCode::ReadOnly: return QStringLiteral("read-only");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Tampered: return QStringLiteral("tampered");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace tsunagu
