# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymized statistics (issue 4). A small fixture library writes rows with SQL,
# so the tests depend on the schema only; the XLSX checks inflate with zlib.
find_package(ZLIB REQUIRED)
add_library(tsunagu_stat_fixture STATIC
    statistics/StatsFixture.cpp statistics/StatsFixture.h
    statistics/PersonalData.cpp statistics/PersonalData.h
    statistics/ZipEntries.cpp statistics/ZipEntries.h)
target_include_directories(tsunagu_stat_fixture PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/statistics)
target_link_libraries(tsunagu_stat_fixture PUBLIC tsunagu_test_support PRIVATE ZLIB::ZLIB)

tsunagu_add_test(tst_stat_period SOURCES statistics/tst_stat_period.cpp)
tsunagu_add_test(tst_stat_anonymizer SOURCES statistics/tst_stat_anonymizer.cpp)
tsunagu_add_test(tst_stat_figures SOURCES statistics/tst_stat_figures.cpp LIBS tsunagu_stat_fixture)
tsunagu_add_test(tst_stat_exports SOURCES statistics/tst_stat_exports.cpp LIBS tsunagu_stat_fixture)
tsunagu_add_test(tst_stat_cli SOURCES statistics/tst_stat_cli.cpp LIBS tsunagu_stat_fixture)
add_dependencies(tst_stat_cli tsunagu-cli)
if(TSUNAGU_GUI)
    # tsunagu-cli draws PDF in this configuration (app/cli/CMakeLists.txt).
    target_compile_definitions(tst_stat_cli PRIVATE TSUNAGU_CLI_PDF)
endif()
tsunagu_add_test(tst_stat_k_setting SOURCES statistics/tst_stat_k_setting.cpp LIBS tsunagu_stat_fixture)
add_dependencies(tst_stat_k_setting tsunagu-cli)
tsunagu_add_test(tst_stat_recheck SOURCES statistics/tst_stat_recheck.cpp LIBS tsunagu_stat_fixture)
