# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_agency_directory SOURCES agencies/tst_agency_directory.cpp
    LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)
