// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteSearch.h"

#include "search/NoteIndex.h"
#include "search/NoteTokenizer.h"
#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace tsunagu::search {

namespace {

constexpr int maxMatchTokens = 12;
constexpr qsizetype snippetBefore = 15;
constexpr qsizetype snippetLength = 60;

QStringList termsOf(const QString &query)
{
    const QString folded = NoteTokenizer::fold(query);
    QStringList terms;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool space = i == folded.size() || folded.at(i).isSpace();
        if (!space && start < 0)
            start = i;
        if (space && start >= 0) {
            const QString term = folded.mid(start, i - start);
            if (!terms.contains(term))
                terms << term;
            start = -1;
        }
    }
    return terms;
}

// The FTS5 expression: every bigram, and every ASCII word as a prefix, ANDed.
// Empty when no word is long enough for the index.
QString matchExpression(const QStringList &terms)
{
    QStringList tokens;
    for (const QString &term : terms) {
        if (term.size() < 2)
            continue;
        for (const QString &token : NoteTokenizer::tokensOfFolded(term)) {
            if (!tokens.contains(token))
                tokens << token;
        }
    }
    if (tokens.size() > maxMatchTokens) // the rest is checked on the text anyway
        tokens = tokens.mid(0, maxMatchTokens);
    QStringList parts;
    for (const QString &token : std::as_const(tokens)) {
        const bool ascii = token.at(0).unicode() < 0x80;
        parts << (QLatin1Char('"') + token + (ascii ? QStringLiteral("\"*") : QStringLiteral("\"")));
    }
    return parts.join(QStringLiteral(" AND "));
}

// The hit, or an empty snippet when the text does not contain every term.
bool confirm(const QString &text, const QStringList &terms, QString &snippet)
{
    const QString folded = NoteTokenizer::fold(text);
    qsizetype first = -1;
    for (const QString &term : terms) {
        const qsizetype at = folded.indexOf(term);
        if (at < 0)
            return false;
        if (first < 0)
            first = at;
    }
    // Folding kept the length (ordinary text): the position maps back.
    const qsizetype at = folded.size() == text.size() ? first : 0;
    const qsizetype from = std::max<qsizetype>(0, at - snippetBefore);
    snippet = text.mid(from, snippetLength);
    snippet.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (from > 0)
        snippet.prepend(QChar(0x2026));
    if (from + snippetLength < text.size())
        snippet.append(QChar(0x2026));
    return true;
}

} // namespace

Result<NoteHits> NoteSearch::find(const QString &query, int limit, bool includeStopped) const
{
    limit = std::clamp(limit, 1, 1000);
    NoteHits result;
    const QStringList terms = termsOf(query);
    if (terms.isEmpty())
        return result;

    auto current = NoteIndex(m_db).isCurrent();
    if (!current)
        return fail(current.error());
    result.indexStale = !*current;
    const QString match = result.indexStale ? QString() : matchExpression(terms);

    // CROSS JOIN keeps the index (or the newest consultations) as the outer
    // loop, read newest first, so reading stops at the limit.
    const QString sql = match.isEmpty()
        ? QStringLiteral("SELECT c.id, c.client_id, c.started_at, c.notes, c.next_steps, k.stop_use, k.erased_at "
                         "FROM (SELECT id, client_id, started_at, notes, next_steps FROM consultations "
                         "ORDER BY id DESC LIMIT ?) AS c "
                         "CROSS JOIN clients AS k ON k.id = c.client_id ORDER BY c.id DESC")
        : QStringLiteral("SELECT c.id, c.client_id, c.started_at, c.notes, c.next_steps, k.stop_use, k.erased_at "
                         "FROM note_index CROSS JOIN consultations AS c ON c.id = note_index.rowid "
                         "CROSS JOIN clients AS k ON k.id = c.client_id "
                         "WHERE note_index MATCH ? ORDER BY note_index.rowid DESC");
    auto q = storage::prepare(m_db, sql);
    if (!q)
        return fail(q.error());
    if (match.isEmpty())
        q->addBindValue(scanLimit);
    else
        q->addBindValue(match);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());

    int read = 0;
    bool capped = false;
    while (q->next()) {
        if (result.hits.size() == limit)
            break;
        if (!match.isEmpty() && read == candidateLimit) {
            capped = true;
            break;
        }
        ++read;
        if (!q->value(6).isNull() || (!includeStopped && q->value(5).toBool()))
            continue;
        NoteHit hit;
        if (!confirm(NoteIndex::indexedText(q->value(3).toString(), q->value(4).toString()), terms, hit.snippet))
            continue;
        hit.consultationId = q->value(0).toLongLong();
        hit.clientId = q->value(1).toLongLong();
        hit.startedAt = q->value(2).toLongLong();
        result.hits << hit;
    }
    q->finish();
    // The newest `limit` hits are right when the list is full or every
    // candidate was read.
    result.complete = result.hits.size() == limit || (match.isEmpty() ? read < scanLimit : !capped);
    return result;
}

} // namespace tsunagu::search
