// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over consultation notes (search::NoteSearch, NoteIndex,
// NoteTokenizer): 2-character Japanese words, longer words, ASCII, kana and
// width folding, newest first, only real hits, and forgetting erased notes.
#include "TestSupport.h"

#include "domain/Consultation.h"
#include "privacy/Erasure.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "search/NoteIndex.h"
#include "search/NoteSearch.h"
#include "search/NoteTokenizer.h"

#include <QSqlQuery>
#include <QTest>

using namespace tsunagu;
using search::NoteSearch;

#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto &verifyOkResult = (expression);                                                                     \
        QVERIFY2(verifyOkResult.has_value(),                                                                           \
            qPrintable(verifyOkResult.has_value() ? QString() : verifyOkResult.error().message));                      \
    } while (false)

class TestNoteSearch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void folds_data();
    void folds();
    void tokenizesIntoBigramsAndWords();
    void findsTwoCharacterWords_data();
    void findsTwoCharacterWords();
    void findsLongerWordsOnlyWhenWhole();
    void findsAsciiWords();
    void ignoresKanaAndWidth();
    void requiresEveryWord();
    void ordersNewestFirstWithinLimit();
    void singleCharacterFallsBackToScan();
    void followsCorrections();
    void forgetsErasedNotes();
    void leavesOutStopUseClients();
    void staleIndexIsRebuilt();

private:
    qint64 addClient(const QString &name);
    qint64 addNote(qint64 clientId, const QString &notes, const QString &nextSteps = {});
    QList<qint64> find(const QString &query, int limit = 50);

    std::unique_ptr<test::TempDatabase> m_t;
    qint64 m_client = 0;
    int m_minutes = 0;
};

void TestNoteSearch::init()
{
    m_t = std::make_unique<test::TempDatabase>();
    m_client = addClient(QStringLiteral("山田　太郎"));
    m_minutes = 0;
}

void TestNoteSearch::cleanup()
{
    m_t.reset();
}

qint64 TestNoteSearch::addClient(const QString &name)
{
    Client c;
    c.name = name;
    auto id = ClientRepository(m_t->session()).create(c);
    if (!id)
        qFatal("cannot create a client: %s", qPrintable(id.error().message));
    return *id;
}

qint64 TestNoteSearch::addNote(qint64 clientId, const QString &notes, const QString &nextSteps)
{
    Consultation c;
    c.clientId = clientId;
    c.startedAt = test::jstDateTime(2026, 11, 2, 9, 0).toMSecsSinceEpoch() + (m_minutes += 30) * 60 * 1000;
    c.channel = Channel::InPerson;
    c.kind = ConsultationKind::OneOff;
    c.attendees = { Attendee::Self };
    c.notes = notes;
    c.nextSteps = nextSteps;
    auto id = ConsultationRepository(m_t->session()).create(c);
    if (!id)
        qFatal("cannot save a consultation: %s", qPrintable(id.error().message));
    return *id;
}

QList<qint64> TestNoteSearch::find(const QString &query, int limit)
{
    QList<qint64> ids;
    auto hits = NoteSearch(m_t->db()).find(query, limit);
    if (!hits) {
        qWarning("search failed: %s", qPrintable(hits.error().message));
        return { -1 };
    }
    for (const search::NoteHit &hit : std::as_const(hits->hits))
        ids << hit.consultationId;
    return ids;
}

void TestNoteSearch::folds_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("katakana") << QStringLiteral("シュウロウ") << QStringLiteral("しゅうろう");
    QTest::newRow("half-width kana") << QStringLiteral("ﾊﾛｰﾜｰｸ") << QStringLiteral("はろーわーく");
    QTest::newRow("half-width voiced") << QStringLiteral("ｶﾞｲﾄﾞ") << QStringLiteral("がいど");
    QTest::newRow("full-width ASCII") << QStringLiteral("ＥＸＣＥＬ２０１９") << QStringLiteral("excel2019");
    QTest::newRow("ideographic space kept") << QStringLiteral("就労　支援") << QStringLiteral("就労 支援");
    QTest::newRow("kanji unchanged") << QStringLiteral("合理的配慮") << QStringLiteral("合理的配慮");
}

void TestNoteSearch::folds()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(search::NoteTokenizer::fold(input), folded);
}

void TestNoteSearch::tokenizesIntoBigramsAndWords()
{
    using search::NoteTokenizer;
    QCOMPARE(NoteTokenizer::tokensOfFolded(NoteTokenizer::fold(QStringLiteral("合理的配慮"))),
        (QStringList {
            QStringLiteral("合理"), QStringLiteral("理的"), QStringLiteral("的配"), QStringLiteral("配慮") }));
    // Punctuation and spaces end a run; ASCII words are whole and lower-cased;
    // a token appears once however often the note repeats it.
    const QStringList tokens
        = NoteTokenizer::tokensOfFolded(NoteTokenizer::fold(QStringLiteral("就労、Excel就労。父")));
    QCOMPARE(tokens, (QStringList { QStringLiteral("就労"), QStringLiteral("excel") }));
    QVERIFY(NoteTokenizer::indexText(QString()).isEmpty());
}

void TestNoteSearch::findsTwoCharacterWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("就労") << QStringLiteral("就労");
    QTest::newRow("復職") << QStringLiteral("復職");
    QTest::newRow("通院") << QStringLiteral("通院");
}

void TestNoteSearch::findsTwoCharacterWords()
{
    QFETCH(QString, word);
    const qint64 a = addNote(m_client, QStringLiteral("主治医からは就労可能との意見。"));
    const qint64 b = addNote(m_client, QStringLiteral("休職中。復職の時期を産業医と相談する。"));
    const qint64 c = addNote(m_client, QStringLiteral("体調は安定。"), QStringLiteral("次回の通院後に電話する。"));
    addNote(m_client, QStringLiteral("特に変わりなし。"));
    const QHash<QString, qint64> expected { { QStringLiteral("就労"), a }, { QStringLiteral("復職"), b },
        { QStringLiteral("通院"), c } };
    QCOMPARE(find(word), QList<qint64> { expected.value(word) });
}

void TestNoteSearch::findsLongerWordsOnlyWhenWhole()
{
    const qint64 whole = addNote(m_client, QStringLiteral("合理的配慮として時差出勤を依頼する。"));
    // Every bigram of 合理的配慮 is here, but not the word: never a hit.
    addNote(m_client, QStringLiteral("合理的に考える。的配置を見直す。配慮が必要。"));
    QCOMPARE(find(QStringLiteral("合理的配慮")), QList<qint64> { whole });
    QCOMPARE(find(QStringLiteral("時差出勤")), QList<qint64> { whole });
    auto hits = NoteSearch(m_t->db()).find(QStringLiteral("合理的配慮"));
    VERIFY_OK(hits);
    QVERIFY(hits->complete);
    QVERIFY(hits->hits.first().snippet.contains(QStringLiteral("合理的配慮")));
}

void TestNoteSearch::findsAsciiWords()
{
    const qint64 excel = addNote(m_client, QStringLiteral("パソコン操作の練習としてExcelの講座を受講。"));
    addNote(m_client, QStringLiteral("Wordは使える。"));
    QCOMPARE(find(QStringLiteral("excel")), QList<qint64> { excel });
    QCOMPARE(find(QStringLiteral("EXCEL")), QList<qint64> { excel });
    QCOMPARE(find(QStringLiteral("ＥＸＣＥＬ")), QList<qint64> { excel });
    QCOMPARE(find(QStringLiteral("Exc")), QList<qint64> { excel }); // from the start of a word
    QCOMPARE(find(QStringLiteral("Excelの講座")), QList<qint64> { excel });
}

void TestNoteSearch::ignoresKanaAndWidth()
{
    const qint64 katakana = addNote(m_client, QStringLiteral("ハローワークに同行した。"));
    const qint64 halfWidth = addNote(m_client, QStringLiteral("ﾊﾛｰﾜｰｸの専門援助部門。"));
    const qint64 hiragana = addNote(m_client, QStringLiteral("はろーわーくに電話。"));
    const QList<qint64> all { hiragana, halfWidth, katakana };
    QCOMPARE(find(QStringLiteral("ハローワーク")), all);
    QCOMPARE(find(QStringLiteral("はろーわーく")), all);
    QCOMPARE(find(QStringLiteral("ﾊﾛｰﾜｰｸ")), all);
}

void TestNoteSearch::requiresEveryWord()
{
    const qint64 both = addNote(m_client, QStringLiteral("就労について相談。"), QStringLiteral("通院日を確認。"));
    addNote(m_client, QStringLiteral("就労のみ。"));
    addNote(m_client, QStringLiteral("通院のみ。"));
    QCOMPARE(find(QStringLiteral("就労 通院")), QList<qint64> { both });
    QCOMPARE(find(QStringLiteral("通院　就労")), QList<qint64> { both });
}

void TestNoteSearch::ordersNewestFirstWithinLimit()
{
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i) {
        ids.prepend(addNote(m_client, QStringLiteral("通院%1回目。").arg(i)));
        addNote(m_client, QStringLiteral("体調の確認のみ。"));
    }
    QCOMPARE(find(QStringLiteral("通院")), ids);
    QCOMPARE(find(QStringLiteral("通院"), 3), ids.mid(0, 3));
    auto hits = NoteSearch(m_t->db()).find(QStringLiteral("通院"), 3);
    VERIFY_OK(hits);
    QVERIFY(hits->complete); // the newest three are right, whatever follows
    for (const search::NoteHit &hit : std::as_const(hits->hits)) {
        QCOMPARE(hit.clientId, m_client);
        QVERIFY(hit.startedAt > 0);
    }
}

void TestNoteSearch::singleCharacterFallsBackToScan()
{
    const qint64 father = addNote(m_client, QStringLiteral("父と同席。"));
    addNote(m_client, QStringLiteral("母と同席。"));
    auto hits = NoteSearch(m_t->db()).find(QStringLiteral("父"));
    VERIFY_OK(hits);
    QCOMPARE(hits->hits.size(), 1);
    QCOMPARE(hits->hits.first().consultationId, father);
    QVERIFY(hits->complete); // every note was read
    QVERIFY(find(QStringLiteral("   ")).isEmpty());
}

void TestNoteSearch::followsCorrections()
{
    const qint64 id = addNote(m_client, QStringLiteral("復職の時期を相談。"));
    ConsultationRepository repository(m_t->session());
    auto c = repository.get(id);
    VERIFY_OK(c);
    Consultation changed = *c;
    changed.notes = QStringLiteral("転職の時期を相談。");
    VERIFY_OK(repository.update(changed, QStringLiteral("記載の誤り")));
    QVERIFY(find(QStringLiteral("復職")).isEmpty());
    QCOMPARE(find(QStringLiteral("転職")), QList<qint64> { id });
}

void TestNoteSearch::forgetsErasedNotes()
{
    const qint64 other = addClient(QStringLiteral("佐藤　花子"));
    addNote(m_client, QStringLiteral("人工透析のため週3回通院。"), QStringLiteral("透析日を避けた勤務を相談。"));
    const qint64 kept = addNote(other, QStringLiteral("通院は月1回。"));
    QCOMPARE(find(QStringLiteral("透析")).size(), 1);

    VERIFY_OK(privacy::Erasure(m_t->session()).erase(m_client, QStringLiteral("本人からの削除請求")));
    QVERIFY(find(QStringLiteral("透析")).isEmpty());
    QCOMPARE(find(QStringLiteral("通院")), QList<qint64> { kept });
    // Not even as an index entry: the tokens of the erased note are gone.
    QSqlQuery q(m_t->db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM note_index WHERE note_index MATCH '\"透析\"'")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    q.finish();
    VERIFY_OK(privacy::Erasure(m_t->session()).scrub());
    QCOMPARE(find(QStringLiteral("通院")), QList<qint64> { kept });
}

void TestNoteSearch::leavesOutStopUseClients()
{
    const qint64 stopped = addClient(QStringLiteral("鈴木　一郎"));
    addNote(stopped, QStringLiteral("就労の相談。"));
    const qint64 shown = addNote(m_client, QStringLiteral("就労の相談。"));
    QSqlQuery q(m_t->db().connection());
    q.prepare(QStringLiteral("UPDATE clients SET stop_use = 1 WHERE id = ?"));
    q.addBindValue(stopped);
    QVERIFY(q.exec());
    QCOMPARE(find(QStringLiteral("就労")), QList<qint64> { shown });
    auto all = NoteSearch(m_t->db()).find(QStringLiteral("就労"), 50, true);
    VERIFY_OK(all);
    QCOMPARE(all->hits.size(), 2);
}

void TestNoteSearch::staleIndexIsRebuilt()
{
    const qint64 id = addNote(m_client, QStringLiteral("就労移行支援事業所を見学。"));
    {
        // As a file migrated from schema 1 looks: notes the index does not hold.
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO note_index (note_index) VALUES ('delete-all')")));
        QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'stale' WHERE key = 'note_index.version'")));
    }
    search::NoteIndex index(m_t->db());
    QCOMPARE(index.isCurrent().value_or(true), false);
    auto hits = NoteSearch(m_t->db()).find(QStringLiteral("就労"));
    VERIFY_OK(hits);
    QVERIFY(hits->indexStale);
    QCOMPARE(hits->hits.size(), 1); // found by reading the newest notes instead

    const qint64 later = addNote(m_client, QStringLiteral("就労の準備。"));
    qint64 reported = 0;
    VERIFY_OK(index.rebuild([&](qint64 done, qint64) {
        reported = done;
        return true;
    }));
    QCOMPARE(reported, 2);
    QCOMPARE(index.isCurrent().value_or(false), true);
    QCOMPARE(find(QStringLiteral("就労")), (QList<qint64> { later, id }));
    hits = NoteSearch(m_t->db()).find(QStringLiteral("就労"));
    VERIFY_OK(hits);
    QVERIFY(!hits->indexStale);
}

QTEST_GUILESS_MAIN(TestNoteSearch)
#include "tst_note_search.moc"
