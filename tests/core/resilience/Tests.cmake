# SPDX-License-Identifier: GPL-3.0-or-later
add_executable(tsunagu-test-writer resilience/writer.cpp)
target_link_libraries(tsunagu-test-writer PRIVATE tsunagu_options tsunagu_core)
tsunagu_add_test(tst_resilience SOURCES resilience/tst_resilience.cpp)
target_compile_definitions(tst_resilience PRIVATE TSUNAGU_TEST_WRITER="$<TARGET_FILE:tsunagu-test-writer>")
add_dependencies(tst_resilience tsunagu-test-writer)
