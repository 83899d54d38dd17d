# SPDX-License-Identifier: GPL-3.0-or-later
# The CSV importer (issue 6): decoding, CSV reading, dates, header mapping,
# whole imports (clients, agencies, consultations), the reject report, the CLI,
# and the formula-injection guard.
tsunagu_add_test(tst_import_decoding SOURCES importer/tst_import_decoding.cpp importer/ImportFixtures.h)
tsunagu_add_test(tst_import_dates SOURCES importer/tst_import_dates.cpp)
tsunagu_add_test(tst_import_mapping SOURCES importer/tst_import_mapping.cpp importer/ImportFixtures.h)
tsunagu_add_test(tst_import_clients SOURCES importer/tst_import_clients.cpp importer/ImportFixtures.h)
tsunagu_add_test(tst_import_records SOURCES importer/tst_import_records.cpp importer/ImportFixtures.h)
tsunagu_add_test(tst_import_cli SOURCES importer/tst_import_cli.cpp importer/ImportFixtures.h)
tsunagu_add_test(tst_import_formula_safety SOURCES importer/tst_import_formula_safety.cpp)
add_dependencies(tst_import_cli tsunagu-cli)
