// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "statistics/Anonymizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <cstdint>

using namespace tsunagu;
using namespace tsunagu::statistics;

namespace {

QList<Table::Key> keys(const char *prefix, int n)
{
    QList<Table::Key> k;
    for (int i = 0; i < n; ++i)
        k.append({QStringLiteral("%1%2").arg(QLatin1String(prefix)).arg(i), QStringLiteral("%1 %2").arg(QLatin1String(prefix)).arg(i)});
    return k;
}

Table table1d(const QList<int> &cells, bool total = true)
{
    Table t(QStringLiteral("t"), QStringLiteral("T"), QStringLiteral("Row"), keys("r", int(cells.size())),
            keys("c", 1));
    for (int r = 0; r < cells.size(); ++r)
        t.setValue(r, 0, cells.at(r));
    t.setTotals(false, total);
    return t;
}

Table table2d(const QList<QList<int>> &cells, bool rowTotals = true, bool columnTotals = true)
{
    Table t(QStringLiteral("t2"), QStringLiteral("T2"), QStringLiteral("Row"), keys("r", int(cells.size())),
            keys("c", int(cells.first().size())));
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells.at(r).size(); ++c)
            t.setValue(r, c, cells.at(r).at(c));
    }
    t.setTotals(rowTotals, columnTotals);
    return t;
}

// The additive lines of a table, as the rule defines them: each protected row
// and column, the totals row and the totals column, with the shown margin.
struct Line {
    QList<std::pair<int, int>> cells;
    std::optional<std::pair<int, int>> total;
};

QList<Line> linesOf(const Table &t)
{
    QList<Line> lines;
    const int R = t.rowCount();
    const int C = t.columnCount();
    if (t.protectsRows()) {
        for (int r = 0; r < R + (t.hasColumnTotals() ? 1 : 0); ++r) {
            Line l;
            for (int c = 0; c < C; ++c) {
                if (t.isShown(r, c))
                    l.cells.append({r, c});
            }
            if (t.isShown(r, C))
                l.total = std::pair{r, C};
            lines.append(l);
        }
    }
    if (t.protectsColumns()) {
        for (int c = 0; c < C + (t.hasRowTotals() ? 1 : 0); ++c) {
            Line l;
            for (int r = 0; r < R; ++r) {
                if (t.isShown(r, c))
                    l.cells.append({r, c});
            }
            if (t.isShown(R, c))
                l.total = std::pair{R, c};
            lines.append(l);
        }
    }
    return lines;
}

// Exact rank over GF(p): an independent check that no suppressed count from
// 1 to k − 1 is determined by the published figures (e_j in the row space).
constexpr std::int64_t prime = 1000000007;

std::int64_t inverse(std::int64_t a)
{
    std::int64_t result = 1;
    std::int64_t e = prime - 2;
    a %= prime;
    while (e > 0) {
        if (e & 1)
            result = result * a % prime;
        a = a * a % prime;
        e >>= 1;
    }
    return result;
}

int rank(std::vector<std::vector<std::int64_t>> m)
{
    int r = 0;
    const int cols = m.empty() ? 0 : int(m.front().size());
    for (int c = 0; c < cols && r < int(m.size()); ++c) {
        int p = -1;
        for (int i = r; i < int(m.size()); ++i) {
            if (m[std::size_t(i)][std::size_t(c)] % prime != 0) {
                p = i;
                break;
            }
        }
        if (p < 0)
            continue;
        std::swap(m[std::size_t(p)], m[std::size_t(r)]);
        const std::int64_t inv = inverse((m[std::size_t(r)][std::size_t(c)] % prime + prime) % prime);
        for (auto &v : m[std::size_t(r)])
            v = (v % prime + prime) % prime * inv % prime;
        for (int i = 0; i < int(m.size()); ++i) {
            if (i == r)
                continue;
            const std::int64_t f = (m[std::size_t(i)][std::size_t(c)] % prime + prime) % prime;
            if (f == 0)
                continue;
            for (int j = 0; j < cols; ++j)
                m[std::size_t(i)][std::size_t(j)] =
                    ((m[std::size_t(i)][std::size_t(j)] - f * m[std::size_t(r)][std::size_t(j)]) % prime + prime) % prime;
        }
        ++r;
    }
    return r;
}

// The suppressed entries whose value the published figures determine.
QList<std::pair<int, int>> recoverable(const Table &published, const Table &raw, int k)
{
    QList<std::pair<int, int>> unknowns;
    for (int r = 0; r <= published.rowCount(); ++r) {
        for (int c = 0; c <= published.columnCount(); ++c) {
            if (published.isShown(r, c) && !published.value(r, c))
                unknowns.append({r, c});
        }
    }
    std::vector<std::vector<std::int64_t>> a;
    for (const Line &l : linesOf(published)) {
        if (l.cells.size() + (l.total ? 1 : 0) < 2)
            continue; // a single entry adds up to nothing
        std::vector<std::int64_t> row(std::size_t(unknowns.size()), 0);
        bool any = false;
        for (const auto &cell : l.cells) {
            if (const qsizetype j = unknowns.indexOf(cell); j >= 0) {
                row[std::size_t(j)] += 1;
                any = true;
            }
        }
        if (l.total) {
            if (const qsizetype j = unknowns.indexOf(*l.total); j >= 0) {
                row[std::size_t(j)] -= 1;
                any = true;
            }
        }
        if (any)
            a.push_back(row);
    }
    QList<std::pair<int, int>> found;
    const int base = rank(a);
    for (qsizetype j = 0; j < unknowns.size(); ++j) {
        const int v = raw.value(unknowns.at(j).first, unknowns.at(j).second).value_or(0);
        if (v < 1 || v >= k)
            continue;
        auto extended = a;
        std::vector<std::int64_t> e(std::size_t(unknowns.size()), 0);
        e[std::size_t(j)] = 1;
        extended.push_back(e);
        if (rank(extended) == base)
            found.append(unknowns.at(j));
    }
    return found;
}

int suppressedCount(const Table &t)
{
    int n = 0;
    for (int r = 0; r <= t.rowCount(); ++r) {
        for (int c = 0; c <= t.columnCount(); ++c)
            n += t.isShown(r, c) && !t.value(r, c) ? 1 : 0;
    }
    return n;
}

} // namespace

class TestStatAnonymizer : public QObject
{
    Q_OBJECT

private slots:
    void refusesKBelowThree();
    void suppressesSmallCountsAndItsComplement();
    void twoDimensionalRectangle();
    void suppressionProperties();
    void sharedValuesAreSuppressedTogether();
    void measuresNeedKPeopleAndPublishedCounts();
    void verifyRefusesRawOrLeakyReports();
};

void TestStatAnonymizer::refusesKBelowThree()
{
    for (int k : {-1, 0, 1, 2}) {
        auto a = Anonymizer::create(k);
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::Invalid);
    }
    QCOMPARE(Anonymizer::create(3)->k(), 3);
    QCOMPARE(Anonymizer::create()->k(), 5);
    QCOMPARE(Anonymizer::defaultK, 5);
}

// PRIVACY.md scenario 18: a cell of 2 is suppressed, and cannot be derived
// from the total.
void TestStatAnonymizer::suppressesSmallCountsAndItsComplement()
{
    Table t = table1d({12, 2, 0, 30});
    Anonymizer::create(5)->protect(t);
    QCOMPARE(t.value(1, 0), std::nullopt);      // the 2
    QCOMPARE(t.value(0, 0), std::nullopt);      // the next smallest non-zero count
    QCOMPARE(t.value(2, 0), std::optional(0));  // zeros are published
    QCOMPARE(t.value(3, 0), std::optional(30));
    QCOMPARE(t.value(4, 0), std::optional(44)); // the total stays
    // A total from 1 to k − 1 is suppressed too.
    Table small = table1d({3, 1});
    Anonymizer::create(5)->protect(small);
    QCOMPARE(suppressedCount(small), 3);
}

void TestStatAnonymizer::twoDimensionalRectangle()
{
    const Table raw = table2d({{2, 10, 20}, {8, 12, 30}, {9, 15, 40}});
    Table t = raw;
    Anonymizer::create(5)->protect(t);
    // The 2, the next smallest of its row (10) and of its column (8), and the
    // cell closing the rectangle (12): no total reveals any of them.
    for (auto [r, c] : {std::pair{0, 0}, {0, 1}, {1, 0}, {1, 1}})
        QCOMPARE(t.value(r, c), std::nullopt);
    QCOMPARE(suppressedCount(t), 4);
    QCOMPARE(t.value(3, 3), std::optional(146));
    QVERIFY(recoverable(t, raw, 5).isEmpty());
}

void TestStatAnonymizer::suppressionProperties()
{
    QRandomGenerator rng(20260704); // fixed seed: the same tables every run
    int withSecondary = 0;
    int tested = 0;
    for (int round = 0; round < 3000; ++round) {
        const int k = std::array{3, 5, 10}[rng.bounded(3)];
        const int shape = int(rng.bounded(4));
        const int rows = 1 + int(rng.bounded(8));
        const int columns = shape == 0 ? 1 : 1 + int(rng.bounded(6));
        Table raw(QStringLiteral("g"), QStringLiteral("G"), QStringLiteral("Row"), keys("r", rows),
                  keys("c", columns));
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const int kind = int(rng.bounded(100));
                raw.setValue(r, c, kind < 30 ? 0 : kind < 65 ? 1 + int(rng.bounded(6)) : 5 + int(rng.bounded(60)));
            }
        }
        switch (shape) {
        case 0: raw.setTotals(false, rng.bounded(4) != 0); break; // 1-D, with or without its total
        case 1: raw.setTotals(true, true); break;
        case 2: raw.setTotals(true, false); break;
        default:
            raw.setTotals(false, false);
            raw.setProtection(rng.bounded(2) == 0, true);
            break;
        }
        Table t = raw;
        Anonymizer::create(k)->protect(t);
        ++tested;

        int primary = 0;
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c) {
                if (!t.isShown(r, c))
                    continue;
                const int v = *raw.value(r, c);
                const auto published = t.value(r, c);
                // No published count from 1 to k − 1; published counts are true.
                if (published) {
                    QVERIFY2(!(v >= 1 && v < k), qPrintable(QStringLiteral("round %1: %2 published").arg(round).arg(v)));
                    QCOMPARE(*published, v);
                } else if (v >= 1 && v < k) {
                    ++primary;
                }
            }
        }
        // Every protected row and column holding a suppressed cell holds at
        // least two, or its total is suppressed too; and never exactly one
        // suppressed entry, the total counted.
        for (const Line &l : linesOf(t)) {
            int hiddenCells = 0;
            for (const auto &[r, c] : l.cells)
                hiddenCells += t.value(r, c) ? 0 : 1;
            const bool totalHidden = l.total && !t.value(l.total->first, l.total->second);
            const int entries = int(l.cells.size()) + (l.total ? 1 : 0);
            if (entries < 2)
                continue;
            if (hiddenCells > 0)
                QVERIFY2(hiddenCells >= 2 || totalHidden, qPrintable(QStringLiteral("round %1").arg(round)));
            QVERIFY2(hiddenCells + (totalHidden ? 1 : 0) != 1, qPrintable(QStringLiteral("round %1").arg(round)));
        }
        // And no small count is determined by all the lines taken together.
        const auto leaks = recoverable(t, raw, k);
        if (!leaks.isEmpty()) {
            QString dump = QStringLiteral("k=%1 protectRows=%2 protectColumns=%3 rowTotals=%4 columnTotals=%5\n")
                               .arg(k).arg(t.protectsRows()).arg(t.protectsColumns()).arg(t.hasRowTotals())
                               .arg(t.hasColumnTotals());
            for (int r = 0; r <= rows; ++r) {
                for (int c = 0; c <= columns; ++c)
                    dump += !t.isShown(r, c) ? QStringLiteral("   .") : t.value(r, c) ? QStringLiteral("%1").arg(*raw.value(r, c), 4) : QStringLiteral("%1*").arg(*raw.value(r, c), 3);
                dump += QLatin1Char('\n');
            }
            qWarning().noquote() << dump;
        }
        QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("round %1: (%2, %3) recoverable")
                                                 .arg(round)
                                                 .arg(leaks.isEmpty() ? 0 : leaks.first().first)
                                                 .arg(leaks.isEmpty() ? 0 : leaks.first().second)));
        if (suppressedCount(t) > primary)
            ++withSecondary;
        // Deterministic: the same table gives the same result.
        Table again = raw;
        Anonymizer::create(k)->protect(again);
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c)
                QCOMPARE(again.value(r, c), t.value(r, c));
        }
    }
    QCOMPARE(tested, 3000);
    QVERIFY2(withSecondary > 500, qPrintable(QString::number(withSecondary)));
}

void TestStatAnonymizer::sharedValuesAreSuppressedTogether()
{
    Report raw;
    Table overview(QStringLiteral("overview"), QStringLiteral("O"), QStringLiteral("Figure"), keys("o", 2),
                   keys("n", 1));
    overview.setValue(0, 0, 4);
    overview.setValue(1, 0, 40);
    overview.setProtection(false, false);
    overview.link(0, 0, QStringLiteral("x"));
    Table detail = table1d({10, 20, 30});
    detail.link(3, 0, QStringLiteral("x"));
    raw.tables = {overview, detail};
    const Report out = Anonymizer::create(5)->apply(raw);
    QCOMPARE(out.tables[0].value(0, 0), std::nullopt); // 4 is small
    QCOMPARE(out.tables[0].value(1, 0), std::optional(40));
    QCOMPARE(out.tables[1].value(3, 0), std::nullopt); // the same figure elsewhere
    QCOMPARE(suppressedCount(out.tables[1]), 2);        // and a complement for it
    QVERIFY(Anonymizer::verify(out));
    QCOMPARE(out.metadata.k, 5);
}

void TestStatAnonymizer::measuresNeedKPeopleAndPublishedCounts()
{
    Report raw;
    Table t = table2d({{6, 2}, {9, 9}, {20, 10}}, true, false);
    t.setProtection(true, false);
    raw.tables = {t};
    const auto measure = [](int row, int people) {
        Measure m;
        m.id = QStringLiteral("rate%1").arg(row);
        m.unit = Measure::Unit::Percent;
        m.value = 50.0;
        m.people = people;
        m.basis = {QStringLiteral("t2"), row, 2};
        m.dependsOn = {{QStringLiteral("t2"), row, 0}, {QStringLiteral("t2"), row, 1}};
        return m;
    };
    raw.measures = {measure(0, 8), measure(1, 4), measure(1, 5), measure(2, 30)};
    const Report out = Anonymizer::create(5)->apply(raw);
    QVERIFY(!out.measures[0].value);               // its numerator (2) is suppressed
    QCOMPARE(out.measures[0].n, std::optional(8)); // though its n is published
    QVERIFY(!out.measures[1].value);               // 4 people
    QCOMPARE(out.measures[2].value, std::optional(50.0));
    QCOMPARE(out.measures[2].n, std::optional(18));
    QCOMPARE(out.measures[3].value, std::optional(50.0));
    for (const Measure &m : out.measures)
        QCOMPARE(m.people, 0);
    QVERIFY(Anonymizer::verify(out));
}

void TestStatAnonymizer::verifyRefusesRawOrLeakyReports()
{
    Report raw;
    raw.tables = {table1d({12, 2, 30})};
    auto refused = Anonymizer::verify(raw);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Refused);

    Report published = Anonymizer::create(5)->apply(raw);
    QVERIFY(Anonymizer::verify(published));
    published.tables[0].setValue(1, 0, 2); // someone put the 2 back
    QVERIFY(!Anonymizer::verify(published));
    published.tables[0].setValue(1, 0, std::nullopt);
    published.tables[0].setValue(0, 0, 12); // the 2 alone in its column again
    QVERIFY(!Anonymizer::verify(published));
}

QTEST_GUILESS_MAIN(TestStatAnonymizer)
#include "tst_stat_anonymizer.moc"
