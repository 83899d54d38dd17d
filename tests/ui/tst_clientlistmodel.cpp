// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixtures.h"
#include "TestSupport.h"

#include "ui/clients/ClientListModel.h"
#include "ui/common/DateFormat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tsunagu;
using tsunagu::ui::ClientListModel;

namespace {

// 23 people whose readings sort in a known order: 5 やまだ, 18 others.
void addPeople(const Session &session)
{
    const QStringList others = { QStringLiteral("あおき"), QStringLiteral("いのうえ"), QStringLiteral("うえだ"),
        QStringLiteral("えんどう"), QStringLiteral("おおた"), QStringLiteral("かとう"), QStringLiteral("きむら"),
        QStringLiteral("くどう"), QStringLiteral("こばやし"), QStringLiteral("さとう"), QStringLiteral("すずき"),
        QStringLiteral("たなか"), QStringLiteral("なかむら"), QStringLiteral("はやし"), QStringLiteral("まつもと"),
        QStringLiteral("もり"), QStringLiteral("よしだ"), QStringLiteral("わたなべ") };
    for (const QString &reading : others)
        test::addClient(session, QStringLiteral("相談者 ") + reading, reading + QStringLiteral(" はなこ"));
    for (int i = 0; i < 5; ++i)
        test::addClient(session, QStringLiteral("山田 %1").arg(i),
            QStringLiteral("やまだ %1").arg(QChar(u'あ' + 2 * i)), QDate(1980 + i, 4, 1));
}

// Pages arrive on the next turn of the event loop after fetchMore().
void fetchAll(ClientListModel &model)
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

class TestClientListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterOverPagesAndSearches();
    void fetchesOnePageAtATime();
    void newSearchDropsPendingPage();
    void showsColumns();
    void emptySearchResult();
};

void TestClientListModel::passesModelTesterOverPagesAndSearches()
{
    test::TempDatabase t;
    addPeople(t.session());
    ClientListModel model(t.db(), t.clock());
    model.setPageSize(4);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setSearchText(QString());
    fetchAll(model);
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(model.index(0, ClientListModel::ReadingColumn).data().toString(), QStringLiteral("あおき はなこ"));
    QCOMPARE(model.index(22, ClientListModel::ReadingColumn).data().toString(), QStringLiteral("わたなべ はなこ"));

    // A new search in katakana finds the hiragana readings, over two pages.
    model.setSearchText(QStringLiteral("ヤマダ"));
    QCOMPARE(model.rowCount(), 4); // the first page; the next ones when fetched
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
    for (int row = 0; row < 5; ++row)
        QVERIFY(model.index(row, ClientListModel::NameColumn).data().toString().startsWith(QStringLiteral("山田")));

    model.setSearchText(QStringLiteral("ﾀﾅｶ"));
    fetchAll(model);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClientListModel::NameColumn).data().toString(), QStringLiteral("相談者 たなか"));
}

void TestClientListModel::fetchesOnePageAtATime()
{
    test::TempDatabase t;
    addPeople(t.session());
    ClientListModel model(t.db(), t.clock());
    model.setPageSize(10);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    model.setSearchText(QString());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 10); // the first page comes with the reset
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // asked twice before the page arrived: one page
    QVERIFY(model.isFetching());
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.rowCount(), 10);
    QTRY_COMPARE(model.rowCount(), 20);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 10);
    QCOMPARE(inserted.at(0).at(2).toInt(), 19);
    model.fetchMore({});
    QTRY_COMPARE(model.rowCount(), 23);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isFetching());
    model.fetchMore({}); // at the end: nothing happens
    QCoreApplication::processEvents();
    QCOMPARE(inserted.size(), 2);

    // Every client appears once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.clientId(row));
    QCOMPARE(ids.size(), 23);
}

void TestClientListModel::newSearchDropsPendingPage()
{
    test::TempDatabase t;
    addPeople(t.session());
    ClientListModel model(t.db(), t.clock());
    model.setPageSize(3);
    model.setSearchText(QString());
    model.fetchMore({});
    model.setSearchText(QStringLiteral("やまだ")); // before the page of everyone arrived
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QCoreApplication::processEvents();
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(model.rowCount(), 3);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
}

void TestClientListModel::showsColumns()
{
    test::TempDatabase t; // the clock says 2026-11-20
    const qint64 id = test::addClient(
        t.session(), QStringLiteral("山田 太郎"), QStringLiteral("やまだ たろう"), QDate(1980, 4, 1), true);
    ClientListModel model(t.db(), t.clock());
    model.setSearchText(QString());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ClientListModel::ColumnCount));

    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(ClientListModel::ReadingColumn).toString(), QStringLiteral("やまだ たろう"));
    QCOMPARE(cell(ClientListModel::NameColumn).toString(), QStringLiteral("山田 太郎"));
    QCOMPARE(cell(ClientListModel::BirthDateColumn).toString(), QStringLiteral("1980年4月1日"));
    QCOMPARE(cell(ClientListModel::BirthDateColumn, Qt::ToolTipRole).toString(), QStringLiteral("昭和55年4月1日"));
    QCOMPARE(cell(ClientListModel::AgeColumn).toString(), QStringLiteral("46"));
    QCOMPARE(cell(ClientListModel::FlagsColumn).toString(), QStringLiteral("Confidential address"));
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(cell(column, ClientListModel::IdRole).toLongLong(), id);
    QCOMPARE(cell(0, ClientListModel::BirthDateRole).toDate(), QDate(1980, 4, 1));
    QCOMPARE(model.rowOf(id), 0);
    QCOMPARE(model.headerData(ClientListModel::ReadingColumn, Qt::Horizontal).toString(), QStringLiteral("Reading"));

    // The day before the birthday, one year younger.
    t.clock().set(test::jstDateTime(2027, 3, 31, 12));
    QCOMPARE(cell(ClientListModel::AgeColumn).toString(), QStringLiteral("46"));
    t.clock().set(test::jstDateTime(2027, 4, 1, 0, 1));
    QCOMPARE(cell(ClientListModel::AgeColumn).toString(), QStringLiteral("47"));

    ui::DateFormat::setStyle(ui::DateFormat::Style::Iso);
    QCOMPARE(cell(ClientListModel::BirthDateColumn).toString(), QStringLiteral("1980-04-01"));
    ui::DateFormat::setStyle(ui::DateFormat::Style::Japanese);
}

void TestClientListModel::emptySearchResult()
{
    test::TempDatabase t;
    addPeople(t.session());
    ClientListModel model(t.db(), t.clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSearchText(QStringLiteral("ぬ"));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.clientId(0), 0);
}

QTEST_MAIN(TestClientListModel)
#include "tst_clientlistmodel.moc"
