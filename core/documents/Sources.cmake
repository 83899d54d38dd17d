# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    documents/ConsentForm.cpp documents/ConsentForm.h
    documents/ReferralLetter.cpp documents/ReferralLetter.h
)
