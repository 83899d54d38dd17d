# SPDX-License-Identifier: GPL-3.0-or-later
# 履歴: who changed what, when and why, for any record or a whole client.
target_sources(tsunagu_ui PRIVATE
    history/FieldLabels.cpp history/FieldLabels.h
    history/FieldValues.cpp history/FieldValues.h
    history/HistoryDialog.cpp history/HistoryDialog.h
)
