// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Agency.h"

#include <QList>

#include <optional>

namespace tsunagu {

// Partner agencies (連携先). Not personal data of clients, but every change is
// stamped and kept like any other record.
class AgencyRepository
{
public:
    static constexpr int searchLimit = 100;

    explicit AgencyRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const Agency &agency) const;
    Result<Agency> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `agency.version`.
    Result<int> update(const Agency &agency, const QString &reason) const;

    // Active agencies whose name contains `text` (any kana, width, spacing or
    // case), names starting with it first, then by name; at most searchLimit.
    // Empty text matches every agency (of `kind`, when given).
    Result<QList<Agency>> search(const QString &text, std::optional<AgencyKind> kind = std::nullopt) const;
    // Every agency by name; inactive ones too unless `activeOnly`.
    Result<QList<Agency>> list(bool activeOnly = true) const;

    // The field checks create() and update() run, for a form to show before saving.
    Status validate(const Agency &agency) const;

private:
    Session m_session;
};

} // namespace tsunagu
