# SPDX-License-Identifier: GPL-3.0-or-later
# The person's rights on the client screen: the access report and erasure,
# driven through the real main window (山田 太郎 of ClientScreenFixture).
foreach(test IN ITEMS tst_access_report_dialog tst_erasure_dialog)
    tsunagu_add_test(${test}
        SOURCES rights/${test}.cpp rights/RightsHelpers.h clients/ClientScreenFixture.cpp ClientFixtures.cpp
        LIBS tsunagu_ui tsunagu_i18n)
    target_include_directories(${test} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/clients)
endforeach()

# Test-only, never installed: pictures of the client screen's その他 button and
# of both dialogs, to look at (tsunagu-rights-screenshots OUT_DIR ja).
add_executable(tsunagu-rights-screenshots rights/tsunagu_rights_screenshots.cpp clients/ClientScreenFixture.cpp)
target_link_libraries(tsunagu-rights-screenshots PRIVATE tsunagu_options tsunagu_ui tsunagu_i18n Qt6::Test)
target_include_directories(tsunagu-rights-screenshots PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/clients)
