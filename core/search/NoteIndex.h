// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

#include <functional>

namespace tsunagu::storage {
class Database;
}

namespace tsunagu::search {

// Keeps the full-text index of consultation notes (table note_index, schema
// version 2) in step with the consultations.
//
// note_index is a contentless FTS5 table (rowid = consultations.id, one column
// of tokens from NoteTokenizer, detail=none, SQLite's built-in 'ascii'
// tokenizer, so any SQLite can read it). It holds no text: the notes stay in
// `consultations`, and the index holds only which consultation has which
// bigram. Being contentless, removing a row needs its old tokens, which is why
// remove() takes the old text.
//
// The setting 'note_index.version' says which NoteTokenizer::version built the
// index, or 'stale' when consultations exist that it does not hold (a file
// migrated from schema 1). While it is not current, index() and remove() do
// nothing and searches say so; rebuild() makes it current.
//
// Every call runs on the caller's connection and inside the caller's
// transaction, so a note and its tokens always change together.
class NoteIndex
{
public:
    // Reports done/total rows; return false to stop (rebuild() then rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit NoteIndex(const storage::Database &db)
        : m_db(db)
    { }

    // The text the index holds for a consultation.
    static QString indexedText(const QString &notes, const QString &nextSteps);

    // Adds a consultation's notes (as returned by indexedText).
    Status index(qint64 consultationId, const QString &text) const;
    // Removes a consultation's tokens; `oldText` must be the text it was indexed with.
    Status remove(qint64 consultationId, const QString &oldText) const;
    // remove(old) then index(new), when the text changed.
    Status replace(qint64 consultationId, const QString &oldText, const QString &newText) const;

    // Whether the index holds every note, built by this version of the tokenizer.
    Result<bool> isCurrent() const;
    // Rebuilds the whole index from the consultations, in one transaction.
    Status rebuild(const Progress &progress = {}) const;
    // Merges the index into one segment, dropping the entries of removed notes
    // for good (after an erasure, before VACUUM).
    Status purgeRemoved() const;

private:
    const storage::Database &m_db;
};

} // namespace tsunagu::search
