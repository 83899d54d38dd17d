// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QSpinBox;

namespace tsunagu::ui {

// 今日: after how many days a sent referral without an answer, and an open
// case without contact, are listed on the start page (the same values as the
// boxes on the page itself).
class TodaySettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit TodaySettingsPage(QWidget *parent = nullptr);

    QSpinBox *unansweredDaysBox() const { return m_unanswered; }
    QSpinBox *quietDaysBox() const { return m_quiet; }

    void save() override;

private:
    QSpinBox *m_unanswered;
    QSpinBox *m_quiet;
};

} // namespace tsunagu::ui
