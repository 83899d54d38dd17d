// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "drafts/Draft.h"
#include "ui/consultations/ConsultationEntry.h"
#include "ui/consultations/PreVisitChecklistDialog.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace tsunagu::ui {

class ChannelBox;
class ConsultationForm;
class DateInput;
class DraftKeeper;
class TopicPicker;

// 相談を記録: one consultation for one client, in under a minute, keyboard
// only (UI.md). The fields are a ConsultationForm; Ctrl+Enter saves, Esc asks
// before throwing typed text away. Choosing 訪問 asks the pre-visit checklist
// first. What is typed is kept as a draft in the database about half a second
// after typing stops (DraftKeeper), and offered back the next time.
//
// In edit mode (a saved consultation opened from the timeline) the fields hold
// the record; saving asks for a reason and goes through
// ConsultationRepository::update, which keeps the previous values in the
// history. No draft is kept of an edit.
class ConsultationDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int draftDelayMs = 500;

    // `session` (database, staff member, clock) must outlive the dialog.
    ConsultationDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);
    // Edit mode: `existing` as read from ConsultationRepository.
    ConsultationDialog(const Session &session, const Consultation &existing, QWidget *parent = nullptr);
    ~ConsultationDialog() override;

    // The usual way in: raises the dialog already open for the client under
    // `parent`, or makes one, offers back the staff member's draft for the
    // client and shows it (non-modal, deleted when closed). nullptr when the
    // client cannot be read (the reason was shown).
    static ConsultationDialog *openFor(const Session &session, qint64 clientId, QWidget *parent);
    // As openFor(), with `draft` restored without asking (start-up offer).
    static ConsultationDialog *openDraft(const Session &session, const drafts::Draft &draft, QWidget *parent);
    // Edit mode: raises the dialog already editing this consultation under
    // `parent`, or makes one and shows it (non-modal, deleted when closed).
    static ConsultationDialog *openToEdit(const Session &session, const Consultation &existing, QWidget *parent);

    bool isEditing() const { return m_existing.has_value(); }
    // The consultation being edited, or 0.
    qint64 editedId() const { return m_existing ? m_existing->id : 0; }

    qint64 clientId() const { return m_clientId; }
    // The stored draft, or 0.
    qint64 draftId() const;
    // The consultation saved by this dialog, or 0.
    qint64 savedId() const { return m_savedId; }

    ConsultationEntry entry() const;
    void setEntry(const ConsultationEntry &entry);

    // Asks whether to open the staff member's draft for this client, if there
    // is one: 開く restores it, 破棄 deletes it. True when restored.
    bool offerDraft();
    void restoreDraft(const drafts::Draft &draft);
    // Writes the draft at once (normally draftDelayMs after the last change).
    void saveDraftNow();

    ConsultationForm *form() const { return m_form; }
    QDateTimeEdit *whenEdit() const;
    QSpinBox *durationBox() const;
    ChannelBox *channelBox() const;
    QComboBox *kindBox() const;
    QListView *attendeesView() const;
    TopicPicker *topicPicker() const;
    QPlainTextEdit *notesEdit() const;
    QPlainTextEdit *nextStepsEdit() const;
    DateInput *followUpEdit() const;
    QPushButton *saveButton() const { return m_saveButton; }
    // Edit mode only (nullptr otherwise): why the record is changed.
    QLineEdit *reasonEdit() const { return m_reason; }
    // The pre-visit checklist while it is open, or nullptr.
    PreVisitChecklistDialog *checklistDialog() const { return m_checklist; }
    // The error shown under a field (core's field names: "notes", "follow_up_on" …).
    QLabel *errorLabel(const QString &field) const;

public slots:
    // Ctrl+Enter: saves through core, or shows what is wrong at the field.
    void save();
    // Esc: asks before throwing typed text away; "No" keeps everything.
    void reject() override;

signals:
    void saved(qint64 clientId, qint64 consultationId);

private:
    ConsultationDialog(
        const Session &session, qint64 clientId, const std::optional<Consultation> &existing, QWidget *parent);
    QWidget *buildHeader(const QString &name, const QString &reading);
    QWidget *buildReasonRow();
    void saveChanges();
    bool showReasonError(const Error &error);
    void onEdited();
    void onChecklistWanted();
    void openChecklist();
    void showDraftSaved(qint64 at);

    Session m_session;
    qint64 m_clientId;
    QString m_clientName;
    ConsultationForm *m_form = nullptr;
    DraftKeeper *m_drafts = nullptr;
    QLabel *m_draftStatus = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPointer<PreVisitChecklistDialog> m_checklist;
    bool m_saveAfterChecklist = false;
    bool m_typed = false; // anything typed or restored: Esc asks
    qint64 m_savedId = 0;
    std::optional<Consultation> m_existing; // edit mode
    QJsonObject m_original; // the fields as loaded, in edit mode: unchanged means nothing to save
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
};

} // namespace tsunagu::ui
