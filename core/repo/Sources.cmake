# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    repo/ClientRepository.cpp repo/ClientRepository.h
    repo/StaffRepository.cpp repo/StaffRepository.h
)
