# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_demo_generator SOURCES demo/tst_demo_generator.cpp)
