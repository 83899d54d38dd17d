# SPDX-License-Identifier: GPL-3.0-or-later
# 提供記録: a third-party disclosure record, read-only, opened from the timeline.
target_sources(tsunagu_ui PRIVATE
    disclosures/DisclosureDialog.cpp disclosures/DisclosureDialog.h
)
