// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "ui/clients/TimelineEntry.h"

#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QModelIndex;
class QTableView;

namespace tsunagu::ui {

class ClientTimelineModel;

// 経過: the timeline with its filter bar [すべて|相談|ケース|紹介|同意|提供].
// Enter or a double click on a row asks for the record to be opened.
class TimelinePane : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(const Session &session, QWidget *parent = nullptr);

    ClientTimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The filter button of a kind; nullopt: すべて.
    QAbstractButton *filterButton(std::optional<TimelineEntry::Kind> kind) const;

    void setClientId(qint64 clientId);
    void reload();
    void focusView();
    // Makes a record's row the current one (fetching pages up to it); false
    // when it is not listed under the current filter.
    bool selectRecord(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);

signals:
    void recordActivated(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);
    // The history of the selected record was asked for.
    void recordHistoryRequested(tsunagu::ui::TimelineEntry::Kind kind, qint64 id);

private:
    QWidget *createFilterBar();
    void onFilterClicked(int id);
    void onActivated(const QModelIndex &index);
    void requestHistoryOfCurrent();
    void updateEmptyState();

    ClientTimelineModel *m_model;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QButtonGroup *m_filters;
};

} // namespace tsunagu::ui
