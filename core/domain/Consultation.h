// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tsunagu {

using Attendees = EnumSet<Attendee>;
using Topics = EnumSet<Topic>;

inline constexpr int maxConsultationMinutes = 24 * 60;

// 相談 / 面談: one consultation.
struct Consultation {
    qint64 id = 0;
    qint64 clientId = 0;
    std::optional<qint64> caseId;       // the client's support case it belongs to, if any
    qint64 startedAt = 0;               // instant, ms since the epoch (UTC)
    int durationMin = 0;                // 0..1440
    Channel channel = Channel::InPerson;
    ConsultationKind kind = ConsultationKind::OneOff;
    Attendees attendees;
    Topics topics;
    QString notes;                      // multi-line
    QString nextSteps;                  // multi-line
    std::optional<QDate> followUpOn;    // not before the consultation's (Japanese) date
    qint64 staffId = 0;                 // who held it; 0 = the session's staff member
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    int version = 0;
};

} // namespace tsunagu
