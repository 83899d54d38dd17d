# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_drafts SOURCES drafts/tst_drafts.cpp)
