// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <utility>

namespace tsunagu::test {

// Rows written straight with SQL, so that the statistics tests depend only on
// the schema (and can set any date, including those in the past).
class StatsFixture
{
public:
    explicit StatsFixture(TempDatabase &t) : m_t(t) {}

    struct ClientRow {
        QString name = QStringLiteral("テスト 太郎");
        QString kana = QStringLiteral("てすと たろう");
        QString sex;        // empty: NULL
        QString employment; // empty: NULL
        std::optional<int> band;
        bool exclude = false;
        QDateTime created;
        QString phone;
        QString email;
        QString address;
        QString birthDate;
    };
    qint64 client(const ClientRow &row);
    void condition(qint64 client, const QString &group, const QString &note = {}, const QString &name = {});
    qint64 consultation(qint64 client, const QDateTime &at, const QString &channel, const QString &kind,
                        const QStringList &topics, const QString &notes = {});
    qint64 agency(const QString &name, const QString &kind);
    qint64 referral(qint64 client, qint64 agency, const QList<std::pair<QString, QDateTime>> &events,
                    const QString &note = {});
    qint64 supportCase(qint64 client, const QString &goal, QDate opened, std::optional<QDate> closed,
                       const QString &outcome, std::optional<int> score, const QString &note = {});
    void milestone(qint64 caseId, const QString &kind, std::optional<QDate> due, std::optional<QDate> done,
                   const QString &result, const QString &note = {});
    void contactPerson(qint64 client, const QString &name, const QString &phone, const QString &note);

    qint64 exec(const QString &sql, const QVariantList &values);

private:
    TempDatabase &m_t;
};

QDateTime jstAt(int y, int m, int d, int h = 0, int min = 0, int s = 0);

} // namespace tsunagu::test
