# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_consent_dialog SOURCES consents/tst_consent_dialog.cpp
    LIBS tsunagu_ui_world tsunagu_ui tsunagu_i18n)
tsunagu_add_test(tst_consent_form SOURCES consents/tst_consent_form.cpp
    LIBS tsunagu_ui_world tsunagu_i18n)
