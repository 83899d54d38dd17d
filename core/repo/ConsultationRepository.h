// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Consultation.h"

#include <QList>

#include <optional>

namespace tsunagu {

// Consultations (相談 / 面談). Topics are kept twice: as codes on the row, and
// one row per topic in consultation_topics for statistics; both change together.
class ConsultationRepository
{
public:
    explicit ConsultationRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const Consultation &consultation) const;
    Result<Consultation> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `consultation.version`.
    Result<int> update(const Consultation &consultation, const QString &reason) const;
    // Newest first.
    Result<QList<Consultation>> forClient(qint64 clientId) const;

    // The channel of the consultation the staff member entered last, as the
    // default of the next one; empty when they have entered none.
    Result<std::optional<Channel>> lastChannelUsedBy(qint64 staffId) const;

    // The checks create() and update() run, for a form to show before saving.
    Status validate(const Consultation &consultation) const;

private:
    Session m_session;
};

} // namespace tsunagu
