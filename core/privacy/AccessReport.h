// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "text/FieldValues.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace tsunagu::privacy {

// The person's right of access (APPI Art. 33, PRIVACY.md rules 10 and 11):
// everything held about one client — every field, conditions, contacts,
// consultations, drafts not yet saved, cases and milestones, referrals and
// their events, consents, the history of corrections — and every disclosure
// record about them except those a supervisor withheld (the reason is kept,
// not shown).
//
// Two forms: JSON for machines (the stored codes, instants in milliseconds
// since the epoch, format "tsunagu-access-report/1"), and an HTML document to
// hand to the person (labels, values in words, dates in Japan time).
//
// Handing the report to the person is not a disclosure to a third party; its
// generation is audited.
class AccessReport
{
public:
    enum class Format { Json, Html };

    // The names the HTML shows for the numbers the report holds.
    struct Names {
        QHash<qint64, QString> staff;
        QHash<qint64, QString> agencies; // besides those the report's referrals name
    };

    explicit AccessReport(const Session &session) : m_session(session) {}

    Result<QJsonObject> build(qint64 clientId) const;
    // `dateText` writes the HTML's calendar dates; by default they follow the
    // document's language (QLocale()): 2026年11月22日, or 22 November 2026.
    Result<QByteArray> render(qint64 clientId, Format format, const FieldValues::DateText &dateText = {}) const;

    // A printable document (HTML, A4) of a built report, in the language of
    // the installed translation and the default locale.
    static QString toHtml(
        const QJsonObject &report, const Names &names = {}, const FieldValues::DateText &dateText = {});

private:
    Result<Names> names() const;

    Session m_session;
};

} // namespace tsunagu::privacy
