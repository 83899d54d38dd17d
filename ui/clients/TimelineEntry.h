// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QString>

namespace tsunagu::ui {

// One row of a client's timeline: a consultation, a support case, a referral,
// a consent or a disclosure record, with what the row shows of it.
struct TimelineEntry {
    Q_GADGET

public:
    enum class Kind { Consultation, Case, Referral, Consent, Disclosure };
    Q_ENUM(Kind)
    static constexpr int kindCount = 5;

    Kind kind = Kind::Consultation;
    qint64 id = 0; // the record's id in its own table
    qint64 at = 0; // when it happened, ms since the epoch: the sort key
    QDate date; // the day shown (Japan)
    QString summary; // one line
    QString details; // the tooltip: the whole of what the line shortens
    QString staff; // who held, recorded or sent it
    QString state; // a consent's ConsentStatus::name, a referral's status code
    bool struckOut = false; // a withdrawn consent
    bool dimmed = false; // an expired consent

    // The table the record lives in ("consultations", "support_cases", …),
    // as RevisionHistory and the audit log name it.
    static QString table(Kind kind);
};

} // namespace tsunagu::ui
