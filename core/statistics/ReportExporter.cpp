// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportExporter.h"

#include "audit/AuditLog.h"
#include "statistics/Anonymizer.h"
#include "statistics/CsvExport.h"
#include "statistics/JsonExport.h"
#include "statistics/XlsxExport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::ReportExporter", text);
}

std::unexpected<Error> cannotWrite(const QString &path, const QString &why)
{
    return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, why));
}

} // namespace

Result<QByteArray> ReportExporter::render(const Report &report, ExportFormat format)
{
    if (Status s = Anonymizer::verify(report); !s)
        return fail(s.error());
    switch (format) {
    case ExportFormat::Csv:
        return CsvExport::render(report);
    case ExportFormat::Json:
        return JsonExport::render(report);
    case ExportFormat::Xlsx:
        return XlsxExport::render(report);
    case ExportFormat::Pdf:
        break;
    }
    return fail(ErrorCode::Invalid,
                tr("PDF export is available from the statistics screen of the desktop application; here, use csv, "
                   "xlsx or json."),
                QStringLiteral("format"));
}

Status ReportExporter::write(const Report &report, ExportFormat format, const QString &path) const
{
    auto bytes = render(report, format);
    if (!bytes)
        return fail(bytes.error());
    return writeRendered(report, format, *bytes, path);
}

Status ReportExporter::writeRendered(const Report &report, ExportFormat format, const QByteArray &rendered,
                                     const QString &path) const
{
    if (Status s = Anonymizer::verify(report); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (file.write(rendered) != rendered.size())
        return cannotWrite(path, file.errorString());

    // The audit entry and the rename stand or fall together.
    const storage::Database &db = m_session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    const QJsonObject detail{
        {QStringLiteral("period"), report.metadata.periodCode},
        {QStringLiteral("format"), exportFormatName(format)},
        {QStringLiteral("k"), report.metadata.k},
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("bytes"), qint64(rendered.size())},
        {QStringLiteral("sha256"),
         QString::fromLatin1(QCryptographicHash::hash(rendered, QCryptographicHash::Sha256).toHex())},
        {QStringLiteral("applicationVersion"), report.metadata.applicationVersion},
        {QStringLiteral("schemaVersion"), report.metadata.schemaVersion},
    };
    if (Status s = audit::AuditLog(m_session).append({QStringLiteral("statistics.export"), QStringLiteral(""), {}, {}, detail});
        !s)
        return s;
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    if (Status s = tx.commit(); !s) {
        QFile::remove(path);
        return s;
    }
    return {};
}

} // namespace tsunagu::statistics
