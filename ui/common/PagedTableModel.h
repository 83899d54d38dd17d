// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMetaObject>
#include <QString>

#include <algorithm>
#include <optional>
#include <utility>

namespace tsunagu::ui {

// A flat table whose rows come a page at a time from one of core's keyset-paged
// queries as the view scrolls (canFetchMore/fetchMore). `Page` is the query's
// answer: a struct with `QList<Row> rows` and `std::optional<Cursor> next`
// (empty on the last page).
//
// A subclass says how to read a page (readPage), how to show a row (data,
// columnCount, headerData) and how to report a failure (pageFailed, which
// emits the subclass's own signal). Everything else lives here:
// - reload() starts again from the first page and loads it at once, inside the
//   model reset, so that a view shows the first rows without waiting;
// - further pages are loaded on the next turn of the event loop after
//   fetchMore(), so that rows are never inserted from inside another signal of
//   this model (views and QAbstractItemModelTester call fetchMore from their
//   handlers, e.g. rowsInserted);
// - a generation counter drops a queued fetch that belongs to an older query
//   (reload() between fetchMore() and the next turn of the event loop).
//
// A template without Q_OBJECT: each subclass declares Q_OBJECT and its signals.
template <typename Page> class PagedTableModel : public QAbstractTableModel
{
public:
    using Row = typename decltype(Page::rows)::value_type;
    using Cursor = typename decltype(Page::next)::value_type;

    static constexpr int defaultPageSize = 100;

    // Reads the current query again from the first page.
    void reload()
    {
        beginResetModel();
        ++m_generation;
        m_fetchQueued = false;
        m_rows.clear();
        m_next.reset();
        m_atEnd = false;
        m_error.clear();
        fetchPage(false);
        endResetModel();
    }

    // Takes effect from the next page read.
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }

    // True between fetchMore() and the arrival of the page.
    bool isFetching() const { return m_fetchQueued; }

    // The message of the last failed read, or empty.
    const QString &lastError() const { return m_error; }

    // A row fetched so far, or null.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_atEnd && !m_fetchQueued;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        m_fetchQueued = true;
        QMetaObject::invokeMethod(
            this, [this, generation = m_generation] { fetchQueuedPage(generation); }, Qt::QueuedConnection);
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    // Reads `limit` rows of the current query after `after` (from the start
    // when empty).
    virtual Result<Page> readPage(const std::optional<Cursor> &after, int limit) const = 0;
    // A read failed (the message is core's, in the user's language); no more
    // pages are asked for until reload().
    virtual void pageFailed(const QString &message) = 0;

    const QList<Row> &rows() const { return m_rows; }

    // The first row fetched so far that matches, or -1.
    template <typename Predicate> int findRow(Predicate matches) const
    {
        const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), std::move(matches));
        return found == m_rows.cend() ? -1 : static_cast<int>(found - m_rows.cbegin());
    }

private:
    void fetchQueuedPage(quint64 generation)
    {
        if (generation != m_generation || !m_fetchQueued)
            return;
        m_fetchQueued = false;
        fetchPage(true);
    }

    // Fetches the next page; false (after pageFailed) when the read failed.
    bool fetchPage(bool insertRows)
    {
        const Result<Page> page = readPage(m_next, m_pageSize);
        if (!page) {
            m_atEnd = true;
            m_error = page.error().message;
            pageFailed(m_error);
            return false;
        }
        m_next = page->next;
        m_atEnd = !m_next.has_value();
        if (page->rows.isEmpty())
            return true;
        const int first = static_cast<int>(m_rows.size());
        if (insertRows)
            beginInsertRows({}, first, first + static_cast<int>(page->rows.size()) - 1);
        m_rows += page->rows;
        if (insertRows)
            endInsertRows();
        return true;
    }

    QList<Row> m_rows;
    std::optional<Cursor> m_next;
    bool m_atEnd = true;
    bool m_fetchQueued = false;
    quint64 m_generation = 0; // a queued fetch of an older query is dropped
    int m_pageSize = defaultPageSize;
    QString m_error;
};

} // namespace tsunagu::ui
