# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    documents/ReferralLetter.cpp documents/ReferralLetter.h
)
