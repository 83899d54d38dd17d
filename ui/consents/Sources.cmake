# SPDX-License-Identifier: GPL-3.0-or-later
# 同意: recording a consent with its exact scope, printing the form for
# signature, and withdrawing (never deleting) a consent.
target_sources(tsunagu_ui PRIVATE
    consents/CheckList.cpp consents/CheckList.h
    consents/ConsentDialog.cpp consents/ConsentDialog.h
    consents/ConsentListModel.cpp consents/ConsentListModel.h
    consents/ConsentsDialog.cpp consents/ConsentsDialog.h
    consents/RecipientNames.cpp consents/RecipientNames.h
    consents/WithdrawConsentDialog.cpp consents/WithdrawConsentDialog.h
)
