// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::search {

struct NoteHit {
    qint64 consultationId = 0;
    qint64 clientId = 0;
    qint64 startedAt = 0; // ms since the epoch
    QString snippet; // the words around the first match, from the note itself
};

struct NoteHits {
    QList<NoteHit> hits; // most recently recorded first
    // False when the list may miss newer hits: the query was too short for the
    // index (one character) and only the newest NoteSearch::scanLimit notes
    // were read, or the index is being rebuilt.
    bool complete = true;
    bool indexStale = false; // the index needs NoteIndex::rebuild()
};

// Full-text search over consultation notes and next steps.
//
// A query is one or more words separated by spaces; a note matches when it
// contains every word, ignoring hiragana/katakana, full/half width and case.
// Words of two or more characters are looked up in the bigram index
// (NoteIndex): the candidates are the consultations holding all their bigrams,
// read newest first (consultation ids grow as notes are recorded), and each is
// confirmed against the real text, so a hit always contains the words and the
// first `limit` hits come without sorting the whole hit list. ASCII words are
// matched from the start of a word. A query of single characters only cannot
// use the index: the newest scanLimit notes are read instead.
class NoteSearch
{
public:
    static constexpr int scanLimit = 20000;
    // Candidates confirmed at most (a query whose bigrams are common but that
    // is itself rare); beyond, the result is marked incomplete.
    static constexpr int candidateLimit = 100000;

    explicit NoteSearch(const storage::Database &db)
        : m_db(db)
    { }

    // Clients under stop-use are left out unless `includeStopped`.
    Result<NoteHits> find(const QString &query, int limit = 50, bool includeStopped = false) const;

private:
    const storage::Database &m_db;
};

} // namespace tsunagu::search
