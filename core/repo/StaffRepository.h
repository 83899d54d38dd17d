// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Staff.h"

#include <QList>

namespace tsunagu {

class StaffRepository
{
public:
    explicit StaffRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const QString &name, StaffRole role) const;
    Result<Staff> get(qint64 id) const;
    Result<std::optional<Staff>> findByName(const QString &name) const;
    Result<QList<Staff>> list(bool activeOnly = true) const;
    // The staff member called `name`, created (as a coordinator) if missing.
    // Used by the CLI's --staff and by a first start.
    Result<Staff> findOrCreate(const QString &name, StaffRole role = StaffRole::Coordinator) const;

private:
    Session m_session;
};

} // namespace tsunagu
