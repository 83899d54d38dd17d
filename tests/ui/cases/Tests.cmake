# SPDX-License-Identifier: GPL-3.0-or-later
# 伴走ケース: the case panel, its dialogs and its model.
tsunagu_add_test(tst_case_panel SOURCES cases/tst_case_panel.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
# 伴走ケース section: the cases of every client.
tsunagu_add_test(tst_case_list_page SOURCES cases/tst_case_list_page.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
