# SPDX-License-Identifier: GPL-3.0-or-later
# The synthetic data generator (demo databases and benchmark data sets).
target_sources(tsunagu_core PRIVATE
    demo/AgencyBank.cpp demo/AgencyBank.h
    demo/BulkStatement.cpp demo/BulkStatement.h
    demo/DemoActivity.cpp
    demo/DemoClients.cpp
    demo/DemoGenerator.cpp demo/DemoGenerator.h
    demo/DemoReferrals.cpp
    demo/DemoRun.h
    demo/DemoOptions.cpp demo/DemoOptions.h
    demo/DemoRandom.h
    demo/NameBank.cpp demo/NameBank.h
    demo/PhraseBank.cpp demo/PhraseBank.h
    demo/PlaceBank.cpp demo/PlaceBank.h
)
