# SPDX-License-Identifier: GPL-3.0-or-later
# 設定: the settings dialog, what it stores, and that each choice takes effect.
tsunagu_add_test(tst_settings_dialog SOURCES settings/tst_settings_dialog.cpp
    LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)
