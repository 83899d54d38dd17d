// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgencyRows.h"

#include "importer/ClientIndex.h"
#include "importer/Vocabulary.h"
#include "repo/AgencyRepository.h"
#include "storage/Database.h"
#include "text/Normalizer.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu::importer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::importer::AgencyRows", text);
}

constexpr ImportKind kind = ImportKind::Agencies;
const text::TextRule externalIdRule { "external_id", QT_TRANSLATE_NOOP("tsunagu::Fields", "ID in the sheet"), 64 };

} // namespace

Status AgencyRows::prepare()
{
    auto q = storage::prepare(session().db(), QStringLiteral("SELECT id, external_id, name_norm FROM agencies"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return s;
    while (q->next()) {
        const Known known { q->value(0).toLongLong(), q->value(1).toString() };
        if (!known.externalId.isEmpty())
            m_byExternalId.insert(known.externalId, known);
        m_byName.insert(q->value(2).toString(), known);
    }
    return {};
}

RowOutcome AgencyRows::check(const SourceRow &row)
{
    QStringList reasons;
    Agency a;
    a.name = cleanCell(row, Field::Name);
    if (auto k = choice<AgencyKind>(kind, row, Field::AgencyKind, &Vocabulary::agencyKind, "agency_kind", reasons))
        a.kind = *k;
    a.prefecture = Vocabulary::completePrefecture(cleanCell(row, Field::Prefecture));
    a.municipality = cleanCell(row, Field::Municipality);
    a.address = cleanCell(row, Field::Address, text::Lines::Multi);
    a.phone = cleanCell(row, Field::Phone);
    a.email = cleanCell(row, Field::Email);
    a.contactName = cleanCell(row, Field::ContactName);
    a.note = cleanCell(row, Field::Note, text::Lines::Multi);
    QString externalId;
    if (auto id = text::cleanText(row.raw(Field::ExternalId), externalIdRule); id)
        externalId = ClientIndex::normalizedId(*id);
    else
        reasons << id.error().message;

    if (Status s = AgencyRepository(session()).validate(a); !s)
        reasons << s.error().message;

    const bool defaulted = isEmptyChoice(row.raw(Field::AgencyKind).trimmed());
    const auto outcome = [&]() -> RowOutcome {
        if (!reasons.isEmpty())
            return RowOutcome::rejected(reasons);
        const QString nameKey = text::searchKey(a.name);
        if (!externalId.isEmpty()) {
            if (auto it = m_inFileById.constFind(externalId); it != m_inFileById.constEnd())
                return RowOutcome::rejected(
                    { tr("The ID \"%1\" is also used on line %2.").arg(externalId, QString::number(it->id)) });
            if (auto it = m_byExternalId.constFind(externalId); it != m_byExternalId.constEnd())
                return RowOutcome::alreadyPresent(tr("already present as agency %1 (same ID)").arg(it->id), it->id);
        }
        if (auto it = m_inFileByName.constFind(nameKey);
            it != m_inFileByName.constEnd() && (externalId.isEmpty() || it->externalId.isEmpty()))
            return RowOutcome::rejected({ tr("The same agency as line %1 (same name). Remove one of the rows, or give "
                                             "each a different ID.")
                                              .arg(it->id) });
        for (auto it = m_byName.constFind(nameKey); it != m_byName.constEnd() && it.key() == nameKey; ++it) {
            if (externalId.isEmpty() || it->externalId.isEmpty() || it->externalId == externalId)
                return RowOutcome::alreadyPresent(tr("already present as agency %1 (same name)").arg(it->id), it->id);
        }
        const Known self { row.line, externalId };
        if (!externalId.isEmpty())
            m_inFileById.insert(externalId, self);
        m_inFileByName.insert(nameKey, self);
        m_pending = a;
        m_pendingExternalId = externalId;
        return {};
    }();
    if (defaulted && outcome.kind == RowOutcome::Kind::Accepted)
        ++m_kindDefaulted;
    return outcome;
}

Status AgencyRows::write()
{
    auto id = AgencyRepository(session()).create(m_pending);
    if (!id)
        return fail(id.error());
    if (m_pendingExternalId.isEmpty())
        return {};
    auto q = storage::prepare(session().db(), QStringLiteral("UPDATE agencies SET external_id = ? WHERE id = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(m_pendingExternalId);
    q->addBindValue(*id);
    return storage::exec(*q);
}

QStringList AgencyRows::notices() const
{
    if (m_kindDefaulted == 0)
        return {};
    return { QCoreApplication::translate("tsunagu::importer::AgencyRows",
        "%n agencies have no kind in the file and are imported as \"Other agency\"; "
        "set their kind later.",
        nullptr, m_kindDefaulted) };
}

} // namespace tsunagu::importer
