// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/clients/TimelineEntry.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace tsunagu::ui {

// 経過: everything about one client, newest first, in one table: consultations,
// support cases, referrals, consents and disclosure records. The records of a
// client are read when the client is set (a few hundred at most) and handed to
// views a page at a time (canFetchMore/fetchMore). A page asked for is added
// on the next turn of the event loop, never from inside another signal of
// this model (views and QAbstractItemModelTester call fetchMore from theirs).
// The filter keeps one kind of record.
class ClientTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Kind = TimelineEntry::Kind;
    enum Column { DateColumn, KindColumn, SummaryColumn, StaffColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // TimelineEntry::Kind, on every column
        IdRole, // qint64: the record's id in its table
        AtRole, // qint64: when, ms since the epoch
        StateRole, // QString: consent state name or referral status code
    };
    Q_ENUM(Role)

    static constexpr int defaultPageSize = 50;

    // `session` gives the database, the clock (consent states are as of now)
    // and must outlive the model.
    explicit ClientTimelineModel(const Session &session, QObject *parent = nullptr);

    // Reads the client's records and shows the first page.
    void setClientId(qint64 clientId);
    qint64 clientId() const { return m_clientId; }
    void reload();

    // Only records of one kind; nullopt: all of them.
    void setKindFilter(std::optional<Kind> kind);
    std::optional<Kind> kindFilter() const { return m_filter; }

    void setPageSize(int rows);
    bool isFetching() const { return m_fetchQueued; }
    // Rows that pass the filter, fetched or not.
    int totalCount() const { return static_cast<int>(m_filtered.size()); }
    // The message of the last failed read, or empty.
    const QString &lastError() const { return m_error; }

    const TimelineEntry &entry(int row) const;
    // The row of a record, handing out the rows up to it at once if it was not
    // fetched yet; -1 when the filter leaves it out.
    int showRecord(Kind kind, qint64 id);

    static QString kindLabel(Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The records could not be read; the message is core's, in the user's language.
    void loadFailed(const QString &message);

private:
    void load();
    void applyFilter();
    void fetchQueuedPage(quint64 generation);

    Session m_session;
    qint64 m_clientId = 0;
    std::optional<Kind> m_filter;
    QList<TimelineEntry> m_all;
    QList<int> m_filtered; // indexes into m_all
    int m_visible = 0; // rows handed out: the first m_visible of m_filtered
    int m_pageSize = defaultPageSize;
    bool m_fetchQueued = false;
    quint64 m_generation = 0; // a queued page of an older reset is dropped
    QString m_error;
};

} // namespace tsunagu::ui
