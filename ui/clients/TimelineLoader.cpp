// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/TimelineLoader.h"

#include "common/Clock.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureLog.h"
#include "repo/CaseRepository.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/clients/ConsentStatus.h"
#include "ui/clients/RecordNames.h"
#include "ui/common/DateFormat.h"

#include <algorithm>

namespace tsunagu::ui {

namespace {

constexpr int maxDetailLength = 600;

QString shortened(const QString &text)
{
    return text.size() > maxDetailLength ? text.left(maxDetailLength) + QStringLiteral("…") : text;
}

QString timeOf(qint64 ms)
{
    return jst::toLocal(ms).time().toString(QStringLiteral("HH:mm"));
}

} // namespace

TimelineLoader::TimelineLoader(const Session &session, const RecordNames &names)
    : m_session(session)
    , m_names(names)
{ }

QString TimelineLoader::firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            return trimmed;
    }
    return {};
}

Result<QList<TimelineEntry>> TimelineLoader::load(qint64 clientId) const
{
    QList<TimelineEntry> entries;

    const Result<QList<Consultation>> consultations = ConsultationRepository(m_session).forClient(clientId);
    if (!consultations)
        return fail(consultations.error());
    for (const Consultation &c : *consultations)
        entries << consultation(c);

    const Result<QList<SupportCase>> cases = CaseRepository(m_session).forClient(clientId);
    if (!cases)
        return fail(cases.error());
    for (const SupportCase &c : *cases)
        entries << supportCase(c);

    const ReferralRepository referrals(m_session);
    const Result<QList<Referral>> referralList = referrals.forClient(clientId);
    if (!referralList)
        return fail(referralList.error());
    for (const Referral &r : *referralList) {
        TimelineEntry entry = referral(r);
        // Dated by its first step (a referral may be entered after it was proposed).
        if (const Result<QList<ReferralEvent>> events = referrals.events(r.id); events && !events->isEmpty()) {
            entry.at = events->constFirst().at;
            entry.date = jst::dateOf(entry.at);
            entry.staff = m_names.staff(events->constFirst().staffId);
        }
        entries << entry;
    }

    const Result<QList<privacy::Consent>> consents = privacy::ConsentRegistry(m_session).forClient(clientId);
    if (!consents)
        return fail(consents.error());
    for (const privacy::Consent &c : *consents)
        entries << consent(c);

    const Result<QList<privacy::DisclosureRecord>> disclosures
        = privacy::DisclosureLog(m_session).forClient(clientId, true);
    if (!disclosures)
        return fail(disclosures.error());
    for (const privacy::DisclosureRecord &d : *disclosures)
        entries << disclosure(d);

    // Newest first; on the same instant, the later record first.
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.at != b.at)
            return a.at > b.at;
        if (a.kind != b.kind)
            return a.kind > b.kind;
        return a.id > b.id;
    });
    return entries;
}

TimelineEntry TimelineLoader::consultation(const Consultation &c) const
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Consultation;
    e.id = c.id;
    e.at = c.startedAt;
    e.date = jst::dateOf(c.startedAt);
    e.staff = m_names.staff(c.staffId);
    QString text = firstLine(c.notes);
    if (text.isEmpty())
        text = c.topics.toLabels(tr(", ", "separator between topics"));
    e.summary = text.isEmpty() ? label(c.channel)
                               : tr("%1 · %2", "channel · first line of the notes").arg(label(c.channel), text);

    QStringList details;
    details << tr("%1 %2, %3, %n minute(s)", "date time, kind of consultation, duration", c.durationMin)
                   .arg(DateFormat::display(e.date), timeOf(c.startedAt), label(c.kind));
    if (!c.topics.isEmpty())
        details << tr("Topics: %1").arg(c.topics.toLabels(tr(", ", "separator between topics")));
    if (!c.notes.trimmed().isEmpty())
        details << shortened(c.notes.trimmed());
    if (!c.nextSteps.trimmed().isEmpty())
        details << tr("Next steps: %1").arg(shortened(c.nextSteps.trimmed()));
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

TimelineEntry TimelineLoader::supportCase(const SupportCase &c) const
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Case;
    e.id = c.id;
    e.at = jst::startOfDay(c.openedOn);
    e.date = c.openedOn;
    e.staff = c.staffId ? m_names.staff(*c.staffId) : QString();
    e.state = toCode(c.stage);
    e.summary = tr("Goal: %1 · %2", "case goal · stage").arg(label(c.goal), label(c.stage));
    if (c.outcome)
        e.summary += tr(" · %1", "case outcome appended to the summary").arg(label(*c.outcome));
    QStringList details { e.summary };
    if (c.nextFollowUp)
        details << tr("Next follow-up: %1").arg(DateFormat::display(*c.nextFollowUp));
    if (c.closedOn)
        details << tr("Closed on %1").arg(DateFormat::display(*c.closedOn));
    if (!c.note.trimmed().isEmpty())
        details << shortened(c.note.trimmed());
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

TimelineEntry TimelineLoader::referral(const Referral &r) const
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Referral;
    e.id = r.id;
    e.at = r.createdAt;
    e.date = jst::dateOf(r.createdAt);
    e.state = toCode(r.status);
    e.summary = tr("%1 · %2", "agency · referral status").arg(m_names.agency(r.agencyId), label(r.status));
    if (r.needsAttention)
        e.summary += tr(" · needs attention");
    QStringList details { e.summary, tr("Purpose: %1").arg(label(r.purpose)),
        tr("Data to share: %1").arg(r.categories.toLabels(tr(", ", "separator between data categories"))) };
    if (r.needsAttention && !r.attentionReason.isEmpty())
        details << r.attentionReason;
    if (!r.note.trimmed().isEmpty())
        details << shortened(r.note.trimmed());
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

TimelineEntry TimelineLoader::consent(const privacy::Consent &c) const
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Consent;
    e.id = c.id;
    e.at = c.givenAt;
    e.date = c.validFrom();
    e.staff = m_names.staff(c.recordedBy);
    const qint64 now = m_session.nowMs();
    const ConsentState state = ConsentStatus::of(c, now);
    e.state = ConsentStatus::name(state);
    e.struckOut = state == ConsentState::Withdrawn;
    e.dimmed = state == ConsentState::Expired;

    const QString until = tr("until %1").arg(DateFormat::display(c.validUntil()));
    if (c.kind == privacy::ConsentKind::HealthAcquisition) {
        e.summary = tr("Recording health information · %1").arg(until);
    } else {
        e.summary
            = tr("%1 · %2 · %3 · %4", "recipients · purposes · data categories · until")
                  .arg(m_names.recipients(c.recipients), c.purposes.toLabels(tr(", ", "separator between purposes")),
                      c.categories.toLabels(tr(", ", "separator between data categories")), until);
    }
    if (state != ConsentState::Active)
        e.summary += QStringLiteral(" (") + ConsentStatus::describe(c, now) + QLatin1Char(')');
    QStringList details { e.summary,
        tr("Period: %1 to %2").arg(DateFormat::display(c.validFrom()), DateFormat::display(c.validUntil())),
        tr("Method: %1").arg(label(c.method)) };
    if (c.byRepresentative)
        details << tr("Given by %1 (%2)").arg(c.representativeName, c.representativeRelation);
    if (!c.withdrawalNote.isEmpty())
        details << tr("Withdrawal: %1").arg(c.withdrawalNote);
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

TimelineEntry TimelineLoader::disclosure(const privacy::DisclosureRecord &d) const
{
    TimelineEntry e;
    e.kind = TimelineEntry::Kind::Disclosure;
    e.id = d.id;
    e.at = d.at;
    e.date = jst::dateOf(d.at);
    e.staff = m_names.staff(d.staffId);
    const QString basis
        = d.consentId ? tr("consent #%1").arg(*d.consentId) : (d.exception ? label(*d.exception) : QString());
    e.summary = tr("%1 · %2 · %3", "recipient · data categories · method")
                    .arg(d.recipientLabel, d.categories.toLabels(tr(", ", "separator between data categories")),
                        label(d.method));
    if (d.withheld)
        e.summary += tr(" · withheld from access reports");
    QStringList details { e.summary, tr("Purpose: %1").arg(label(d.purpose)), tr("Basis: %1").arg(basis) };
    if (!d.justification.isEmpty())
        details << tr("Justification: %1").arg(shortened(d.justification));
    if (d.withheld && !d.withholdReason.isEmpty())
        details << tr("Withheld because: %1").arg(d.withholdReason);
    e.details = details.join(QLatin1Char('\n'));
    return e;
}

} // namespace tsunagu::ui
