# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_note_search SOURCES search/tst_note_search.cpp)
