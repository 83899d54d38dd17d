# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_review_page SOURCES review/tst_review_page.cpp LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)
