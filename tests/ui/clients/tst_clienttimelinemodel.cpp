// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientScreenFixture.h"
#include "TestSupport.h"

#include "domain/Consultation.h"
#include "repo/ConsultationRepository.h"
#include "ui/clients/ClientTimelineModel.h"
#include "ui/clients/ConsentStatus.h"
#include "ui/common/Translations.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::ClientTimelineModel;
using Kind = tsunagu::ui::TimelineEntry::Kind;

namespace {

// Pages arrive on the next turn of the event loop after fetchMore().
void fetchAll(ClientTimelineModel &model)
{
    for (int turns = 0; turns < 1000; ++turns) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        else if (!model.isFetching())
            return;
        QCoreApplication::processEvents();
    }
    QFAIL("the model never reached its end");
}

} // namespace

class TestClientTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTesterOverPagesAndFilters();
    void newestFirstWithEveryKind();
    void rowsSayWhatHappened();
    void newFilterDropsPendingPage();
    void manyConsultationsArriveAPageAtATime();
    void unknownClientIsEmpty();
};

void TestClientTimelineModel::initTestCase()
{
    QVERIFY(ui::Translations::install(ui::Translations::Language::English));
}

void TestClientTimelineModel::passesModelTesterOverPagesAndFilters()
{
    test::TempDatabase t;
    const test::ClientScreen screen = test::addClientScreen(t.session());
    ClientTimelineModel model(t.session());
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setClientId(screen.client);
    QCOMPARE(model.rowCount(), 4); // the first page; the others when asked for
    QCOMPARE(model.totalCount(), 11);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 11);

    model.setKindFilter(Kind::Consent);
    QCOMPARE(model.rowCount(), 4);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
    model.setKindFilter(Kind::Consultation);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore({}));
    model.setKindFilter(std::nullopt);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 11);
    model.reload();
    fetchAll(model);
    QCOMPARE(model.rowCount(), 11);
    QVERIFY(model.lastError().isEmpty());
}

void TestClientTimelineModel::newestFirstWithEveryKind()
{
    test::TempDatabase t;
    const test::ClientScreen screen = test::addClientScreen(t.session());
    ClientTimelineModel model(t.session());
    model.setClientId(screen.client);
    QList<Kind> kinds;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QVERIFY(index.data(ClientTimelineModel::AtRole).toLongLong() <= previous);
        previous = index.data(ClientTimelineModel::AtRole).toLongLong();
        kinds << index.data(ClientTimelineModel::KindRole).value<Kind>();
    }
    // now: the disclosure; 2 days ago: the call; 10 days ago: the referral …
    QCOMPARE(kinds.mid(0, 3), (QList<Kind> { Kind::Disclosure, Kind::Consultation, Kind::Referral }));
    QCOMPARE(kinds.count(Kind::Consultation), 3);
    QCOMPARE(kinds.count(Kind::Case), 1);
    QCOMPARE(kinds.count(Kind::Consent), 5);
}

void TestClientTimelineModel::rowsSayWhatHappened()
{
    test::TempDatabase t;
    const test::ClientScreen screen = test::addClientScreen(t.session());
    ClientTimelineModel model(t.session());
    model.setClientId(screen.client);
    QHash<QString, QString> summaries; // "kind:id" → summary
    QHash<QString, QString> states;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, ClientTimelineModel::SummaryColumn);
        const QString key = QStringLiteral("%1:%2")
                                .arg(static_cast<int>(index.data(ClientTimelineModel::KindRole).value<Kind>()))
                                .arg(index.data(ClientTimelineModel::IdRole).toLongLong());
        summaries.insert(key, index.data().toString());
        states.insert(key, index.data(ClientTimelineModel::StateRole).toString());
    }
    const auto key = [](Kind kind, qint64 id) { return QStringLiteral("%1:%2").arg(static_cast<int>(kind)).arg(id); };

    QCOMPARE(summaries.value(key(Kind::Consultation, screen.firstConsultation)),
        QStringLiteral("In person · 初回面談。休職して3か月、体調は安定してきた。"));
    QCOMPARE(
        summaries.value(key(Kind::Case, screen.supportCase)), QStringLiteral("Goal: Return to work · Preparation"));
    QCOMPARE(summaries.value(key(Kind::Referral, screen.referral)), QStringLiteral("ハローワーク福岡中央 · Accepted"));
    QCOMPARE(states.value(key(Kind::Referral, screen.referral)), QStringLiteral("accepted"));
    const QString disclosure = summaries.value(key(Kind::Disclosure, screen.disclosure));
    QVERIFY2(disclosure.startsWith(QStringLiteral("ハローワーク福岡中央"))
            && disclosure.endsWith(QStringLiteral(" · Identity, Employment · Printed letter")),
        qPrintable(disclosure));
    QVERIFY(summaries.value(key(Kind::Consent, screen.helloWorkConsent))
                .startsWith(QStringLiteral("any Hello Work · Referral · Identity, Employment · until ")));
    QCOMPARE(states.value(key(Kind::Consent, screen.helloWorkConsent)), QStringLiteral("active"));
    QCOMPARE(states.value(key(Kind::Consent, screen.expiringConsent)), QStringLiteral("expiringSoon"));
    QCOMPARE(states.value(key(Kind::Consent, screen.withdrawnConsent)), QStringLiteral("withdrawn"));
    QCOMPARE(states.value(key(Kind::Consent, screen.expiredConsent)), QStringLiteral("expired"));
    QVERIFY(summaries.value(key(Kind::Consent, screen.healthConsent)).startsWith(QStringLiteral("Recording health")));
}

void TestClientTimelineModel::newFilterDropsPendingPage()
{
    test::TempDatabase t;
    const test::ClientScreen screen = test::addClientScreen(t.session());
    ClientTimelineModel model(t.session());
    model.setPageSize(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClientId(screen.client);
    model.fetchMore({}); // the tester may have asked already
    QVERIFY(model.isFetching());
    model.setKindFilter(Kind::Consent); // before the page arrives
    QCoreApplication::processEvents();
    QVERIFY(model.rowCount() <= 5);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ClientTimelineModel::KindRole).value<Kind>(), Kind::Consent);
}

void TestClientTimelineModel::manyConsultationsArriveAPageAtATime()
{
    test::TempDatabase t;
    const Session s = t.session();
    const test::ClientScreen screen = test::addClientScreen(s);
    for (int i = 0; i < 120; ++i) {
        Consultation c;
        c.clientId = screen.client;
        c.startedAt = s.nowMs() - (100 + i) * 24LL * 3600 * 1000;
        c.channel = Channel::Phone;
        c.notes = QStringLiteral("電話 %1").arg(i);
        QVERIFY(ConsultationRepository(s).create(c));
    }
    ClientTimelineModel model(s);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setClientId(screen.client);
    QCOMPARE(model.rowCount(), ClientTimelineModel::defaultPageSize);
    QCOMPARE(model.totalCount(), 131);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 131);
    QCOMPARE(inserted.size(), 2); // 50 + 50 + 31
}

void TestClientTimelineModel::unknownClientIsEmpty()
{
    test::TempDatabase t;
    ClientTimelineModel model(t.session());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClientId(4242);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestClientTimelineModel)
#include "tst_clienttimelinemodel.moc"
