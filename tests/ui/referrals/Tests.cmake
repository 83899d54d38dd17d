# SPDX-License-Identifier: GPL-3.0-or-later
# The GUI tests of referrals, consents, agencies, Today and the review queue
# share UiWorld (a database with agencies, a client and a supervisor).
add_library(tsunagu_ui_world STATIC referrals/UiWorld.cpp referrals/UiWorld.h)
target_include_directories(tsunagu_ui_world PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/referrals)
target_link_libraries(tsunagu_ui_world PUBLIC tsunagu_test_support tsunagu_core Qt6::Widgets)

tsunagu_add_test(tst_referral_dialog SOURCES referrals/tst_referral_dialog.cpp
    LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)

# 紹介 section: the referrals of every client.
tsunagu_add_test(tst_referral_list_page SOURCES referrals/tst_referral_list_page.cpp
    LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)
