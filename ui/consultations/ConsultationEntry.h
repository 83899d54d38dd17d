// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Consultation.h"
#include "ui/consultations/PreVisitCheck.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tsunagu::ui {

// Everything the consultation form holds, exactly as typed: what a draft
// keeps (toJson/fromJson) and what becomes the saved consultation.
struct ConsultationEntry {
    Consultation consultation; // notes without the checklist; follow-up from followUpText
    QString followUpText; // the follow-up date as typed, even when unreadable
    std::optional<PreVisitCheck> visitCheck; // answered before a home visit

    // The record to save: the checklist (for a home visit) appended to the notes.
    Consultation toConsultation() const;

    QJsonObject toJson() const;
    // Unknown or missing values fall back to the defaults of a new consultation.
    static ConsultationEntry fromJson(const QJsonObject &json);
};

} // namespace tsunagu::ui
