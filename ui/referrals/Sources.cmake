# SPDX-License-Identifier: GPL-3.0-or-later
# 紹介: referring a client to a partner agency through the disclosure gate, the
# referral letter, and the referral's progress. DocumentOutput and FileChooser
# put documents made from a grant (or a consent form) on paper or in a file.
target_sources(tsunagu_ui PRIVATE
    referrals/AgencyPicker.cpp referrals/AgencyPicker.h
    referrals/DocumentOutput.cpp referrals/DocumentOutput.h
    referrals/ExceptionDialog.cpp referrals/ExceptionDialog.h
    referrals/FileChooser.cpp referrals/FileChooser.h
    referrals/ReferralDialog.cpp referrals/ReferralDialog.h
    referrals/ReferralStatusDialog.cpp referrals/ReferralStatusDialog.h
    referrals/VerdictPanel.cpp referrals/VerdictPanel.h
)
# 紹介 section: the referrals of every client.
target_sources(tsunagu_ui PRIVATE
    referrals/ReferralListModel.cpp referrals/ReferralListModel.h
    referrals/ReferralListPage.cpp referrals/ReferralListPage.h
)
