# SPDX-License-Identifier: GPL-3.0-or-later
# Full-text search over consultation notes (the name search, ClientSearch, is
# listed in core/CMakeLists.txt).
target_sources(tsunagu_core PRIVATE
    search/NoteIndex.cpp search/NoteIndex.h
    search/NoteSearch.cpp search/NoteSearch.h
    search/NoteTokenizer.cpp search/NoteTokenizer.h
)
