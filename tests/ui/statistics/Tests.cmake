# SPDX-License-Identifier: GPL-3.0-or-later
# Statistics (issue 4): the PDF report with charts.
tsunagu_add_test(tst_stat_pdf SOURCES statistics/tst_stat_pdf.cpp LIBS tsunagu_reports tsunagu_stat_fixture Qt6::Widgets)
