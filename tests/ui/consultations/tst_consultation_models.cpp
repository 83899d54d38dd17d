// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyInput.h"

#include "domain/Enums.h"
#include "ui/common/Translations.h"
#include "ui/consultations/ConsultationEntry.h"
#include "ui/consultations/DateInput.h"
#include "ui/consultations/EnumCheckModel.h"
#include "ui/consultations/TopicPicker.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::DateInput;
using tsunagu::ui::EnumCheckModel;
using tsunagu::ui::TopicPicker;

namespace {

QStringList topicLabels()
{
    QStringList labels;
    for (std::size_t i = 0; i < enumCount<Topic>(); ++i)
        labels << label(static_cast<Topic>(i));
    return labels;
}

QStringList topicSources()
{
    QStringList labels;
    for (const EnumEntry &entry : EnumTraits<Topic>::entries)
        labels << QString::fromLatin1(entry.label);
    return labels;
}

} // namespace

class TestConsultationModels : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { ui::Translations::install(ui::Translations::Language::English); }
    void checkModelPassesTheTester();
    void checkModelBitsAreEnumSetBits();
    void topicFilterPassesTheTester();
    void typingFiltersAndSpaceToggles();
    void japaneseFilterFindsKatakanaAndEnglish();
    void dateInputReadsWhatPeopleType_data();
    void dateInputReadsWhatPeopleType();
    void entryRoundTripsThroughJson();
};

void TestConsultationModels::checkModelPassesTheTester()
{
    EnumCheckModel model(topicLabels(), topicSources());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(2), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(2).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(model.flags(model.index(2)).testFlag(Qt::ItemIsUserCheckable));
    model.setBits(0);
    QCOMPARE(changed.size(), 2);
}

void TestConsultationModels::checkModelBitsAreEnumSetBits()
{
    EnumCheckModel model(topicLabels());
    model.setChecked(int(Topic::Benefits), true);
    model.setChecked(int(Topic::Medical), true);
    QCOMPARE(Topics::fromBits(model.bits()), (Topics { Topic::Benefits, Topic::Medical }));
    model.setBits(~quint64 { 0 }); // bits beyond the vocabulary are dropped
    QCOMPARE(Topics::fromBits(model.bits()), Topics::all());
}

void TestConsultationModels::topicFilterPassesTheTester()
{
    EnumCheckModel model(topicLabels(), topicSources());
    TopicPicker picker(&model);
    QAbstractItemModelTester tester(picker.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    picker.filterEdit()->setText(QStringLiteral("work"));
    QVERIFY(picker.visibleCount() > 0);
    QVERIFY(picker.visibleCount() < model.rowCount());
    picker.filterEdit()->clear();
    QCOMPARE(picker.visibleCount(), model.rowCount());
}

void TestConsultationModels::typingFiltersAndSpaceToggles()
{
    EnumCheckModel model(topicLabels(), topicSources());
    TopicPicker picker(&model);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTest::keyClicks(picker.filterEdit(), QStringLiteral("FAMI"));
    QCOMPARE(picker.visibleCount(), 1);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Space);
    QVERIFY(model.isChecked(int(Topic::Family)));
    QCOMPARE(picker.filterEdit()->text(), QStringLiteral("FAMI")); // Space is not typed
    QTest::keyClick(picker.filterEdit(), Qt::Key_Space);
    QVERIFY(!model.isChecked(int(Topic::Family)));

    // Down moves the highlight among the topics shown.
    picker.filterEdit()->clear();
    QTest::keyClick(picker.filterEdit(), Qt::Key_Down);
    QTest::keyClick(picker.filterEdit(), Qt::Key_Space);
    QCOMPARE(Topics::fromBits(model.bits()), Topics { Topic::ReturnToWork });
}

void TestConsultationModels::japaneseFilterFindsKatakanaAndEnglish()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::Japanese));
    EnumCheckModel model(topicLabels(), topicSources());
    TopicPicker picker(&model);
    // The Japanese label, and the English source word.
    test::typeText(picker.filterEdit(), label(Topic::Family));
    QCOMPARE(picker.visibleCount(), 1);
    picker.filterEdit()->clear();
    QTest::keyClicks(picker.filterEdit(), QStringLiteral("benefit"));
    QCOMPARE(picker.visibleCount(), 1);
    QCOMPARE(picker.view()->currentIndex().data().toString(), label(Topic::Benefits));
}

void TestConsultationModels::dateInputReadsWhatPeopleType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid: not a date

    QTest::newRow("iso") << QStringLiteral("2026-12-01") << QDate(2026, 12, 1);
    QTest::newRow("slashes") << QStringLiteral("2026/12/1") << QDate(2026, 12, 1);
    QTest::newRow("kanji") << QStringLiteral("2026年12月1日") << QDate(2026, 12, 1);
    QTest::newRow("full width") << QStringLiteral("２０２６／１２／０１") << QDate(2026, 12, 1);
    QTest::newRow("month/day ahead") << QStringLiteral("12/1") << QDate(2026, 12, 1);
    QTest::newRow("month/day passed: next year") << QStringLiteral("1/15") << QDate(2027, 1, 15);
    QTest::newRow("月日") << QStringLiteral("12月1日") << QDate(2026, 12, 1);
    QTest::newRow("+days") << QStringLiteral("+7") << QDate(2026, 11, 27);
    QTest::newRow("+weeks") << QStringLiteral("+2w") << QDate(2026, 12, 4);
    QTest::newRow("+months") << QStringLiteral("+1m") << QDate(2026, 12, 20);
    QTest::newRow("+週") << QStringLiteral("＋２週") << QDate(2026, 12, 4);
    QTest::newRow("no such day") << QStringLiteral("2026-02-30") << QDate();
    QTest::newRow("words") << QStringLiteral("next week") << QDate();
}

void TestConsultationModels::dateInputReadsWhatPeopleType()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const auto parsed = DateInput::parse(text, QDate(2026, 11, 20));
    QCOMPARE(parsed.value_or(QDate()), expected);

    DateInput input;
    input.setReferenceDate(QDate(2026, 11, 20));
    input.setText(text);
    QCOMPARE(input.isAcceptable(), expected.isValid());
    input.clear();
    QVERIFY(input.isAcceptable()); // empty: no date, and fine
    QVERIFY(!input.date());
}

void TestConsultationModels::entryRoundTripsThroughJson()
{
    ui::ConsultationEntry e;
    e.consultation.startedAt = 1'795'000'000'000;
    e.consultation.durationMin = 25;
    e.consultation.channel = Channel::HomeVisit;
    e.consultation.kind = ConsultationKind::Accompaniment;
    e.consultation.attendees = { Attendee::Self, Attendee::Supporter };
    e.consultation.topics = { Topic::Living, Topic::Other };
    e.consultation.notes = QStringLiteral("メモ\n二行目");
    e.consultation.nextSteps = QStringLiteral("次");
    e.followUpText = QStringLiteral("+3");
    e.visitCheck = ui::PreVisitCheck { true, QStringLiteral("父"), QString() };

    const ui::ConsultationEntry back = ui::ConsultationEntry::fromJson(e.toJson());
    QCOMPARE(back.consultation.startedAt, e.consultation.startedAt);
    QCOMPARE(back.consultation.durationMin, 25);
    QCOMPARE(back.consultation.channel, Channel::HomeVisit);
    QCOMPARE(back.consultation.kind, ConsultationKind::Accompaniment);
    QCOMPARE(back.consultation.attendees, e.consultation.attendees);
    QCOMPARE(back.consultation.topics, e.consultation.topics);
    QCOMPARE(back.consultation.notes, e.consultation.notes);
    QCOMPARE(back.consultation.nextSteps, e.consultation.nextSteps);
    QCOMPARE(back.followUpText, QStringLiteral("+3"));
    QVERIFY(back.visitCheck && back.visitCheck->personAgreed);
    QCOMPARE(back.visitCheck->othersPresent, QStringLiteral("父"));

    // A home visit's record carries the checklist; any other channel does not.
    QVERIFY(back.toConsultation().notes.contains(QStringLiteral("父")));
    ui::ConsultationEntry phone = back;
    phone.consultation.channel = Channel::Phone;
    QCOMPARE(phone.toConsultation().notes, e.consultation.notes);
}

QTEST_MAIN(TestConsultationModels)
#include "tst_consultation_models.moc"
