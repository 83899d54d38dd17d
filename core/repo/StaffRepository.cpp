// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "text/Validation.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::StaffRepository", text);
}

const text::TextRule staffNameRule{"name", QT_TRANSLATE_NOOP("tsunagu::Fields", "Staff name"), text::limits::name, true};

Staff staffFrom(const QSqlQuery &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.role = fromCode<StaffRole>(q.value(2).toString()).value_or(StaffRole::Coordinator);
    s.active = q.value(3).toBool();
    return s;
}

const QString selectStaff = QStringLiteral("SELECT id, name, role, active FROM staff ");
} // namespace

Result<qint64> StaffRepository::create(const QString &name, StaffRole role) const
{
    auto clean = text::cleanText(name, staffNameRule);
    if (!clean)
        return fail(clean.error());
    auto existing = findByName(*clean);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(ErrorCode::Conflict, tr("A staff member called %1 already exists.").arg(*clean),
                    QStringLiteral("name"));
    storage::RecordStore store(m_session);
    return store.insert(QStringLiteral("staff"), QStringLiteral("staff"),
                        {{QStringLiteral("name"), *clean}, {QStringLiteral("role"), toCode(role)}}, std::nullopt);
}

Result<Staff> StaffRepository::get(qint64 id) const
{
    auto q = storage::prepare(m_session.db(), selectStaff + QStringLiteral("WHERE id = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("No staff member with number %1.").arg(id));
    return staffFrom(*q);
}

Result<std::optional<Staff>> StaffRepository::findByName(const QString &name) const
{
    auto q = storage::prepare(m_session.db(), selectStaff + QStringLiteral("WHERE name = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(name.trimmed());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return std::optional<Staff>();
    return std::optional<Staff>(staffFrom(*q));
}

Result<QList<Staff>> StaffRepository::list(bool activeOnly) const
{
    auto q = storage::prepare(m_session.db(),
                              selectStaff + (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString())
                                  + QStringLiteral("ORDER BY name"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    QList<Staff> all;
    while (q->next())
        all << staffFrom(*q);
    return all;
}

Result<Staff> StaffRepository::findOrCreate(const QString &name, StaffRole role) const
{
    auto existing = findByName(name);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return **existing;
    auto id = create(name, role);
    if (!id && id.error().code == ErrorCode::Conflict) {
        // Another process created the same staff member a moment ago.
        auto again = findByName(name);
        if (again && *again)
            return **again;
    }
    if (!id)
        return fail(id.error());
    return get(*id);
}

} // namespace tsunagu
