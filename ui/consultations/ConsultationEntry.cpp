// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/ConsultationEntry.h"

namespace tsunagu::ui {

namespace {
// Payload keys: the draft format. Add keys; never reuse one for something else.
const QString startedAtKey = QStringLiteral("startedAt");
const QString durationKey = QStringLiteral("durationMin");
const QString channelKey = QStringLiteral("channel");
const QString kindKey = QStringLiteral("kind");
const QString attendeesKey = QStringLiteral("attendees");
const QString topicsKey = QStringLiteral("topics");
const QString notesKey = QStringLiteral("notes");
const QString nextStepsKey = QStringLiteral("nextSteps");
const QString followUpKey = QStringLiteral("followUp");
const QString caseKey = QStringLiteral("caseId");
const QString visitKey = QStringLiteral("visitCheck");
} // namespace

Consultation ConsultationEntry::toConsultation() const
{
    Consultation c = consultation;
    if (c.channel == Channel::HomeVisit && visitCheck) {
        const QString notes = c.notes.trimmed();
        c.notes
            = notes.isEmpty() ? visitCheck->notesBlock() : notes + QStringLiteral("\n\n") + visitCheck->notesBlock();
    }
    return c;
}

QJsonObject ConsultationEntry::toJson() const
{
    const Consultation &c = consultation;
    QJsonObject json {
        { startedAtKey, static_cast<double>(c.startedAt) },
        { durationKey, c.durationMin },
        { channelKey, toCode(c.channel) },
        { kindKey, toCode(c.kind) },
        { attendeesKey, c.attendees.toCodes() },
        { topicsKey, c.topics.toCodes() },
        { notesKey, c.notes },
        { nextStepsKey, c.nextSteps },
        { followUpKey, followUpText },
    };
    if (c.caseId)
        json.insert(caseKey, static_cast<double>(*c.caseId));
    if (visitCheck)
        json.insert(visitKey, visitCheck->toJson());
    return json;
}

ConsultationEntry ConsultationEntry::fromJson(const QJsonObject &json)
{
    ConsultationEntry e;
    Consultation &c = e.consultation;
    c.startedAt = static_cast<qint64>(json.value(startedAtKey).toDouble());
    c.durationMin = json.value(durationKey).toInt();
    c.channel = fromCode<Channel>(json.value(channelKey).toString()).value_or(Channel::InPerson);
    c.kind = fromCode<ConsultationKind>(json.value(kindKey).toString()).value_or(ConsultationKind::OneOff);
    c.attendees = Attendees::fromCodes(json.value(attendeesKey).toString()).value_or(Attendees { Attendee::Self });
    c.topics = Topics::fromCodes(json.value(topicsKey).toString()).value_or(Topics());
    c.notes = json.value(notesKey).toString();
    c.nextSteps = json.value(nextStepsKey).toString();
    if (json.contains(caseKey))
        c.caseId = static_cast<qint64>(json.value(caseKey).toDouble());
    e.followUpText = json.value(followUpKey).toString();
    e.visitCheck = PreVisitCheck::fromJson(json.value(visitKey).toObject());
    return e;
}

} // namespace tsunagu::ui
