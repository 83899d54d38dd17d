# SPDX-License-Identifier: GPL-3.0-or-later
# 相談者: the client screen, its timeline and consent cards, and the dialog that
# registers and corrects a client. (The list is in ui/CMakeLists.txt.)
target_sources(tsunagu_ui PRIVATE
    clients/BirthDateEdit.cpp clients/BirthDateEdit.h
    clients/Chip.cpp clients/Chip.h
    clients/ClientEditDialog.cpp clients/ClientEditDialog.h
    clients/ClientForm.cpp clients/ClientForm.h
    clients/ClientHeader.cpp clients/ClientHeader.h
    clients/ClientInfoPane.cpp clients/ClientInfoPane.h
    clients/ClientPage.cpp clients/ClientPage.h
    clients/ClientTimelineModel.cpp clients/ClientTimelineModel.h
    clients/ConsentCard.cpp clients/ConsentCard.h
    clients/ConsentsPane.cpp clients/ConsentsPane.h
    clients/ConsentStatus.cpp clients/ConsentStatus.h
    clients/DuplicateWarning.cpp clients/DuplicateWarning.h
    clients/FlowLayout.cpp clients/FlowLayout.h
    clients/RecordNames.cpp clients/RecordNames.h
    clients/RecordOpener.cpp clients/RecordOpener.h
    clients/TimelineEntry.cpp clients/TimelineEntry.h
    clients/TimelineLoader.cpp clients/TimelineLoader.h
    clients/TimelinePane.cpp clients/TimelinePane.h
)
