// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tsunagu::ui {

class AgencyListModel;

// Chooses an active partner agency: by name as you type (any kana or width),
// or by kind. Down moves from the search field into the list.
class AgencyPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AgencyPicker(const Session &session, QWidget *parent = nullptr);

    // The chosen agency, or 0.
    qint64 agencyId() const;
    QString agencyName() const;
    void setAgencyId(qint64 agencyId);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableView *view() const { return m_view; }
    AgencyListModel *model() const { return m_model; }

signals:
    void agencyChanged(qint64 agencyId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void onCurrentChanged();

    Session m_session;
    AgencyListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QTableView *m_view;
    QLabel *m_empty;
    qint64 m_current = 0;
};

} // namespace tsunagu::ui
