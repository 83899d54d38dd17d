// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/ContactPerson.h"

#include <QList>

namespace tsunagu {

// Family members and other contacts of a client (家族・関係者).
class ContactPersonRepository
{
public:
    explicit ContactPersonRepository(const Session &session) : m_session(session) {}

    Result<qint64> create(const ContactPerson &person) const;
    Result<ContactPerson> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `person.version`.
    Result<int> update(const ContactPerson &person, const QString &reason) const;
    // Oldest first (the order they were recorded).
    Result<QList<ContactPerson>> forClient(qint64 clientId) const;

    // The field checks create() and update() run, for a form to show before saving.
    Status validate(const ContactPerson &person) const;

private:
    Session m_session;
};

} // namespace tsunagu
