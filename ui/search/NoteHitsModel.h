// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsunagu::ui {

// The consultations whose notes or next steps hold the search words (core's
// search::NoteSearch over the bigram index): the `defaultLimit` most recently
// recorded, shown newest consultation first, each with its date, the person
// and the words around the match.
class NoteHitsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ClientColumn, SnippetColumn, ColumnCount };
    enum Role {
        ClientIdRole = Qt::UserRole + 1, // qint64, on every column
        ConsultationIdRole, // qint64, on every column
    };
    Q_ENUM(Role)

    // Shorter queries are not looked up: a single character would read the
    // newest notes one by one on every keystroke.
    static constexpr int minimumLength = 2;
    static constexpr int defaultLimit = 50;

    explicit NoteHitsModel(const Session &session, QObject *parent = nullptr);

    // Runs the search at once (it is indexed: well under a millisecond on a
    // million notes); an empty or too short text empties the model.
    void setSearchText(const QString &text);
    const QString &searchText() const { return m_text; }
    void reload();

    // After a search: whether newer hits may be missing (the index is being
    // made, or too many candidates), and whether the index needs rebuilding.
    bool isComplete() const { return m_complete; }
    bool isIndexStale() const { return m_indexStale; }
    // The error of the last search, or empty.
    const QString &failure() const { return m_failure; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row {
        qint64 consultationId = 0;
        qint64 clientId = 0;
        qint64 startedAt = 0;
        QString client;
        QString clientKana;
        QString snippet;
    };

    Session m_session;
    QString m_text;
    QList<Row> m_rows;
    bool m_complete = true;
    bool m_indexStale = false;
    QString m_failure;
};

} // namespace tsunagu::ui
