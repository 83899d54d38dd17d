// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process for the resilience tests: registers clients one by one and
// prints the number of each after its transaction committed ("acknowledged").
// Usage: tsunagu-test-writer DB PREFIX COUNT
#include "common/Session.h"
#include "repo/ClientRepository.h"
#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tsunagu;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    auto db = storage::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    auto staff = StaffRepository(Session(**db, 0)).findOrCreate(QStringLiteral("writer"));
    if (!staff) {
        std::fprintf(stderr, "%s\n", qPrintable(staff.error().message));
        return 1;
    }
    const Session session(**db, staff->id);
    ClientRepository clients(session);
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        Client c;
        c.name = args.at(2) + QString::number(i);
        c.nameKana = QStringLiteral("てすと");
        c.address = QString(200, QChar(u'住'));
        auto id = clients.create(c);
        if (!id) {
            std::fprintf(stderr, "%s\n", qPrintable(id.error().message));
            return 1;
        }
        std::printf("%d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
