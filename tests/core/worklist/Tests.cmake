# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_today_list SOURCES worklist/tst_today_list.cpp)
