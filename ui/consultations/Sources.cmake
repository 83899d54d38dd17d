# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(tsunagu_ui PRIVATE
    consultations/ChannelBox.cpp consultations/ChannelBox.h
    consultations/ConsultationDialog.cpp consultations/ConsultationDialog.h
    consultations/ConsultationEntry.cpp consultations/ConsultationEntry.h
    consultations/ConsultationForm.cpp consultations/ConsultationForm.h
    consultations/DateInput.cpp consultations/DateInput.h
    consultations/DateTimeField.cpp consultations/DateTimeField.h
    consultations/DraftKeeper.cpp consultations/DraftKeeper.h
    consultations/DraftPrompt.cpp consultations/DraftPrompt.h
    consultations/EnumCheckModel.cpp consultations/EnumCheckModel.h
    consultations/FieldErrors.cpp consultations/FieldErrors.h
    consultations/PreVisitCheck.cpp consultations/PreVisitCheck.h
    consultations/PreVisitChecklistDialog.cpp consultations/PreVisitChecklistDialog.h
    consultations/TopicPicker.cpp consultations/TopicPicker.h
)
