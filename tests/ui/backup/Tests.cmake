# SPDX-License-Identifier: GPL-3.0-or-later
# Backups, restore, the read-only and damaged banners, and the start-up path
# that opens the database (DatabaseOpener), driven through the real widgets.
tsunagu_add_test(tst_data_safety SOURCES backup/tst_data_safety.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
target_include_directories(tst_data_safety PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
