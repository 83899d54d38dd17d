// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixtures.h"

#include "repo/ClientRepository.h"

namespace tsunagu::test {

qint64 addClient(
    const Session &session, const QString &name, const QString &reading, QDate birthDate, bool confidentialAddress)
{
    Client client;
    client.name = name;
    client.nameKana = reading;
    if (birthDate.isValid())
        client.birthDate = birthDate;
    client.confidentialAddress = confidentialAddress;
    const Result<qint64> id = ClientRepository(session).create(client);
    if (!id)
        qFatal("cannot create client %s: %s", qPrintable(name), qPrintable(id.error().message));
    return *id;
}

} // namespace tsunagu::test
