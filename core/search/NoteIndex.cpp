// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoteIndex.h"

#include "search/NoteTokenizer.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace tsunagu::search {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::search::NoteIndex", text);
}

const QString versionKey = QStringLiteral("note_index.version");

Status writeTokens(const storage::Database &db, qint64 id, const QString &tokens, bool remove)
{
    auto q = storage::prepare(db,
        remove ? QStringLiteral("INSERT INTO note_index (note_index, rowid, tokens) "
                                "VALUES ('delete', ?, ?)")
               : QStringLiteral("INSERT INTO note_index (rowid, tokens) VALUES (?, ?)"));
    if (!q)
        return fail(q.error());
    q->addBindValue(id);
    q->addBindValue(tokens);
    return storage::exec(*q);
}

} // namespace

QString NoteIndex::indexedText(const QString &notes, const QString &nextSteps)
{
    if (nextSteps.isEmpty())
        return notes;
    return QString(notes + QLatin1Char('\n') + nextSteps);
}

Result<bool> NoteIndex::isCurrent() const
{
    auto q = storage::prepare(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q)
        return fail(q.error());
    q->addBindValue(versionKey);
    if (Status s = storage::exec(*q); !s)
        return fail(s.error());
    return q->next() && q->value(0).toString() == QString::number(NoteTokenizer::version);
}

Status NoteIndex::index(qint64 consultationId, const QString &text) const
{
    const QString tokens = NoteTokenizer::indexText(text);
    if (tokens.isEmpty())
        return {};
    auto current = isCurrent();
    if (!current)
        return fail(current.error());
    if (!*current) // rebuild() will read the text from the consultation itself
        return {};
    return writeTokens(m_db, consultationId, tokens, false);
}

Status NoteIndex::remove(qint64 consultationId, const QString &oldText) const
{
    const QString tokens = NoteTokenizer::indexText(oldText);
    if (tokens.isEmpty())
        return {};
    auto current = isCurrent();
    if (!current)
        return fail(current.error());
    if (!*current)
        return {};
    return writeTokens(m_db, consultationId, tokens, true);
}

Status NoteIndex::replace(qint64 consultationId, const QString &oldText, const QString &newText) const
{
    if (oldText == newText)
        return {};
    if (Status s = remove(consultationId, oldText); !s)
        return s;
    return index(consultationId, newText);
}

Status NoteIndex::rebuild(const Progress &progress) const
{
    storage::Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    qint64 total = 0;
    {
        auto count = storage::prepare(m_db, QStringLiteral("SELECT count(*) FROM consultations"));
        if (!count)
            return fail(count.error());
        if (Status s = storage::exec(*count); !s)
            return s;
        if (count->next())
            total = count->value(0).toLongLong();
    }
    auto clear = storage::prepare(m_db, QStringLiteral("INSERT INTO note_index (note_index) VALUES ('delete-all')"));
    if (!clear)
        return fail(clear.error());
    if (Status s = storage::exec(*clear); !s)
        return s;

    auto rows = storage::prepare(m_db, QStringLiteral("SELECT id, notes, next_steps FROM consultations ORDER BY id"));
    if (!rows)
        return fail(rows.error());
    auto insert = storage::prepare(m_db, QStringLiteral("INSERT INTO note_index (rowid, tokens) VALUES (?, ?)"));
    if (!insert)
        return fail(insert.error());
    if (Status s = storage::exec(*rows); !s)
        return s;
    qint64 done = 0;
    while (rows->next()) {
        const QString tokens
            = NoteTokenizer::indexText(indexedText(rows->value(1).toString(), rows->value(2).toString()));
        if (!tokens.isEmpty()) {
            insert->bindValue(0, rows->value(0).toLongLong());
            insert->bindValue(1, tokens);
            if (Status s = storage::exec(*insert); !s)
                return s;
        }
        if (++done % 2000 == 0 && progress && !progress(done, total))
            return fail(ErrorCode::Cancelled, tr("Rebuilding the note index was stopped; nothing was changed."));
    }
    rows->finish();

    auto mark = storage::prepare(m_db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    if (!mark)
        return fail(mark.error());
    mark->addBindValue(versionKey);
    mark->addBindValue(QString::number(NoteTokenizer::version));
    if (Status s = storage::exec(*mark); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (progress)
        progress(total, total);
    return {};
}

Status NoteIndex::purgeRemoved() const
{
    auto q = storage::prepare(m_db, QStringLiteral("INSERT INTO note_index (note_index) VALUES ('optimize')"));
    if (!q)
        return fail(q.error());
    return storage::exec(*q);
}

} // namespace tsunagu::search
