// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/settings/SettingsPage.h"

class QLineEdit;

namespace tsunagu::ui {

// 文書: the organisation named as the sender of referral letters and as the
// one asking on consent forms.
class LetterSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit LetterSettingsPage(QWidget *parent = nullptr);

    QLineEdit *organisationEdit() const { return m_organisation; }

    void save() override;

private:
    QLineEdit *m_organisation;
};

} // namespace tsunagu::ui
