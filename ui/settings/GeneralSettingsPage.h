// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Translations.h"
#include "ui/settings/SettingsPage.h"

#include <optional>

class QComboBox;

namespace tsunagu::ui {

// 全般: the language of the interface (日本語, English or the system's). It
// takes effect when Tsunagu starts again.
class GeneralSettingsPage : public SettingsPage
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    // The language chosen in the box; nullopt: the system's.
    std::optional<Translations::Language> chosenLanguage() const;

    void save() override;

private:
    QComboBox *m_language;
};

} // namespace tsunagu::ui
