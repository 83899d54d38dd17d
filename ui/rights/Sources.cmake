# SPDX-License-Identifier: GPL-3.0-or-later
# The person's rights on the client screen (PRIVACY.md rules 10 and 12): the
# access report (print, PDF, HTML, JSON) and the erasure of their data, with
# the rewrite of the file on a worker thread. The client screen's その他 menu.
target_sources(tsunagu_ui PRIVATE
    rights/AccessReportDialog.cpp rights/AccessReportDialog.h
    rights/ErasureDialog.cpp rights/ErasureDialog.h
    rights/RightsMenu.cpp rights/RightsMenu.h
)
