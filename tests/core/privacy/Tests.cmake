# SPDX-License-Identifier: GPL-3.0-or-later
# The privacy suite (PRIVACY.md): one executable per test class, all sharing
# PrivacyFixture (the agencies, clients and contact persons the scenarios name),
# built once.
add_library(tsunagu_privacy_fixture STATIC privacy/PrivacyFixture.cpp privacy/PrivacyFixture.h)
target_include_directories(tsunagu_privacy_fixture PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/privacy)
target_link_libraries(tsunagu_privacy_fixture PUBLIC tsunagu_test_support)

tsunagu_add_test(tst_disclosure_gate SOURCES privacy/tst_disclosure_gate.cpp LIBS tsunagu_privacy_fixture)
tsunagu_add_test(tst_disclosure_properties SOURCES privacy/tst_disclosure_properties.cpp LIBS tsunagu_privacy_fixture)
tsunagu_add_test(tst_consents SOURCES privacy/tst_consents.cpp LIBS tsunagu_privacy_fixture)
tsunagu_add_test(tst_audit_tamper SOURCES privacy/tst_audit_tamper.cpp LIBS tsunagu_privacy_fixture)
# The access report is read in Japanese: its test links the translations.
tsunagu_add_test(tst_access_report SOURCES privacy/tst_access_report.cpp LIBS tsunagu_privacy_fixture tsunagu_i18n)
tsunagu_add_test(tst_erasure SOURCES privacy/tst_erasure.cpp LIBS tsunagu_privacy_fixture)
