# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_clients SOURCES repo/tst_clients.cpp)
