// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "worklist/WorkItem.h"

#include <QWidget>

class QLabel;
class QListView;
class QModelIndex;

namespace tsunagu::ui {

class WorkListModel;

// One list of the start page: its title with a count, its rows, or a
// friendly sentence when there is nothing to do.
class WorkListSection : public QWidget
{
    Q_OBJECT

public:
    static constexpr int visibleRows = 6;

    WorkListSection(worklist::WorkKind kind, QWidget *parent = nullptr);

    worklist::WorkKind kind() const { return m_kind; }
    WorkListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *emptyLabel() const { return m_empty; }

    void setItems(const QList<worklist::WorkItem> &items);
    // A list that could not be read says so instead.
    void setFailure(const QString &message);

    static QString title(worklist::WorkKind kind);
    static QString emptyText(worklist::WorkKind kind);

signals:
    void itemActivated(const worklist::WorkItem &item);

private:
    void onActivated(const QModelIndex &index);
    void refresh();

    worklist::WorkKind m_kind;
    WorkListModel *m_model;
    QLabel *m_title;
    QListView *m_view;
    QLabel *m_empty;
};

} // namespace tsunagu::ui
