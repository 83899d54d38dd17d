// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/ConsultationDialog.h"

#include "repo/CaseRepository.h"
#include "repo/ClientRepository.h"
#include "repo/ConsultationRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consultations/ChannelBox.h"
#include "ui/consultations/ConsultationForm.h"
#include "ui/consultations/DraftKeeper.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

// The client's open support case (the newest), which 伴走支援 consultations belong to.
std::optional<SupportCase> openCaseOf(const Session &session, qint64 clientId)
{
    if (auto cases = CaseRepository(session).forClient(clientId)) {
        for (const SupportCase &c : *cases) {
            if (c.stage != CaseStage::Closed)
                return c;
        }
    }
    return std::nullopt;
}

// The case an edited consultation belongs to, or else the client's open one.
std::optional<SupportCase> caseFor(const Session &session, qint64 clientId, const std::optional<Consultation> &existing)
{
    if (existing && existing->caseId) {
        if (auto c = CaseRepository(session).get(*existing->caseId))
            return *c;
    }
    return openCaseOf(session, clientId);
}

// The form's fields as a saved consultation fills them.
ConsultationEntry entryOf(const Consultation &c)
{
    ConsultationEntry e;
    e.consultation = c;
    if (c.followUpOn)
        e.followUpText = c.followUpOn->toString(Qt::ISODate);
    return e;
}

QString dayAndTime(qint64 ms)
{
    const QDateTime at = jst::toLocal(ms);
    return DateFormat::display(at.date()) + QLatin1Char(' ') + QLocale().toString(at.time(), QStringLiteral("HH:mm"));
}

} // namespace

ConsultationDialog::ConsultationDialog(const Session &session, qint64 clientId, QWidget *parent)
    : ConsultationDialog(session, clientId, std::nullopt, parent)
{ }

ConsultationDialog::ConsultationDialog(const Session &session, const Consultation &existing, QWidget *parent)
    : ConsultationDialog(session, existing.clientId, std::optional<Consultation>(existing), parent)
{ }

ConsultationDialog::ConsultationDialog(
    const Session &session, qint64 clientId, const std::optional<Consultation> &existing, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_existing(existing)
{
    static_assert(draftDelayMs == DraftKeeper::delayMs);
    setObjectName(QStringLiteral("consultationDialog"));
    QString reading;
    if (auto client = ClientRepository(m_session).get(m_clientId)) {
        m_clientName = client->name;
        reading = client->nameKana;
    }
    setWindowTitle(isEditing() ? tr("Edit a consultation — %1").arg(m_clientName)
                               : tr("Log a consultation — %1").arg(m_clientName));

    m_form = new ConsultationForm(m_session, m_clientId, caseFor(m_session, m_clientId, m_existing), this);
    m_drafts = new DraftKeeper(
        m_session, drafts::consultationDraft, m_clientId, [this] { return m_form->entry().toJson(); }, this);

    m_draftStatus = new QLabel(this);
    m_draftStatus->setObjectName(QStringLiteral("draftStatus"));
    m_draftStatus->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    for (QPushButton *button : { m_saveButton, cancel })
        button->setAutoDefault(false); // Enter never saves by accident
    connect(m_saveButton, &QPushButton::clicked, this, &ConsultationDialog::save);
    connect(cancel, &QPushButton::clicked, this, &ConsultationDialog::reject);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) })
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ConsultationDialog::save);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_draftStatus, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader(m_clientName, reading));
    layout->addWidget(m_form, 1);
    if (isEditing()) {
        layout->addWidget(buildReasonRow());
        setTabOrder(m_form->lastField(), m_reason);
        setTabOrder(m_reason, m_saveButton);
        m_form->setEntry(entryOf(*m_existing));
        // A home visit's checklist was answered when it was recorded; it is in the notes.
        m_form->setVisitCheckInNotes(m_existing->channel == Channel::HomeVisit);
        m_original = m_form->entry().toJson();
        setObjectName(QStringLiteral("consultationEditDialog"));
    } else {
        setTabOrder(m_form->lastField(), m_saveButton);
    }
    layout->addLayout(bottom);
    setTabOrder(m_saveButton, cancel);

    connect(m_form, &ConsultationForm::edited, this, &ConsultationDialog::onEdited);
    connect(m_form, &ConsultationForm::checklistWanted, this, &ConsultationDialog::onChecklistWanted);
    connect(m_drafts, &DraftKeeper::saved, this, &ConsultationDialog::showDraftSaved);
    connect(m_drafts, &DraftKeeper::saveFailed, m_draftStatus, [this](const QString &message) {
        // Never interrupts typing: said at the bottom, tried again on the next change.
        m_draftStatus->setText(tr("The draft could not be kept: %1").arg(message));
    });

    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 62, sizeHint().height());
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

ConsultationDialog::~ConsultationDialog()
{
    // A window closed with the application (or any way but Esc or save)
    // keeps what was typed for next time.
    if (m_drafts->isDirty())
        static_cast<void>(m_drafts->saveNow());
}

QWidget *ConsultationDialog::buildReasonRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reason = new QLineEdit(row);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(tr("Reason for the change"));
    m_reason->setPlaceholderText(tr("e.g. typo corrected, date entered wrongly, details added"));
    auto *caption = new QLabel(tr("&Reason for the change (kept in the history):"), row);
    caption->setBuddy(m_reason);
    m_reasonError = new QLabel(row);
    m_reasonError->setObjectName(QStringLiteral("reasonEditError"));
    m_reasonError->setWordWrap(true);
    QPalette red = m_reasonError->palette();
    red.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    m_reasonError->setPalette(red);
    m_reasonError->hide();
    layout->addWidget(caption);
    layout->addWidget(m_reason);
    layout->addWidget(m_reasonError);
    connect(m_reason, &QLineEdit::textEdited, this, [this] { m_typed = true; });
    return row;
}

QWidget *ConsultationDialog::buildHeader(const QString &name, const QString &reading)
{
    auto *header = new QWidget(this);
    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (!reading.isEmpty())
        layout->addWidget(new QLabel(reading, header)); // furigana above the name
    auto *nameLabel = new QLabel(name, header);
    nameLabel->setObjectName(QStringLiteral("consultationClientName"));
    QFont big = nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    nameLabel->setFont(big);
    layout->addWidget(nameLabel);
    return header;
}

// ---- the form ------------------------------------------------------------------

ConsultationEntry ConsultationDialog::entry() const
{
    return m_form->entry();
}

void ConsultationDialog::setEntry(const ConsultationEntry &entry)
{
    m_form->setEntry(entry);
    m_typed = true;
}

QDateTimeEdit *ConsultationDialog::whenEdit() const
{
    return m_form->whenEdit();
}
QSpinBox *ConsultationDialog::durationBox() const
{
    return m_form->durationBox();
}
ChannelBox *ConsultationDialog::channelBox() const
{
    return m_form->channelBox();
}
QComboBox *ConsultationDialog::kindBox() const
{
    return m_form->kindBox();
}
QListView *ConsultationDialog::attendeesView() const
{
    return m_form->attendeesView();
}
TopicPicker *ConsultationDialog::topicPicker() const
{
    return m_form->topicPicker();
}
QPlainTextEdit *ConsultationDialog::notesEdit() const
{
    return m_form->notesEdit();
}
QPlainTextEdit *ConsultationDialog::nextStepsEdit() const
{
    return m_form->nextStepsEdit();
}
DateInput *ConsultationDialog::followUpEdit() const
{
    return m_form->followUpEdit();
}
QLabel *ConsultationDialog::errorLabel(const QString &field) const
{
    return m_form->errorLabel(field);
}

void ConsultationDialog::onEdited()
{
    m_typed = true;
    if (!isEditing()) // an edit is not a draft of a new consultation
        m_drafts->changed();
}

// ---- drafts --------------------------------------------------------------------

qint64 ConsultationDialog::draftId() const
{
    return m_drafts->draftId();
}

bool ConsultationDialog::offerDraft()
{
    const auto found = m_drafts->latest();
    if (!found || !found->has_value())
        return false;
    const drafts::Draft &draft = **found;
    const auto answer = MessageBoxes::question(this, tr("There is an unsaved draft for %1.").arg(m_clientName),
        tr("Typed %1. Open it to go on where you stopped, or discard it.").arg(dayAndTime(draft.updatedAt)),
        QMessageBox::Open | QMessageBox::Discard, QMessageBox::Open);
    if (answer != QMessageBox::Discard) {
        restoreDraft(draft);
        return true;
    }
    m_drafts->adopt(draft);
    if (Status s = m_drafts->discard(); !s)
        MessageBoxes::showError(this, tr("The draft could not be discarded."), s.error());
    return false;
}

void ConsultationDialog::restoreDraft(const drafts::Draft &draft)
{
    setEntry(ConsultationEntry::fromJson(draft.payload));
    m_drafts->adopt(draft);
    m_draftStatus->setText(tr("Draft of %1 restored.").arg(dayAndTime(draft.updatedAt)));
    notesEdit()->moveCursor(QTextCursor::End);
}

void ConsultationDialog::saveDraftNow()
{
    static_cast<void>(m_drafts->saveNow()); // a failure is shown by saveFailed
}

void ConsultationDialog::showDraftSaved(qint64 at)
{
    m_draftStatus->setText(
        tr("Draft kept at %1.").arg(QLocale().toString(jst::toLocal(at).time(), QStringLiteral("HH:mm"))));
}

// ---- save and close --------------------------------------------------------------

void ConsultationDialog::save()
{
    if (isEditing()) {
        saveChanges();
        return;
    }
    m_form->clearErrors();
    if (!m_form->followUpIsAcceptable()) {
        m_form->showError(
            { ErrorCode::Invalid, tr("This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now)."),
                QStringLiteral("follow_up_on") });
        return;
    }
    const ConsultationEntry e = m_form->entry();
    if (e.consultation.channel == Channel::HomeVisit && !(e.visitCheck && e.visitCheck->personAgreed)) {
        m_saveAfterChecklist = true; // asked first, then saved
        openChecklist();
        return;
    }
    const Result<qint64> id = ConsultationRepository(m_session).create(e.toConsultation());
    if (!id) {
        if (!m_form->showError(id.error()))
            MessageBoxes::showError(this, tr("The consultation was not saved."), id.error());
        return;
    }
    // Saved: the draft has done its work. One left behind (the delete failed)
    // would only be offered again, and can be discarded then.
    static_cast<void>(m_drafts->discard());
    m_typed = false;
    m_savedId = *id;
    emit saved(m_clientId, *id);
    accept();
}

void ConsultationDialog::saveChanges()
{
    m_form->clearErrors();
    m_reasonError->hide();
    if (!m_form->followUpIsAcceptable()) {
        m_form->showError(
            { ErrorCode::Invalid, tr("This is not a date. Write it as 2026-12-01, 12/1 or +7 (days from now)."),
                QStringLiteral("follow_up_on") });
        return;
    }
    const ConsultationEntry e = m_form->entry();
    if (e.toJson() == m_original) { // nothing changed: nothing to keep in the history
        m_typed = false;
        accept();
        return;
    }
    // Changed into a home visit: the checklist first, as for a new one.
    if (e.consultation.channel == Channel::HomeVisit && m_existing->channel != Channel::HomeVisit
        && !(e.visitCheck && e.visitCheck->personAgreed)) {
        m_saveAfterChecklist = true;
        openChecklist();
        return;
    }
    Consultation changed = e.toConsultation();
    changed.id = m_existing->id;
    changed.staffId = m_existing->staffId; // who held it does not change with who corrects it
    changed.version = m_existing->version;
    changed.createdAt = m_existing->createdAt;
    if (changed.kind == m_existing->kind)
        changed.caseId = m_existing->caseId;
    const Result<int> updated = ConsultationRepository(m_session).update(changed, m_reason->text());
    if (!updated) {
        if (!showReasonError(updated.error()) && !m_form->showError(updated.error()))
            MessageBoxes::showError(this, tr("The changes were not saved."), updated.error());
        return;
    }
    m_typed = false;
    m_savedId = m_existing->id;
    emit saved(m_clientId, m_existing->id);
    accept();
}

bool ConsultationDialog::showReasonError(const Error &error)
{
    if (error.field != QLatin1String("reason"))
        return false;
    m_reasonError->setText(error.message);
    m_reasonError->show();
    m_reason->setAccessibleDescription(error.message);
    m_reason->setFocus(Qt::OtherFocusReason);
    return true;
}

void ConsultationDialog::reject()
{
    if (m_checklist)
        return; // the checklist answers its own Esc
    if (m_typed && isEditing()) {
        const auto answer = MessageBoxes::question(this, tr("Throw away your changes?"),
            tr("The consultation keeps what it had. \"No\" goes back to your changes; Ctrl+Enter saves them."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        m_typed = false;
    }
    if (m_typed) {
        const auto answer = MessageBoxes::question(this, tr("Throw away what you typed?"),
            tr("The consultation is not saved. \"No\" goes back to it; Ctrl+Enter saves it."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        if (Status s = m_drafts->discard(); !s)
            MessageBoxes::showError(this, tr("The draft could not be discarded."), s.error());
        m_typed = false;
    }
    QDialog::reject();
}

// ---- home visits -------------------------------------------------------------------

void ConsultationDialog::onChecklistWanted()
{
    if (isVisible() && !m_saveAfterChecklist)
        openChecklist();
}

void ConsultationDialog::openChecklist()
{
    if (m_checklist) {
        m_checklist->raise();
        m_checklist->activateWindow();
        return;
    }
    auto *dialog = new PreVisitChecklistDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_form->visitCheck())
        dialog->setCheck(*m_form->visitCheck());
    m_checklist = dialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_form->setVisitCheck(dialog->check());
        if (std::exchange(m_saveAfterChecklist, false))
            QTimer::singleShot(0, this, &ConsultationDialog::save);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_saveAfterChecklist = false;
        if (!m_form->visitCheck() || !m_form->visitCheck()->personAgreed)
            m_form->leaveHomeVisit(); // no agreement, no home visit
        channelBox()->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

// ---- opening -------------------------------------------------------------------------

ConsultationDialog *ConsultationDialog::openFor(const Session &session, qint64 clientId, QWidget *parent)
{
    if (parent) {
        for (ConsultationDialog *open : parent->findChildren<ConsultationDialog *>(Qt::FindDirectChildrenOnly)) {
            if (open->clientId() == clientId && !open->isEditing() && open->isVisible()) {
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    const Result<Client> client = ClientRepository(session).get(clientId);
    if (!client) {
        MessageBoxes::showError(parent, tr("The consultation cannot be logged."), client.error());
        return nullptr;
    }
    auto *dialog = new ConsultationDialog(session, clientId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->offerDraft();
    dialog->show();
    return dialog;
}

ConsultationDialog *ConsultationDialog::openToEdit(
    const Session &session, const Consultation &existing, QWidget *parent)
{
    if (parent) {
        for (ConsultationDialog *open : parent->findChildren<ConsultationDialog *>(Qt::FindDirectChildrenOnly)) {
            if (open->editedId() == existing.id && open->isVisible()) {
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    auto *dialog = new ConsultationDialog(session, existing, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ConsultationDialog *ConsultationDialog::openDraft(const Session &session, const drafts::Draft &draft, QWidget *parent)
{
    if (!draft.clientId)
        return nullptr;
    auto *dialog = new ConsultationDialog(session, *draft.clientId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->restoreDraft(draft);
    dialog->show();
    return dialog;
}

} // namespace tsunagu::ui
