# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    drafts/Draft.h
    drafts/DraftStore.cpp drafts/DraftStore.h
)
