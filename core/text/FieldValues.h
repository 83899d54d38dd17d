// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace tsunagu {

// A stored value as people read it: codes as their labels (female → 女性),
// dates in the caller's style and instants in Japan time, flags as yes/no, a
// staff member's or an agency's number as their name, an empty value as
// "(empty)". The history of corrections (ui/history) and the access report
// (privacy::AccessReport) show values through this.
//
// The messages that were written when this lived in ui/history keep their
// context ("tsunagu::ui::FieldValues") so that their translations keep working.
class FieldValues
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::FieldValues)

public:
    // How a calendar date is written: the UI passes its session's style.
    using DateText = std::function<QString(QDate)>;

    // 2026年11月22日; empty for an invalid date.
    static QString japaneseDate(QDate date);
    // 22 November 2026, for a document in English; empty for an invalid date.
    static QString englishDate(QDate date);

    explicit FieldValues(QHash<qint64, QString> staffNames = {}, DateText dateText = japaneseDate);

    // Names for agency numbers (referrals' agency_id); "Agency #n" otherwise.
    void setAgencyNames(QHash<qint64, QString> agencyNames);

    QString text(const QString &table, const QString &column, const QJsonValue &value) const;

    // A calendar date in the caller's style.
    QString date(QDate date) const;
    // An instant (ms since the epoch) as its date in Japan and the time, HH:mm.
    QString dateTime(qint64 ms) const;
    static QString yesNo(bool value);
    static QString empty();

private:
    QHash<qint64, QString> m_staff;
    QHash<qint64, QString> m_agencies;
    DateText m_dateText;
};

} // namespace tsunagu
