// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalData.h"

#include <QRandomGenerator>

namespace tsunagu::test {

PersonalData PersonalData::write(StatsFixture &f)
{
    PersonalData data;
    QRandomGenerator rng(4242); // fixed seed
    const auto pick = [&](const QStringList &from) { return from.at(qsizetype(rng.bounded(quint32(from.size())))); };
    const QStringList surnames{QStringLiteral("雲母坂"), QStringLiteral("鴫原"), QStringLiteral("勘解由小路"),
                               QStringLiteral("薬袋"), QStringLiteral("小鳥遊"), QStringLiteral("月見里")};
    const QStringList givenNames{QStringLiteral("翠蓮"), QStringLiteral("瑠璃子"), QStringLiteral("鷹之介"),
                                 QStringLiteral("紫苑"), QStringLiteral("灯里"), QStringLiteral("巴")};
    const QStringList surnameKana{QStringLiteral("きららざか"), QStringLiteral("しぎはら"),
                                  QStringLiteral("かでのこうじ"), QStringLiteral("みない"),
                                  QStringLiteral("たかなし"), QStringLiteral("やまなし")};
    const QStringList noteWords{QStringLiteral("主治医の意見書"), QStringLiteral("休職中の傷病手当金"),
                                QStringLiteral("合理的配慮の申出"), QStringLiteral("通院日の調整"),
                                QStringLiteral("母親が同席"), QStringLiteral("QXZJVWK"),
                                QStringLiteral("膠原病の再燃"), QStringLiteral("夜勤は不可")};
    const QStringList channels{QStringLiteral("in_person"), QStringLiteral("phone"), QStringLiteral("online"),
                               QStringLiteral("email"), QStringLiteral("home_visit"), QStringLiteral("accompanied")};
    const QStringList kinds{QStringLiteral("one_off"), QStringLiteral("accompaniment"), QStringLiteral("coaching")};
    const QStringList topics{QStringLiteral("job_search"), QStringLiteral("return_to_work"), QStringLiteral("benefits"),
                             QStringLiteral("accommodation"), QStringLiteral("medical")};
    const QStringList groups{QStringLiteral("cancer"), QStringLiteral("immune"), QStringLiteral("mental"),
                             QStringLiteral("neuro_muscular")};

    data.forbidden << QStringLiteral("中村"); // the staff member
    QStringList notes;
    const auto note = [&](int i) {
        QString n = pick(noteWords) + QStringLiteral("、") + pick(noteWords) + QStringLiteral("（記録%1）").arg(i)
            + pick(noteWords);
        notes << n;
        return n;
    };
    QList<qint64> agencies;
    const QStringList agencyKinds{QStringLiteral("hello_work"), QStringLiteral("hospital"),
                                  QStringLiteral("intractable_disease_center"), QStringLiteral("employer")};
    for (int a = 0; a < 4; ++a) {
        const QString name = QStringLiteral("糸島第%1鷲尾支援所").arg(a + 1);
        data.forbidden << name;
        agencies << f.agency(name, agencyKinds.at(a));
    }
    for (int i = 0; i < 150; ++i) {
        StatsFixture::ClientRow row;
        const int s = int(rng.bounded(6));
        row.name = surnames.at(s) + QStringLiteral(" ") + pick(givenNames) + QString::number(i);
        row.kana = surnameKana.at(s) + QStringLiteral(" てすと") + QString::number(i);
        row.phone = QStringLiteral("090-%1-%2").arg(7000 + i).arg(1000 + int(rng.bounded(9000)));
        row.email = QStringLiteral("kirara.%1@example.jp").arg(i);
        row.address = QStringLiteral("福岡県糸島市前原中央%1丁目").arg(i);
        row.birthDate = QStringLiteral("1975-04-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        row.sex = pick({QStringLiteral("female"), QStringLiteral("male"), QStringLiteral("other")});
        row.band = 20 + 10 * int(rng.bounded(5));
        row.employment = pick({QStringLiteral("unemployed"), QStringLiteral("sick_leave"), QStringLiteral("student")});
        row.created = jstAt(2025, 4, 1).addSecs(qint64(rng.bounded(630)) * 86400 + 3600);
        row.exclude = i % 25 == 0;
        data.forbidden << row.name << row.kana << row.phone << QString(row.phone).remove(QLatin1Char('-'))
                       << row.email << row.address;
        const qint64 c = f.client(row);
        f.condition(c, pick(groups), note(i), QStringLiteral("全身性エリテマトーデス"));
        f.contactPerson(c, QStringLiteral("鴫原 母%1").arg(i), QStringLiteral("080-5555-%1").arg(1000 + i), note(i));
        data.forbidden << QStringLiteral("鴫原 母%1").arg(i) << QStringLiteral("080-5555-%1").arg(1000 + i);
        const int visits = 1 + int(rng.bounded(6));
        for (int v = 0; v < visits; ++v) {
            const QDateTime at = jstAt(2025, 4, 1).addSecs(qint64(rng.bounded(640)) * 86400 + 36000);
            f.consultation(c, at, pick(channels), pick(kinds), {pick(topics)}, note(i));
        }
        if (rng.bounded(2) == 0) {
            const QDateTime proposed = jstAt(2025, 4, 1).addSecs(qint64(rng.bounded(600)) * 86400 + 36000);
            f.referral(c, agencies.at(qsizetype(rng.bounded(4))),
                       {{QStringLiteral("proposed"), proposed},
                        {QStringLiteral("sent"), proposed.addDays(1)},
                        {QStringLiteral("first_contact"), proposed.addDays(2 + int(rng.bounded(20)))}},
                       note(i));
        }
        if (rng.bounded(3) == 0) {
            const QDate opened = QDate(2025, 5, 1).addDays(rng.bounded(300));
            const QDate start = opened.addDays(30);
            const qint64 k = f.supportCase(c, QStringLiteral("job"), opened, start.addDays(60),
                                           QStringLiteral("employed"), 1 + int(rng.bounded(5)), note(i));
            f.milestone(k, QStringLiteral("job_start"), start, start, QStringLiteral("achieved"), note(i));
            f.milestone(k, QStringLiteral("retention_1m"), start.addMonths(1), start.addMonths(1),
                        rng.bounded(4) ? QStringLiteral("achieved") : QStringLiteral("not_achieved"), note(i));
        }
    }
    for (const QString &n : std::as_const(notes)) {
        for (qsizetype i = 0; i + 4 <= n.size(); ++i)
            data.noteFragments.insert(n.mid(i, 4));
    }
    data.lastNote = notes.last();
    return data;
}

QStringList PersonalData::leaksIn(const QString &text, const QString &where) const
{
    QStringList found;
    for (const QString &needle : forbidden) {
        if (text.contains(needle))
            found << QStringLiteral("%1 in %2").arg(needle, where);
    }
    for (qsizetype i = 0; i + 4 <= text.size(); ++i) {
        if (noteFragments.contains(text.mid(i, 4)))
            found << QStringLiteral("note fragment %1 in %2").arg(text.mid(i, 4), where);
    }
    return found;
}

} // namespace tsunagu::test
