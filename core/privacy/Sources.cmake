# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    privacy/AccessReport.cpp privacy/AccessReport.h
    privacy/Consent.cpp privacy/Consent.h
    privacy/ConsentRegistry.cpp privacy/ConsentRegistry.h
    privacy/DisclosureGate.cpp privacy/DisclosureGate.h
    privacy/DisclosureGrant.h
    privacy/DisclosureLog.cpp privacy/DisclosureLog.h
    privacy/DisclosureRequest.h
    privacy/Erasure.cpp privacy/Erasure.h
)
