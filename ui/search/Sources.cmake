# SPDX-License-Identifier: GPL-3.0-or-later
# The global search's second half: consultation notes holding the typed words
# (the first half, the client list, is in clients/).
target_sources(tsunagu_ui PRIVATE
    search/NoteHitsModel.cpp search/NoteHitsModel.h
    search/NoteHitsPane.cpp search/NoteHitsPane.h
)
