# SPDX-License-Identifier: GPL-3.0-or-later
# 相談者 and 履歴: the client screen, its timeline, the registration and edit
# dialog, and the history dialog, driven through the real widgets.
tsunagu_add_test(tst_clienteditdialog
    SOURCES clients/tst_clienteditdialog.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_clientpage
    SOURCES clients/tst_clientpage.cpp clients/ClientScreenFixture.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_clienttimelinemodel
    SOURCES clients/tst_clienttimelinemodel.cpp clients/ClientScreenFixture.cpp LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_historydialog
    SOURCES clients/tst_historydialog.cpp clients/ClientScreenFixture.cpp LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_timeline_records
    SOURCES clients/tst_timeline_records.cpp clients/ClientScreenFixture.cpp
    LIBS tsunagu_ui tsunagu_i18n)

# The sample database of packaging/screenshots.sh holds one client with a full
# screen (consultations, a case, a referral, consents, a disclosure).
target_sources(tsunagu-sample-db PRIVATE clients/ClientScreenFixture.cpp clients/ClientScreenFixture.h)

# Test-only, for packaging/screenshots.sh: opens a client in the real main
# window, as a coordinator would (search, Enter), and saves a picture.
add_executable(tsunagu-client-screenshot clients/client_screenshot.cpp)
target_link_libraries(tsunagu-client-screenshot PRIVATE tsunagu_options tsunagu_ui tsunagu_i18n)

# ClientFixtures.h sits one folder up.
foreach(test IN ITEMS tst_clienteditdialog tst_clientpage tst_clienttimelinemodel tst_historydialog
        tst_timeline_records)
    target_include_directories(${test} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()
