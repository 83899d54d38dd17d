# SPDX-License-Identifier: GPL-3.0-or-later
tsunagu_add_test(tst_clients SOURCES repo/tst_clients.cpp)
tsunagu_add_test(tst_conditions SOURCES repo/tst_conditions.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_contact_persons SOURCES repo/tst_contact_persons.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_agencies SOURCES repo/tst_agencies.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_cases SOURCES repo/tst_cases.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_consultations SOURCES repo/tst_consultations.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_referrals SOURCES repo/tst_referrals.cpp repo/RepoFixtures.h)
tsunagu_add_test(tst_revision_history SOURCES repo/tst_revision_history.cpp repo/RepoFixtures.h)
