// SPDX-License-Identifier: GPL-3.0-or-later
#include "KSetting.h"

#include "audit/AuditLog.h"
#include "statistics/Anonymizer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::KSetting", text);
}

// The text stored under the key, or nullopt when there is none.
Result<std::optional<QString>> stored(const storage::Database &db)
{
    auto q = storage::prepare(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(KSetting::key());
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

// A whole number of at least minimumK, written without sign or decimals.
std::optional<int> parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || !std::all_of(t.cbegin(), t.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    bool ok = false;
    const int k = t.toInt(&ok);
    if (!ok || k < Anonymizer::minimumK)
        return std::nullopt;
    return k;
}

} // namespace

Result<int> KSetting::read(const storage::Database &db)
{
    auto text = stored(db);
    if (!text)
        return fail(text.error());
    if (!*text)
        return Anonymizer::defaultK;
    if (const std::optional<int> k = parse(**text))
        return *k;
    return fail(ErrorCode::Invalid,
                tr("The organisation's k for statistics (setting %1) is \"%2\", but it must be a whole number of at "
                   "least %3. Set k on the statistics screen to replace it.")
                    .arg(key(), (*text)->left(20))
                    .arg(Anonymizer::minimumK),
                QStringLiteral("k"));
}

Status KSetting::write(const Session &session, int k)
{
    if (auto valid = Anonymizer::create(k); !valid)
        return fail(valid.error());
    const storage::Database &db = session.db();
    storage::Transaction tx(db);
    if (Status s = tx.begin(); !s)
        return s;
    auto before = stored(db);
    if (!before)
        return fail(before.error());
    if (*before && parse(**before) == k)
        return tx.commit();
    auto q = storage::prepare(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return fail(q.error());
    q->addBindValue(key());
    q->addBindValue(QString::number(k));
    if (Status s = storage::exec(*q); !s)
        return s;
    const QJsonObject detail{
        {QStringLiteral("key"), key()},
        {QStringLiteral("from"), *before ? QJsonValue(**before) : QJsonValue()},
        {QStringLiteral("to"), QString::number(k)},
    };
    if (Status s = audit::AuditLog(session).append({QStringLiteral("statistics.set_k"), QStringLiteral("settings"),
                                                    {}, {}, detail});
        !s)
        return s;
    return tx.commit();
}

} // namespace tsunagu::statistics
