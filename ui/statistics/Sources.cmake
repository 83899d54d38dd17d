# SPDX-License-Identifier: GPL-3.0-or-later
# Statistics (issue 4). tsunagu_reports: the PDF report with charts, a small
# library of its own so that only what draws charts needs Qt Charts. The
# dashboard screen links it.
find_package(Qt6 6.4 REQUIRED COMPONENTS Charts)
add_library(tsunagu_reports STATIC statistics/PdfReport.cpp statistics/PdfReport.h)
target_include_directories(tsunagu_reports PUBLIC ${PROJECT_SOURCE_DIR})
target_link_libraries(tsunagu_reports
    PUBLIC tsunagu_options tsunagu_core Qt6::Gui
    PRIVATE Qt6::Widgets Qt6::Charts)

# 統計: the dashboard screen (period picker, tables, charts, exports), with the
# computation on a worker thread.
target_sources(tsunagu_ui PRIVATE
    statistics/StatisticsCharts.cpp statistics/StatisticsCharts.h
    statistics/StatisticsJob.cpp statistics/StatisticsJob.h
    statistics/StatisticsPage.cpp statistics/StatisticsPage.h
    statistics/StatisticsTableModel.cpp statistics/StatisticsTableModel.h
)
target_link_libraries(tsunagu_ui PRIVATE tsunagu_reports Qt6::Charts)
