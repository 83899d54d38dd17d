// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class NoteHitsModel;

// Below the client list: the consultations whose notes hold the words typed in
// the global search field (UI.md: "clients by name/reading and notes by text,
// as you type"). Enter or a double click opens the person and that
// consultation. When the note index is behind (a file from before it existed,
// or an interrupted import), it says so and rebuilds it on a worker thread
// with a progress bar and Cancel.
class NoteHitsPane : public QWidget
{
    Q_OBJECT

public:
    explicit NoteHitsPane(const Session &session, QWidget *parent = nullptr);

    NoteHitsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    void setSearchText(const QString &text);
    // Rebuilds the note index (asks nothing; shows progress, can be cancelled).
    void rebuildIndex();

signals:
    void consultationActivated(qint64 clientId, qint64 consultationId);

private:
    void onActivated(const QModelIndex &index);
    void updateState();

    Session m_session;
    NoteHitsModel *m_model;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_rebuild;
    QTableView *m_view;
};

} // namespace tsunagu::ui
