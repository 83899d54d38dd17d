# SPDX-License-Identifier: GPL-3.0-or-later
# Import of CSV files as Japanese Excel writes them (issue 6), and the shared
# guard against formula injection that every CSV/XLSX writer uses.
target_sources(tsunagu_core PRIVATE
    importer/AgencyRows.cpp importer/AgencyRows.h
    importer/ClientIndex.cpp importer/ClientIndex.h
    importer/ClientRows.cpp importer/ClientRows.h
    importer/ColumnMapping.cpp importer/ColumnMapping.h
    importer/ConsultationRows.cpp importer/ConsultationRows.h
    importer/CsvReader.cpp importer/CsvReader.h
    importer/FieldCatalog.cpp importer/FieldCatalog.h
    importer/Importer.cpp importer/Importer.h
    importer/ImportKind.h
    importer/ImportResult.h
    importer/JapaneseDate.cpp importer/JapaneseDate.h
    importer/RejectReport.cpp importer/RejectReport.h
    importer/RowImporter.cpp importer/RowImporter.h
    importer/TextDecoder.cpp importer/TextDecoder.h
    importer/Vocabulary.cpp importer/Vocabulary.h
    text/SpreadsheetSafety.cpp text/SpreadsheetSafety.h
)

# libcsv (Debian: libcsv-dev) parses and quotes CSV; iconv is part of glibc.
find_path(TSUNAGU_CSV_INCLUDE_DIR csv.h)
find_library(TSUNAGU_CSV_LIBRARY NAMES csv)
if(NOT TSUNAGU_CSV_INCLUDE_DIR OR NOT TSUNAGU_CSV_LIBRARY)
    message(FATAL_ERROR "libcsv was not found (csv.h and libcsv). On Debian: apt-get install libcsv-dev")
endif()
target_include_directories(tsunagu_core PRIVATE ${TSUNAGU_CSV_INCLUDE_DIR})
target_link_libraries(tsunagu_core PRIVATE ${TSUNAGU_CSV_LIBRARY})
