# SPDX-License-Identifier: GPL-3.0-or-later
# 設定: the settings dialog (File → Settings…) and the one class that reads
# and writes the user's preferences.
target_sources(tsunagu_ui PRIVATE
    settings/AppSettings.cpp settings/AppSettings.h
    settings/DateSettingsPage.cpp settings/DateSettingsPage.h
    settings/GeneralSettingsPage.cpp settings/GeneralSettingsPage.h
    settings/LetterSettingsPage.cpp settings/LetterSettingsPage.h
    settings/SettingsDialog.cpp settings/SettingsDialog.h
    settings/SettingsPage.h
    settings/TodaySettingsPage.cpp settings/TodaySettingsPage.h
)
