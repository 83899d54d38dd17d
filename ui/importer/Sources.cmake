# SPDX-License-Identifier: GPL-3.0-or-later
# 取り込み: the import wizard (File → Import…) over core's Importer: the kind
# and the file, its encoding, the column mapping, a preview, a dry run with
# every rejected row and the CSV to fix them in, then the all-or-nothing import.
target_sources(tsunagu_ui PRIVATE
    importer/CheckPage.cpp importer/CheckPage.h
    importer/FileAnalysis.cpp importer/FileAnalysis.h
    importer/ImportJob.cpp importer/ImportJob.h
    importer/ImportPage.cpp importer/ImportPage.h
    importer/ImportWizard.cpp importer/ImportWizard.h
    importer/MappingPage.cpp importer/MappingPage.h
    importer/PreviewModel.cpp importer/PreviewModel.h
    importer/PreviewPage.cpp importer/PreviewPage.h
    importer/RejectedRowsModel.cpp importer/RejectedRowsModel.h
    importer/SourcePage.cpp importer/SourcePage.h
)
