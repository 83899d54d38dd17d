# SPDX-License-Identifier: GPL-3.0-or-later
# 連携先: the directory of partner agencies and the referrals made to each.
target_sources(tsunagu_ui PRIVATE
    agencies/AgencyEditDialog.cpp agencies/AgencyEditDialog.h
    agencies/AgencyListModel.cpp agencies/AgencyListModel.h
    agencies/AgencyPage.cpp agencies/AgencyPage.h
    agencies/AgencyReferralsModel.cpp agencies/AgencyReferralsModel.h
)
