// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "worklist/TodayList.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;

namespace tsunagu::ui {

class WorkListSection;

// 今日: the start page. Five lists, each with a count, each row opening its
// record: consents ending within 30 days, referrals without an answer after
// N days, retention checks and milestones due this week, cases without a
// consultation for N days, and today's follow-ups. Consents and referrals
// open here; the rest ask the main window to open the client.
class TodayPage : public QWidget
{
    Q_OBJECT

public:
    explicit TodayPage(const Session &session, QWidget *parent = nullptr);

    WorkListSection *section(worklist::WorkKind kind) const;
    QSpinBox *unansweredDaysBox() const { return m_unansweredDays; }
    QSpinBox *quietDaysBox() const { return m_quietDays; }
    worklist::TodayOptions options() const;

public slots:
    // Reads every list again.
    void reload();

signals:
    // Any row was opened.
    void workItemActivated(const worklist::WorkItem &item);
    // A row whose record is the client's (a case, a milestone, a consultation).
    void clientActivated(qint64 clientId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void open(const worklist::WorkItem &item);
    // The day thresholds or the date style changed (AppSettings).
    void followSettings();

    Session m_session;
    QLabel *m_date;
    QSpinBox *m_unansweredDays;
    QSpinBox *m_quietDays;
    std::array<WorkListSection *, worklist::workKindCount> m_sections {};
};

} // namespace tsunagu::ui
