# SPDX-License-Identifier: GPL-3.0-or-later
# 履歴: who changed what, when and why, for any record or a whole client.
# Field names and values come from core (text/FieldLabels, text/FieldValues).
target_sources(tsunagu_ui PRIVATE
    history/FieldLabels.h
    history/FieldValues.h
    history/HistoryDialog.cpp history/HistoryDialog.h
)
