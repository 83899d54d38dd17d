# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_ui PRIVATE
    cases/CaseDialog.cpp cases/CaseDialog.h
    cases/CasePanel.cpp cases/CasePanel.h
    cases/CaseTreeModel.cpp cases/CaseTreeModel.h
    cases/JobStartDialog.cpp cases/JobStartDialog.h
    cases/MilestoneDoneDialog.cpp cases/MilestoneDoneDialog.h
)
# 伴走ケース section: the cases of every client.
target_sources(tsunagu_ui PRIVATE
    cases/CaseListModel.cpp cases/CaseListModel.h
    cases/CaseListPage.cpp cases/CaseListPage.h
)
