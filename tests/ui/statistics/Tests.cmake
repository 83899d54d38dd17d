# SPDX-License-Identifier: GPL-3.0-or-later
# Statistics (issue 4): the PDF report with charts.
tsunagu_add_test(tst_stat_pdf SOURCES statistics/tst_stat_pdf.cpp LIBS tsunagu_reports tsunagu_stat_fixture Qt6::Widgets)
# tsunagu-cli stats --format pdf: the same report drawn by the CLI, and its leakage test.
tsunagu_add_test(tst_stat_cli_pdf SOURCES statistics/tst_stat_cli_pdf.cpp
    LIBS tsunagu_reports tsunagu_stat_fixture Qt6::Widgets)
add_dependencies(tst_stat_cli_pdf tsunagu-cli)
# The dashboard screen (統計): real widgets, the worker thread, exports.
tsunagu_add_test(tst_stat_page SOURCES statistics/tst_stat_page.cpp
    LIBS tsunagu_ui_world tsunagu_stat_fixture tsunagu_ui tsunagu_i18n Qt6::Widgets)

# Test-only: the screenshot of the statistics section for packaging/screenshots.sh,
# on a demo database (tsunagu-cli demo --size 2000). Never installed.
add_executable(tsunagu-stat-screenshot statistics/tsunagu_stat_screenshot.cpp)
target_link_libraries(tsunagu-stat-screenshot PRIVATE tsunagu_options tsunagu_ui tsunagu_i18n)
