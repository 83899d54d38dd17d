// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/SupportCase.h"
#include "ui/consultations/ConsultationEntry.h"
#include "ui/consultations/FieldErrors.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListView;
class QPlainTextEdit;
class QSpinBox;

namespace tsunagu::ui {

class ChannelBox;
class DateInput;
class EnumCheckModel;
class TopicPicker;

// The fields of one consultation, in the order a coordinator fills them:
// date/time (now) → duration → channel (1–6; the last one used) → kind → who
// attended (本人) → topics → notes → next steps → follow-up date. Each is one
// stop for Tab. Errors from core are shown under their field.
class ConsultationForm : public QWidget
{
    Q_OBJECT

public:
    // `openCase`: the client's open support case, which 伴走支援 consultations
    // belong to. `session` must outlive the form.
    ConsultationForm(
        const Session &session, qint64 clientId, const std::optional<SupportCase> &openCase, QWidget *parent = nullptr);

    ConsultationEntry entry() const;
    // Fills the fields from code (a draft): edited() is not emitted.
    void setEntry(const ConsultationEntry &entry);

    const std::optional<PreVisitCheck> &visitCheck() const { return m_visitCheck; }
    void setVisitCheck(const PreVisitCheck &check);
    // A saved home visit being edited: its checklist was answered when it was
    // recorded and is part of the notes, so it is not asked for again.
    void setVisitCheckInNotes(bool inNotes);
    // The pre-visit checklist was not answered: back to the channel chosen before 訪問.
    void leaveHomeVisit();

    // The follow-up is empty or a date.
    bool followUpIsAcceptable() const;
    // Under the field core names (false when none has that name); nothing typed is touched.
    bool showError(const Error &error) { return m_errors.show(error); }
    void clearErrors() { m_errors.clear(); }
    QLabel *errorLabel(const QString &field) const { return m_errors.label(field); }
    // The first and last stops of the tab order.
    QWidget *firstField() const;
    QWidget *lastField() const;

    QDateTimeEdit *whenEdit() const { return m_when; }
    QSpinBox *durationBox() const { return m_duration; }
    ChannelBox *channelBox() const { return m_channel; }
    QComboBox *kindBox() const { return m_kind; }
    QListView *attendeesView() const { return m_attendeesView; }
    TopicPicker *topicPicker() const { return m_topicPicker; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPlainTextEdit *nextStepsEdit() const { return m_nextSteps; }
    DateInput *followUpEdit() const { return m_followUp; }

signals:
    // A person changed a field.
    void edited();
    // 訪問 was chosen with no checklist answered, or 5 pressed again on 訪問.
    void checklistWanted();

private:
    void buildFields();
    void layOut();
    void applyDefaults();
    void connectEdits();
    void onEdited();
    void onChannelChanged();
    void onChannelKey(Channel channel);
    void updateCaseHint();
    void updateVisitSummary();
    void updateFollowUpHint();
    qint64 startedAtMs() const;
    void setStartedAt(qint64 ms);

    Session m_session;
    qint64 m_clientId;
    std::optional<SupportCase> m_openCase;
    FieldErrors m_errors;
    std::optional<PreVisitCheck> m_visitCheck;
    Channel m_previousChannel = Channel::InPerson;
    bool m_loading = false; // filling the fields from code
    bool m_checkInNotes = false;

    QDateTimeEdit *m_when = nullptr;
    QSpinBox *m_duration = nullptr;
    ChannelBox *m_channel = nullptr;
    QLabel *m_visitSummary = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_caseHint = nullptr;
    EnumCheckModel *m_attendees = nullptr;
    QListView *m_attendeesView = nullptr;
    EnumCheckModel *m_topics = nullptr;
    TopicPicker *m_topicPicker = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_nextSteps = nullptr;
    DateInput *m_followUp = nullptr;
    QLabel *m_followUpHint = nullptr;
};

} // namespace tsunagu::ui
