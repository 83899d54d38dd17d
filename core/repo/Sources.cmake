# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_core PRIVATE
    domain/Agency.h
    domain/Condition.h
    domain/Consultation.h
    domain/ContactPerson.h
    domain/Referral.h
    domain/Revision.h
    domain/SupportCase.h
    repo/AgencyRepository.cpp repo/AgencyRepository.h
    repo/CaseList.cpp repo/CaseList.h
    repo/CaseRepository.cpp repo/CaseRepository.h
    repo/ClientRepository.cpp repo/ClientRepository.h
    repo/ConditionRepository.cpp repo/ConditionRepository.h
    repo/ConsultationRepository.cpp repo/ConsultationRepository.h
    repo/ContactPersonRepository.cpp repo/ContactPersonRepository.h
    repo/ReferralList.cpp repo/ReferralList.h
    repo/ReferralRepository.cpp repo/ReferralRepository.h
    repo/RevisionHistory.cpp repo/RevisionHistory.h
    repo/RowHelpers.cpp repo/RowHelpers.h
    repo/StaffRepository.cpp repo/StaffRepository.h
)
