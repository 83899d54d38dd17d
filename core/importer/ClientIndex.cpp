// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientIndex.h"

#include "storage/Database.h"

#include <QSet>
#include <QSqlQuery>

namespace tsunagu::importer {

namespace {

QString discriminator(const std::optional<QDate> &birthDate, const QString &phoneKey)
{
    if (birthDate && birthDate->isValid())
        return QStringLiteral("b:") + birthDate->toString(Qt::ISODate);
    if (phoneKey.size() >= 3)
        return QStringLiteral("p:") + phoneKey;
    return QStringLiteral("-");
}

QStringList nameKeys(const QString &nameKey, const QString &readingKey)
{
    QStringList keys;
    if (!readingKey.isEmpty())
        keys << QStringLiteral("k:") + readingKey;
    if (!nameKey.isEmpty())
        keys << QStringLiteral("n:") + nameKey;
    return keys;
}

} // namespace

QString ClientIndex::normalizedId(QStringView id)
{
    QString out;
    const QString nfkc = id.toString().normalized(QString::NormalizationForm_KC);
    out.reserve(nfkc.size());
    for (QChar c : nfkc) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

Status ClientIndex::load(const storage::Database &db)
{
    auto q = storage::prepare(db,
        QStringLiteral("SELECT id, external_id, name_norm, kana_norm, birth_date, phone_norm, erased_at IS NOT NULL "
                       "FROM clients"));
    if (!q)
        return fail(q.error());
    if (Status s = storage::exec(*q); !s)
        return s;
    while (q->next()) {
        Entry e;
        e.id = q->value(0).toLongLong();
        e.externalId = q->value(1).toString();
        e.erased = q->value(6).toBool();
        if (e.erased) {
            // An erased person is found by ID only: the rest of their record is gone.
            if (!e.externalId.isEmpty())
                m_byExternalId.insert(e.externalId, e);
            continue;
        }
        const QString birth = q->value(4).toString();
        const QDate date = QDate::fromString(birth, Qt::ISODate);
        const QString phone = q->value(5).toString();
        add(e, q->value(2).toString(), q->value(3).toString(),
            date.isValid() ? std::optional<QDate>(date) : std::nullopt, phone);
        // A stored record with both is found through either.
        if (date.isValid() && phone.size() >= 3) {
            for (const QString &key : nameKeys(q->value(2).toString(), q->value(3).toString()))
                m_byIdentity.insert(key + u'|' + discriminator(std::nullopt, phone), e);
        }
    }
    return {};
}

void ClientIndex::add(const Entry &entry, const QString &nameKey, const QString &readingKey,
    const std::optional<QDate> &birthDate, const QString &phoneKey)
{
    if (!entry.externalId.isEmpty())
        m_byExternalId.insert(entry.externalId, entry);
    const QString disc = discriminator(birthDate, phoneKey);
    for (const QString &key : nameKeys(nameKey, readingKey))
        m_byIdentity.insert(key + u'|' + disc, entry);
}

std::optional<ClientIndex::Entry> ClientIndex::byExternalId(const QString &externalId) const
{
    if (externalId.isEmpty())
        return std::nullopt;
    auto it = m_byExternalId.constFind(externalId);
    if (it == m_byExternalId.constEnd())
        return std::nullopt;
    return *it;
}

QList<ClientIndex::Entry> ClientIndex::samePerson(const QString &externalId, const QString &nameKey,
    const QString &readingKey, const std::optional<QDate> &birthDate, const QString &phoneKey) const
{
    QList<Entry> found;
    QSet<qint64> seen;
    const QString disc = discriminator(birthDate, phoneKey);
    for (const QString &key : nameKeys(nameKey, readingKey)) {
        for (auto it = m_byIdentity.constFind(key + u'|' + disc);
             it != m_byIdentity.constEnd() && it.key() == key + u'|' + disc; ++it) {
            const Entry &e = *it;
            if (!externalId.isEmpty() && !e.externalId.isEmpty() && e.externalId != externalId)
                continue;
            if (!seen.contains(e.id)) {
                seen.insert(e.id);
                found << e;
            }
        }
    }
    return found;
}

} // namespace tsunagu::importer
