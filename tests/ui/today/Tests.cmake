# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_today_page SOURCES today/tst_today_page.cpp LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)

# Test-only: takes the screenshots of Today and of the referral dialog for
# packaging/screenshots.sh, on a database made by tsunagu-sample-db. Never installed.
add_executable(tsunagu-ui-screenshots today/tsunagu_ui_screenshots.cpp)
target_link_libraries(tsunagu-ui-screenshots PRIVATE tsunagu_options tsunagu_ui tsunagu_i18n)
