# SPDX-License-Identifier: GPL-3.0-or-later
# 取り込み: the import wizard, driven through the real widgets from File → Import….
tsunagu_add_test(tst_import_wizard SOURCES importer/tst_import_wizard.cpp LIBS tsunagu_ui tsunagu_i18n)
# toCp932() and the other helpers of the core importer tests.
target_include_directories(tst_import_wizard PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/importer)

# Test-only: pictures of the wizard's pages, the read-only and damaged banners
# and the recovery dialog, to look at (tsunagu-import-screenshots OUT_DIR ja).
add_executable(tsunagu-import-screenshots importer/tsunagu_import_screenshots.cpp)
target_link_libraries(tsunagu-import-screenshots PRIVATE tsunagu_test_support tsunagu_ui tsunagu_i18n)
target_include_directories(tsunagu-import-screenshots PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/importer)
