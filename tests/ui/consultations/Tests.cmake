# SPDX-License-Identifier: GPL-3.0-or-later
# 相談を記録: the consultation dialog, its drafts and the pre-visit checklist.
tsunagu_add_test(tst_consultation_dialog SOURCES consultations/tst_consultation_dialog.cpp ClientFixtures.cpp
    LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_consultation_drafts SOURCES consultations/tst_consultation_drafts.cpp ClientFixtures.cpp
    LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_consultation_models SOURCES consultations/tst_consultation_models.cpp
    LIBS tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_visit_checklist SOURCES consultations/tst_visit_checklist.cpp ClientFixtures.cpp
    LIBS tsunagu_ui tsunagu_i18n)

# Test and documentation only, never installed: the consultation dialog filled
# in, as a PNG, for packaging/screenshots.sh.
add_executable(tsunagu-consultation-screenshot consultations/tsunagu_consultation_screenshot.cpp ClientFixtures.cpp)
target_link_libraries(tsunagu-consultation-screenshot PRIVATE tsunagu_options tsunagu_ui tsunagu_i18n)
