# SPDX-License-Identifier: GPL-3.0-or-later
# Anonymized statistics (issue 4): figures, disclosure control, exports.
target_sources(tsunagu_core PRIVATE
    statistics/Anonymizer.cpp statistics/Anonymizer.h
    statistics/CsvExport.cpp statistics/CsvExport.h
    statistics/ExportFormat.cpp statistics/ExportFormat.h
    statistics/JsonExport.cpp statistics/JsonExport.h
    statistics/KSetting.cpp statistics/KSetting.h
    statistics/Measure.h
    statistics/Period.cpp statistics/Period.h
    statistics/Report.cpp statistics/Report.h
    statistics/ReportExporter.cpp statistics/ReportExporter.h
    statistics/ReportLabels.cpp statistics/ReportLabels.h
    statistics/Statistics.cpp statistics/Statistics.h
    statistics/Table.cpp statistics/Table.h
    statistics/XlsxExport.cpp statistics/XlsxExport.h
)

# XLSX through libxlsxwriter (Debian: libxlsxwriter-dev), private to the core. GLOBAL:
# the static core carries the link dependency to executables in other folders.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET GLOBAL xlsxwriter)
target_link_libraries(tsunagu_core PRIVATE PkgConfig::XLSXWRITER)
