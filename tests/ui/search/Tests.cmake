# SPDX-License-Identifier: GPL-3.0-or-later
# The global search: consultation notes by their words, below the client list.
tsunagu_add_test(tst_note_hits_pane
    SOURCES search/tst_note_hits_pane.cpp ClientFixtures.cpp LIBS tsunagu_ui tsunagu_i18n)
