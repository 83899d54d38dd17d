// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "audit/AuditLog.h"
#include "importer/AgencyRows.h"
#include "importer/ClientRows.h"
#include "importer/ConsultationRows.h"
#include "importer/CsvReader.h"
#include "importer/TextDecoder.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSqlQuery>

#include <limits>
#include <memory>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::Importer", text);
}

constexpr int progressEvery = 256;

std::unique_ptr<RowImporter> rowImporter(ImportKind kind, const Session &session)
{
    switch (kind) {
    case ImportKind::Clients:
        return std::make_unique<ClientRows>(session);
    case ImportKind::Agencies:
        return std::make_unique<AgencyRows>(session);
    case ImportKind::Consultations:
        return std::make_unique<ConsultationRows>(session);
    }
    return nullptr;
}

bool allEmpty(const QStringList &fields)
{
    for (const QString &f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString lineReason(int line, const QStringList &reasons)
{
    return tr("line %1: %2").arg(line).arg(reasons.join(QStringLiteral("; ")));
}

// A bulk import changes the same B-tree pages over and over; with SQLite's
// default page cache (2 MB) they spill into the WAL again and again, and the
// import becomes bound by the disk. For the duration of an import the
// connection may keep up to 256 MB of pages, so each is written once.
class LargePageCache
{
public:
    explicit LargePageCache(const storage::Database &db)
        : m_db(db.connection())
    {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            m_previous = q.value(0).toInt();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    }
    ~LargePageCache()
    {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -2000;
};

} // namespace

Result<ImportResult> Importer::importFile(const QString &path, const ImportOptions &options) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return fail(ErrorCode::Invalid,
            tr("The file %1 is too large to import (over %2 MB).")
                .arg(path, QString::number(maxFileBytes / (1024 * 1024))));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    return importData(bytes, options);
}

Result<ImportResult> Importer::importData(QByteArrayView bytes, const ImportOptions &options) const
{
    if (bytes.size() > maxFileBytes)
        return fail(ErrorCode::Invalid, tr("The file is too large to import."));
    auto decoded = TextDecoder::decode(bytes, options.encoding);
    if (!decoded)
        return fail(decoded.error());
    auto document = CsvReader::read(decoded->utf8);
    if (!document)
        return fail(document.error());
    decoded->utf8.clear();
    std::vector<CsvRecord> &records = document->records;
    if (records.empty())
        return fail(ErrorCode::Invalid, tr("The file holds no rows: the first line must name the columns."));
    const CsvRecord &headerRecord = records.front();
    for (const CsvProblem &p : document->problems) {
        if (p.line <= headerRecord.line)
            return fail(ErrorCode::Invalid, tr("The header (line %1) cannot be read: %2").arg(p.line).arg(p.message));
    }

    if (headerRecord.fields.size() > maxColumns)
        return fail(ErrorCode::Invalid,
            tr("The header (line %1) names %2 columns; a file to import may have at most %3.")
                .arg(headerRecord.line)
                .arg(headerRecord.fields.size())
                .arg(maxColumns));

    MappingRules remembered;
    if (options.useRememberedMapping) {
        auto r = ColumnMapping::remembered(m_session.db(), options.kind);
        if (!r)
            return fail(r.error());
        remembered = *r;
    }
    auto mapping = ColumnMapping::build(options.kind, headerRecord.fields, options.mapping, remembered);
    if (!mapping)
        return fail(mapping.error());

    ImportResult result;
    result.kind = options.kind;
    result.encoding = decoded->encoding;
    result.dryRun = options.dryRun;
    result.header = headerRecord.fields;
    result.columns = mapping->columns();
    for (const ColumnInfo &c : mapping->unknownColumns()) {
        if (!c.header.isEmpty()) {
            result.notices << tr("Column %1 \"%2\" matches no field: it is not imported. Give a mapping file "
                                 "(--mapping) to import it, or to mark it \"ignore\".")
                                  .arg(QString::number(c.index + 1), c.header.left(40));
            continue;
        }
        // A column without a header is only worth a word if it holds something.
        for (std::size_t i = 1; i < records.size(); ++i) {
            if (c.index < records[i].fields.size() && !records[i].fields.at(c.index).trimmed().isEmpty()) {
                result.notices << tr("Column %1 has no header but holds values (e.g. on line %2): it is not "
                                     "imported. Give it a header, or a mapping file (--mapping).")
                                      .arg(c.index + 1)
                                      .arg(records[i].line);
                break;
            }
        }
    }

    // A real run holds one write transaction from the first look at the
    // existing records to the commit, so that what was checked is what is written.
    const LargePageCache cache(m_session.db());
    storage::Transaction tx(m_session.db());
    if (!options.dryRun) {
        if (Status s = tx.begin(); !s)
            return fail(s.error());
    }
    std::unique_ptr<RowImporter> rows = rowImporter(options.kind, m_session);
    if (Status s = rows->prepare(); !s)
        return fail(s.error());

    const int columnCount = static_cast<int>(headerRecord.fields.size());
    const int problemColumn = mapping->columnOf(Field::PreviousProblem);
    const qint64 total = static_cast<qint64>(records.size()) - 1 + document->problems.size();
    qint64 done = 0;
    qsizetype nextProblem = 0;
    const auto reject = [&](int line, QStringList fields, const QStringList &reasons) {
        const QString text = lineReason(line, reasons);
        result.rejected << RowIssue { line, text, 0 };
        result.rows.push_back(ReportRow { line, std::move(fields), text });
    };
    const auto tick = [&]() -> Status {
        ++done;
        if (options.progress && (done % progressEvery == 0 || done == total) && !options.progress(done, total))
            return fail(ErrorCode::Cancelled, tr("The import was cancelled. Nothing was imported."));
        return {};
    };

    for (std::size_t i = 1; i <= records.size(); ++i) {
        // Broken lines are reported in their place among the rows.
        const int nextLine = i < records.size() ? records[i].line : std::numeric_limits<int>::max();
        while (nextProblem < document->problems.size() && document->problems.at(nextProblem).line < nextLine) {
            const CsvProblem &p = document->problems.at(nextProblem++);
            ++result.dataRows;
            reject(p.line, QStringList(), { p.message + QStringLiteral(" ") + tr("The line was: %1").arg(p.rawText) });
            if (Status s = tick(); !s)
                return fail(s.error());
        }
        if (i == records.size())
            break;
        CsvRecord &record = records[i];
        if (allEmpty(record.fields)) {
            ++result.blankRows;
            if (Status s = tick(); !s)
                return fail(s.error());
            continue;
        }
        ++result.dataRows;
        const int fieldCount = static_cast<int>(record.fields.size());
        if (fieldCount > columnCount && !allEmpty(record.fields.mid(columnCount))) {
            reject(record.line, std::move(record.fields),
                { tr("%1 values, but the header names %2 columns (a comma in a value that is not in quotes?). "
                     "Extra values: %3")
                        .arg(fieldCount)
                        .arg(columnCount)
                        .arg(record.fields.mid(columnCount).join(QStringLiteral(" | ")).left(200)) });
        } else if (fieldCount < columnCount) {
            reject(record.line, std::move(record.fields),
                { tr("%1 values, but the header names %2 columns (a line break in a value that is not in "
                     "quotes?).")
                        .arg(fieldCount)
                        .arg(columnCount) });
        } else {
            while (record.fields.size() < columnCount)
                record.fields << QString();
            record.fields = record.fields.first(columnCount);
            const SourceRow row { record.line, &record.fields, &*mapping };
            bool handled = false;
            if (problemColumn >= 0) {
                // A row of a reject report whose values could not be read the first time.
                QStringList data = record.fields;
                const QString previous = data.takeAt(problemColumn);
                if (allEmpty(data) && !previous.trimmed().isEmpty()) {
                    reject(record.line, record.fields,
                        { tr("This row could not be read in an earlier import; enter its values in the columns "
                             "(the original line is in the \"%1\" column).")
                                .arg(FieldCatalog::label(options.kind, Field::PreviousProblem)) });
                    handled = true;
                }
            }
            if (!handled) {
                RowOutcome outcome = rows->check(row);
                switch (outcome.kind) {
                case RowOutcome::Kind::Rejected:
                    reject(record.line, std::move(record.fields), outcome.reasons);
                    break;
                case RowOutcome::Kind::AlreadyPresent:
                    ++result.alreadyPresent;
                    result.present << RowIssue { record.line, outcome.reasons.join(QStringLiteral("; ")),
                        outcome.existingId };
                    result.rows.push_back(ReportRow { record.line, std::move(record.fields), {} });
                    break;
                case RowOutcome::Kind::Accepted:
                    ++result.accepted;
                    // Once a row is rejected nothing will be committed: checking goes on, writing stops.
                    if (!options.dryRun && result.rejected.isEmpty()) {
                        if (Status s = rows->write(); !s)
                            return fail(s.error());
                    }
                    result.rows.push_back(ReportRow { record.line, std::move(record.fields), {} });
                    break;
                }
            }
        }
        if (Status s = tick(); !s)
            return fail(s.error());
    }
    result.notices << rows->notices();

    if (options.dryRun || result.hasRejections())
        return result; // the transaction, if any, rolls back
    QJsonObject detail = rows->auditDetail();
    detail.insert(QStringLiteral("rows"), result.dataRows);
    detail.insert(QStringLiteral("imported"), result.accepted);
    detail.insert(QStringLiteral("already_present"), result.alreadyPresent);
    detail.insert(QStringLiteral("encoding"),
        decoded->encoding == Encoding::Cp932 ? QStringLiteral("cp932") : QStringLiteral("utf-8"));
    if (Status s = audit::AuditLog(m_session).append(
            // entity is NOT NULL: an empty, not a null, string.
            { QStringLiteral("import.") + kindCode(options.kind), QStringLiteral(""), std::nullopt, std::nullopt,
                detail });
        !s)
        return fail(s.error());
    if (Status s = ColumnMapping::remember(m_session.db(), options.kind, *mapping); !s)
        return fail(s.error());
    if (Status s = tx.commit(); !s)
        return fail(s.error());
    result.committed = true;
    return result;
}

} // namespace tsunagu::importer
