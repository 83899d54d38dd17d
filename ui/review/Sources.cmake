# SPDX-License-Identifier: GPL-3.0-or-later
# 確認待ち: the supervisors' review of disclosures made under a legal exception.
target_sources(tsunagu_ui PRIVATE
    review/ReviewPage.cpp review/ReviewPage.h
    review/ReviewQueueModel.cpp review/ReviewQueueModel.h
)
