// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "ui/clients/TimelineEntry.h"

#include <QCoreApplication>
#include <QList>

namespace tsunagu::privacy {
struct Consent;
struct DisclosureRecord;
} // namespace tsunagu::privacy

namespace tsunagu {
struct Consultation;
struct SupportCase;
struct Referral;
} // namespace tsunagu

namespace tsunagu::ui {

class RecordNames;

// Reads everything about one client that the timeline lists, through the core
// repositories and the disclosure log (withheld records included: staff may
// see them), and turns each record into a row, newest first.
class TimelineLoader
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::TimelineLoader)

public:
    TimelineLoader(const Session &session, const RecordNames &names);

    Result<QList<TimelineEntry>> load(qint64 clientId) const;

    TimelineEntry consultation(const Consultation &c) const;
    TimelineEntry supportCase(const SupportCase &c) const;
    TimelineEntry referral(const Referral &r) const;
    TimelineEntry consent(const privacy::Consent &c) const;
    TimelineEntry disclosure(const privacy::DisclosureRecord &d) const;

    // The first non-empty line of a free text.
    static QString firstLine(const QString &text);

private:
    Session m_session;
    const RecordNames &m_names;
};

} // namespace tsunagu::ui
