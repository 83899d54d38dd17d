# SPDX-License-Identifier: GPL-3.0-or-later
# 今日: the start page, the work that is due, each row opening its record.
target_sources(tsunagu_ui PRIVATE
    today/TodayPage.cpp today/TodayPage.h
    today/WorkListModel.cpp today/WorkListModel.h
    today/WorkListSection.cpp today/WorkListSection.h
)
