// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

#include <QDate>

class QCheckBox;
class QLabel;

namespace tsunagu::ui {

// 日付: dates in the Japanese era (令和8年11月20日) or not, with an example
// of today written the chosen way.
class DateSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    // `today`: the date the example shows.
    explicit DateSettingsPage(QDate today, QWidget *parent = nullptr);

    QCheckBox *eraBox() const { return m_era; }
    QLabel *exampleLabel() const { return m_example; }

    void save() override;

private:
    void updateExample();

    QDate m_today;
    QCheckBox *m_era;
    QLabel *m_example;
};

} // namespace tsunagu::ui
