// SPDX-License-Identifier: GPL-3.0-or-later
#include "Anonymizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tsunagu::statistics {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::statistics::Anonymizer", text);
}

// One additive line: its parts add up to its total. `total` is -1 when the
// total is not shown in this table but is assumed known to the reader.
struct Relation {
    std::vector<int> parts;
    int total = -1;

    template <typename F>
    void forEach(F &&f) const
    {
        for (int p : parts)
            f(p);
        if (total >= 0)
            f(total);
    }
};

struct Entry {
    int row = 0;
    int column = 0;
    int value = 0;
    bool margin = false;
    bool linked = false; // shared with another table or the overview
    bool suppressed = false;
};

// The shown entries of a table and the additive lines between them.
class Grid
{
public:
    Grid(const Table &table, int k)
        : m_k(k)
    {
        const int rows = table.rowCount();
        const int columns = table.columnCount();
        m_index.assign(std::size_t((rows + 1) * (columns + 1)), -1);
        QSet<std::pair<int, int>> linked;
        for (const Table::Link &l : table.links())
            linked.insert({l.row, l.column});
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c) {
                if (!table.isShown(r, c))
                    continue;
                m_index[std::size_t(r * (columns + 1) + c)] = int(m_entries.size());
                m_entries.push_back({r, c, std::max(0, table.value(r, c).value_or(0)), table.isMargin(r, c),
                                     linked.contains({r, c}), false});
            }
        }
        const auto at = [&](int r, int c) { return m_index[std::size_t(r * (columns + 1) + c)]; };
        const auto addLine = [&](const std::vector<std::pair<int, int>> &parts, std::pair<int, int> total) {
            Relation rel;
            for (auto [r, c] : parts) {
                if (const int i = at(r, c); i >= 0)
                    rel.parts.push_back(i);
            }
            rel.total = at(total.first, total.second);
            if (rel.parts.size() + (rel.total >= 0 ? 1 : 0) >= 2)
                m_relations.push_back(std::move(rel));
        };
        if (table.protectsRows()) {
            for (int r = 0; r <= rows; ++r) {
                if (r == rows && !table.hasColumnTotals())
                    break;
                std::vector<std::pair<int, int>> parts;
                for (int c = 0; c < columns; ++c)
                    parts.emplace_back(r, c);
                addLine(parts, {r, columns});
            }
        }
        if (table.protectsColumns()) {
            for (int c = 0; c <= columns; ++c) {
                if (c == columns && !table.hasRowTotals())
                    break;
                std::vector<std::pair<int, int>> parts;
                for (int r = 0; r < rows; ++r)
                    parts.emplace_back(r, c);
                addLine(parts, {rows, c});
            }
        }
        m_relationsOf.resize(m_entries.size());
        for (int i = 0; i < int(m_relations.size()); ++i)
            m_relations[std::size_t(i)].forEach([&](int e) { m_relationsOf[std::size_t(e)].push_back(i); });
    }

    bool isSensitive(const Entry &e) const { return e.value >= 1 && e.value < m_k; }

    void suppress(int row, int column)
    {
        for (Entry &e : m_entries) {
            if (e.row == row && e.column == column)
                e.suppressed = true;
        }
    }

    void run()
    {
        for (Entry &e : m_entries) {
            if (isSensitive(e))
                e.suppressed = true;
        }
        // Each round suppresses at least one more entry, so this ends.
        for (std::size_t guard = 0; guard <= m_entries.size(); ++guard) {
            bool changed = false;
            while (applyLineRule())
                changed = true;
            if (applyRankRule())
                changed = true;
            if (!changed)
                break;
        }
    }

    const std::vector<Entry> &entries() const { return m_entries; }

private:
    int suppressedIn(const Relation &rel) const
    {
        int n = 0;
        rel.forEach([&](int e) { n += m_entries[std::size_t(e)].suppressed ? 1 : 0; });
        return n;
    }

    // Lower is a better complement: non-zero cells first, then non-zero
    // totals, then zeros; entries shared with other tables last; within a
    // class the smallest count, then the one creating the fewest new lines
    // with a single suppressed entry.
    std::tuple<int, int, int, int> preference(int e, int relation) const
    {
        const Entry &x = m_entries[std::size_t(e)];
        int cls = x.linked ? 4 : x.value > 0 ? (x.margin ? 1 : 0) : (x.margin ? 3 : 2);
        int created = 0;
        for (int r : m_relationsOf[std::size_t(e)]) {
            if (r != relation && suppressedIn(m_relations[std::size_t(r)]) == 0)
                ++created;
        }
        return {cls, x.value, created, e};
    }

    int bestComplement(const std::vector<int> &candidates, int relation) const
    {
        int best = -1;
        std::tuple<int, int, int, int> bestRank;
        for (int e : candidates) {
            if (m_entries[std::size_t(e)].suppressed)
                continue;
            const auto rank = preference(e, relation);
            if (best < 0 || rank < bestRank) {
                best = e;
                bestRank = rank;
            }
        }
        return best;
    }

    bool applyLineRule()
    {
        bool changed = false;
        for (int i = 0; i < int(m_relations.size()); ++i) {
            const Relation &rel = m_relations[std::size_t(i)];
            if (suppressedIn(rel) != 1)
                continue;
            std::vector<int> candidates;
            rel.forEach([&](int e) { candidates.push_back(e); });
            if (const int pick = bestComplement(candidates, i); pick >= 0) {
                m_entries[std::size_t(pick)].suppressed = true;
                changed = true;
            }
        }
        return changed;
    }

    // Solves the lines as a linear system over the suppressed entries (the
    // published ones are constants) and returns, for each suppressed entry,
    // whether the published figures determine it exactly.
    std::vector<bool> determined(const std::vector<int> &unknowns) const
    {
        const std::size_t n = unknowns.size();
        std::vector<int> column(m_entries.size(), -1);
        for (std::size_t j = 0; j < n; ++j)
            column[std::size_t(unknowns[j])] = int(j);
        std::vector<std::vector<double>> a;
        for (const Relation &rel : m_relations) {
            std::vector<double> row(n, 0.0);
            bool any = false;
            for (int p : rel.parts) {
                if (const int j = column[std::size_t(p)]; j >= 0) {
                    row[std::size_t(j)] += 1.0;
                    any = true;
                }
            }
            if (rel.total >= 0) {
                if (const int j = column[std::size_t(rel.total)]; j >= 0) {
                    row[std::size_t(j)] -= 1.0;
                    any = true;
                }
            }
            if (any)
                a.push_back(std::move(row));
        }
        constexpr double eps = 1e-9;
        std::vector<int> pivotRowOf(n, -1);
        std::size_t r = 0;
        for (std::size_t c = 0; c < n && r < a.size(); ++c) {
            std::size_t best = r;
            for (std::size_t i = r + 1; i < a.size(); ++i) {
                if (std::abs(a[i][c]) > std::abs(a[best][c]))
                    best = i;
            }
            if (std::abs(a[best][c]) < eps)
                continue;
            std::swap(a[r], a[best]);
            const double pivot = a[r][c];
            for (double &v : a[r])
                v /= pivot;
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (i == r || std::abs(a[i][c]) < eps)
                    continue;
                const double f = a[i][c];
                for (std::size_t j = 0; j < n; ++j)
                    a[i][j] -= f * a[r][j];
            }
            pivotRowOf[c] = int(r);
            ++r;
        }
        std::vector<bool> result(n, false);
        for (std::size_t c = 0; c < n; ++c) {
            if (pivotRowOf[c] < 0)
                continue;
            const auto &row = a[std::size_t(pivotRowOf[c])];
            bool alone = true;
            for (std::size_t j = 0; j < n && alone; ++j) {
                if (j != c && pivotRowOf[j] < 0 && std::abs(row[j]) > eps)
                    alone = false;
            }
            result[c] = alone;
        }
        return result;
    }

    bool applyRankRule()
    {
        std::vector<int> unknowns;
        for (int i = 0; i < int(m_entries.size()); ++i) {
            if (m_entries[std::size_t(i)].suppressed)
                unknowns.push_back(i);
        }
        if (unknowns.empty())
            return false;
        const std::vector<bool> known = determined(unknowns);
        for (std::size_t j = 0; j < unknowns.size(); ++j) {
            const int e = unknowns[j];
            if (!known[j] || !isSensitive(m_entries[std::size_t(e)]))
                continue;
            std::vector<int> candidates;
            for (int r : m_relationsOf[std::size_t(e)])
                m_relations[std::size_t(r)].forEach([&](int x) { candidates.push_back(x); });
            int pick = bestComplement(candidates, -1);
            if (pick < 0) {
                std::vector<int> all(m_entries.size());
                for (std::size_t i = 0; i < all.size(); ++i)
                    all[i] = int(i);
                pick = bestComplement(all, -1);
            }
            if (pick >= 0) {
                m_entries[std::size_t(pick)].suppressed = true;
                return true;
            }
        }
        return false;
    }

    int m_k;
    std::vector<Entry> m_entries;
    std::vector<int> m_index;
    std::vector<Relation> m_relations;
    std::vector<std::vector<int>> m_relationsOf;
};

using Forced = QSet<std::pair<int, int>>;

Grid protectedGrid(const Table &table, int k, const Forced &forced)
{
    Grid grid(table, k);
    for (const auto &[r, c] : forced)
        grid.suppress(r, c);
    grid.run();
    return grid;
}

void writeBack(Table &table, const Grid &grid)
{
    for (int r = 0; r <= table.rowCount(); ++r) {
        for (int c = 0; c <= table.columnCount(); ++c) {
            if (!table.isShown(r, c))
                table.setValue(r, c, std::nullopt);
        }
    }
    for (const Entry &e : grid.entries()) {
        if (e.suppressed)
            table.setValue(e.row, e.column, std::nullopt);
    }
}

std::optional<int> cellValue(const Report &report, const CellRef &ref)
{
    const Table *t = report.table(ref.table);
    if (!t || !t->isShown(ref.row, ref.column))
        return std::nullopt;
    return t->value(ref.row, ref.column);
}

} // namespace

Result<Anonymizer> Anonymizer::create(int k)
{
    if (k < minimumK)
        return fail(ErrorCode::Invalid,
                    tr("The smallest published count k must be at least %1 (asked: %2).").arg(minimumK).arg(k),
                    QStringLiteral("k"));
    return Anonymizer(k);
}

void Anonymizer::protect(Table &table) const
{
    writeBack(table, protectedGrid(table, m_k, {}));
}

Report Anonymizer::apply(const Report &raw) const
{
    Report out = raw;
    std::vector<Forced> forced(out.tables.size());
    std::vector<Grid> grids;
    // Entries shared between tables are suppressed everywhere once suppressed
    // anywhere; each pass only adds suppressions, so this ends.
    for (;;) {
        grids.clear();
        QSet<QString> suppressedKeys;
        for (std::size_t t = 0; t < out.tables.size(); ++t) {
            grids.push_back(protectedGrid(out.tables[t], m_k, forced[t]));
            for (const Table::Link &l : out.tables[t].links()) {
                for (const Entry &e : grids.back().entries()) {
                    if (e.row == l.row && e.column == l.column && e.suppressed)
                        suppressedKeys.insert(l.key);
                }
            }
        }
        bool changed = false;
        for (std::size_t t = 0; t < out.tables.size(); ++t) {
            for (const Table::Link &l : out.tables[t].links()) {
                if (!suppressedKeys.contains(l.key) || forced[t].contains({l.row, l.column}))
                    continue;
                const auto &entries = grids[t].entries();
                const bool already = std::any_of(entries.begin(), entries.end(), [&](const Entry &e) {
                    return e.row == l.row && e.column == l.column && e.suppressed;
                });
                if (!already) {
                    forced[t].insert({l.row, l.column});
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    for (std::size_t t = 0; t < out.tables.size(); ++t)
        writeBack(out.tables[t], grids[t]);

    for (Measure &m : out.measures) {
        m.n = cellValue(out, m.basis);
        bool show = m.value.has_value() && m.people >= m_k && m.n.has_value() && *m.n >= m_k;
        for (const CellRef &d : m.dependsOn)
            show = show && cellValue(out, d).has_value();
        if (!show)
            m.value.reset();
        m.people = 0;
    }
    out.metadata.k = m_k;
    out.metadata.suppressionRule = ruleText(m_k);
    out.metadata.legend = legendText(m_k);
    return out;
}

Status Anonymizer::verify(const Report &report)
{
    const auto refuse = [](const QString &why) {
        return fail(ErrorCode::Refused,
                    tr("The statistics were not exported: they did not pass disclosure control (%1).").arg(why));
    };
    const int k = report.metadata.k;
    if (!report.isAnonymized() || k < minimumK)
        return refuse(tr("not anonymized"));
    for (const Table &t : report.tables) {
        for (int r = 0; r <= t.rowCount(); ++r) {
            for (int c = 0; c <= t.columnCount(); ++c) {
                const auto v = t.value(r, c);
                if (t.isShown(r, c) && v && *v >= 1 && *v < k)
                    return refuse(tr("a count below %1 in table %2").arg(k).arg(t.id()));
            }
        }
        // No protected line with a single suppressed entry.
        const auto check = [&](bool rowLine, int line) {
            const int length = rowLine ? t.columnCount() : t.rowCount();
            int shown = 0;
            int hidden = 0;
            for (int i = 0; i <= length; ++i) {
                const int r = rowLine ? line : i;
                const int c = rowLine ? i : line;
                if (t.isShown(r, c)) {
                    ++shown;
                    hidden += t.value(r, c) ? 0 : 1;
                }
            }
            return shown < 2 || hidden != 1;
        };
        if (t.protectsRows()) {
            for (int r = 0; r < t.rowCount() + (t.hasColumnTotals() ? 1 : 0); ++r) {
                if (!check(true, r))
                    return refuse(tr("a suppressed count recoverable from its row in table %1").arg(t.id()));
            }
        }
        if (t.protectsColumns()) {
            for (int c = 0; c < t.columnCount() + (t.hasRowTotals() ? 1 : 0); ++c) {
                if (!check(false, c))
                    return refuse(tr("a suppressed count recoverable from its column in table %1").arg(t.id()));
            }
        }
    }
    for (const Measure &m : report.measures) {
        if (m.people != 0 || (m.value && (!m.n || *m.n < k)))
            return refuse(tr("measure %1 over fewer than %2 people").arg(m.id).arg(k));
    }
    return {};
}

QString Anonymizer::ruleText(int k)
{
    return tr("Counts from 1 to %1 are suppressed (k = %2). In every row and column that adds up to a total, a "
              "suppressed count never stands alone: further counts (the next smallest) are suppressed so that none "
              "can be recovered from the totals, and the table is checked as a whole. Medians and rates are shown "
              "only over at least %2 people. Periods are fixed calendar months, quarters, years or fiscal years.")
        .arg(k - 1)
        .arg(k);
}

QString Anonymizer::legendText(int k)
{
    return tr("%1 = suppressed: a count from 1 to %2, or a count hidden so that such a count cannot be derived "
              "from the totals.")
        .arg(Report::suppressedMarker())
        .arg(k - 1);
}

} // namespace tsunagu::statistics
