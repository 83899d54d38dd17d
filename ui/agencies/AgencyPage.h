// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;

namespace tsunagu::ui {

class AgencyListModel;
class AgencyReferralsModel;

// 連携先: the directory of partner agencies with their kind, region, phone and
// contact person, filtered by kind and text; adding and correcting agencies;
// and, for the selected agency, the referrals made to it.
class AgencyPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgencyPage(const Session &session, QWidget *parent = nullptr);

    AgencyListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindFilter() const { return m_kind; }
    QCheckBox *inactiveBox() const { return m_inactive; }
    AgencyReferralsModel *referralsModel() const { return m_referrals; }
    QTableView *referralsView() const { return m_referralsView; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }

    // The selected agency, or 0.
    qint64 currentAgencyId() const;
    void selectAgency(qint64 agencyId);

public slots:
    // Reads the directory again, keeping the selection when it is still shown.
    void reload();
    void addAgency();
    void editAgency();

private:
    void applyFilter();
    void showReferrals();
    void openReferral(const QModelIndex &index);

    Session m_session;
    AgencyListModel *m_model;
    AgencyReferralsModel *m_referrals;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QCheckBox *m_inactive;
    QPushButton *m_add;
    QPushButton *m_edit;
    QTableView *m_view;
    QLabel *m_emptyLabel;
    QLabel *m_referralsTitle;
    QTableView *m_referralsView;
    QLabel *m_referralsEmpty;
};

} // namespace tsunagu::ui
