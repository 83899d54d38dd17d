// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "statistics/ExportFormat.h"
#include "statistics/Report.h"

#include <QByteArray>
#include <QString>

namespace tsunagu::statistics {

// Writes an anonymized report to a file. Refuses any report that does not pass
// Anonymizer::verify. The file is written to a temporary file and renamed into
// place (QSaveFile), so a failure never leaves a half-written file, and the
// export leaves an audit entry (who, when, period, format, k, file name, size,
// SHA-256) in the same transaction: no file without its audit entry.
class ReportExporter
{
public:
    explicit ReportExporter(const Session &session) : m_session(session) {}

    Status write(const Report &report, ExportFormat format, const QString &path) const;
    // The same checks, atomic save and audit entry for bytes rendered outside
    // the core: the PDF with charts, drawn by the desktop application.
    Status writeRendered(const Report &report, ExportFormat format, const QByteArray &bytes,
                         const QString &path) const;

    // The bytes of an export, without writing or auditing anything.
    static Result<QByteArray> render(const Report &report, ExportFormat format);

private:
    Session m_session;
};

} // namespace tsunagu::statistics
