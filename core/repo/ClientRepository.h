// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Client.h"

#include <QList>

namespace tsunagu {

class ClientRepository
{
public:
    explicit ClientRepository(const Session &session) : m_session(session) {}

    // Validates and saves a new client; returns its id.
    Result<qint64> create(const Client &client) const;
    Result<Client> get(qint64 id) const;
    // Saves the changed fields, keeping the previous values with who, when and
    // why. Refused with Conflict if the record changed since `client.version`.
    Result<int> update(const Client &client, const QString &reason) const;

    // Possible duplicates of a client about to be registered: the same
    // normalised reading and birth date, or the same phone number.
    Result<QList<ClientSummary>> findDuplicates(const Client &client) const;

    Result<qint64> count() const;

    // The checks create() and update() run, for a form to show before saving.
    Status validate(const Client &client) const;

private:
    Session m_session;
};

} // namespace tsunagu
