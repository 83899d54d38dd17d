// SPDX-License-Identifier: GPL-3.0-or-later
// TEST AND DOCUMENTATION ONLY, never installed: creates a NEW database holding
// a few invented people, for packaging/screenshots.sh. Refuses an existing file.
//     tsunagu-sample-db FILE
#include "ClientFixtures.h"
#include "clients/ClientScreenFixture.h"

#include "repo/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

using namespace tsunagu;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: tsunagu-sample-db FILE   (creates FILE; refuses an existing one)\n", stderr);
        return 2;
    }
    const QString path = args.at(1);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s exists; tsunagu-sample-db only creates new files\n", qPrintable(path));
        return 1;
    }
    auto db = storage::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto staff = StaffRepository(Session(**db, 0)).create(QStringLiteral("中村 美咲"), StaffRole::Coordinator);
    if (!staff) {
        std::fprintf(stderr, "%s\n", qPrintable(staff.error().message));
        return 1;
    }
    const Session session(**db, *staff);
    struct Person {
        const char16_t *name;
        const char16_t *reading;
        QDate birth;
        bool confidentialAddress;
    };
    const Person people[] = {
        { u"山田 太郎", u"やまだ たろう", QDate(1980, 4, 1), false },
        { u"田中 花子", u"たなか はなこ", QDate(1975, 9, 12), false },
        { u"佐藤 健一", u"さとう けんいち", QDate(1968, 2, 29), false },
        { u"鈴木 美穂", u"すずき みほ", QDate(1992, 11, 3), true },
        { u"高橋 直樹", u"たかはし なおき", QDate(1985, 7, 21), false },
        { u"伊藤 さくら", u"いとう さくら", QDate(2001, 3, 15), false },
        { u"渡辺 誠", u"わたなべ まこと", QDate(1958, 12, 8), false },
        { u"小林 由美子", u"こばやし ゆみこ", QDate(1979, 5, 30), false },
        { u"中島 翔太", u"なかじま しょうた", QDate(1996, 8, 17), false },
        { u"松本 恵", u"まつもと めぐみ", QDate(1983, 1, 9), true },
        { u"井上 大輔", u"いのうえ だいすけ", QDate(1971, 10, 26), false },
        { u"木村 あおい", u"きむら あおい", {}, false },
    };
    for (const Person &p : people)
        test::addClient(
            session, QString::fromUtf16(p.name), QString::fromUtf16(p.reading), p.birth, p.confidentialAddress);
    // One more, with a full client screen (consultations, a case, a referral,
    // consents in force, about to expire, withdrawn and expired, a disclosure).
    test::ClientScreenPerson mori;
    mori.name = QStringLiteral("森 健太郎");
    mori.reading = QStringLiteral("もり けんたろう");
    mori.birthDate = QDate(1979, 8, 5);
    mori.mother = QStringLiteral("森 和子");
    mori.motherReading = QStringLiteral("もり かずこ");
    test::addClientScreen(session, mori);
    std::printf("%s: %d invented clients\n", qPrintable(path), int(std::size(people)) + 1);
    return 0;
}
