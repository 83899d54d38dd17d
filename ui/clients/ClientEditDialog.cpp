// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientEditDialog.h"

#include "privacy/ConsentRegistry.h"
#include "repo/ClientRepository.h"
#include "ui/clients/BirthDateEdit.h"
#include "ui/clients/ClientForm.h"
#include "ui/clients/DuplicateWarning.h"
#include "ui/common/MessageBoxes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {
const QColor errorColor(0xc6, 0x28, 0x28);
}

ClientEditDialog::ClientEditDialog(const Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(true)
{
    build();
    setWindowTitle(tr("Register a client"));
    m_form->setHealthEditable(false,
        tr("The disability certificate is health information (要配慮個人情報). Register the person first, record "
           "their consent to keep health information, then add it."));
}

ClientEditDialog::ClientEditDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_isNew(false)
    , m_clientId(clientId)
{
    build();
    load();
}

void ClientEditDialog::build()
{
    setObjectName(QStringLiteral("clientEditDialog"));
    setModal(true);
    m_form = new ClientForm(this);
    m_form->setToday(m_session.clock().today());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clientEditMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QPalette red = m_message->palette();
    red.setColor(QPalette::WindowText, errorColor);
    m_message->setPalette(red);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = saveButton();
    save->setObjectName(QStringLiteral("saveButton"));
    const QString saveKeys = QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    save->setToolTip(saveKeys);
    save->setAccessibleDescription(saveKeys);
    // Enter in a field must not save half a form (an input method confirms
    // conversions with it): Ctrl+Enter saves.
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
    connect(save, &QPushButton::clicked, this, &ClientEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClientEditDialog::reject);
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ClientEditDialog::save);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    if (!m_isNew) {
        // Why the record is corrected: kept with the previous values (APPI Art. 34).
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("reasonEdit"));
        m_reason->setPlaceholderText(tr("e.g. moved house, new phone number, typo corrected"));
        m_reason->setAccessibleName(tr("Reason for the change"));
        m_reasonError = new QLabel(this);
        m_reasonError->setObjectName(QStringLiteral("reasonEditError"));
        m_reasonError->setWordWrap(true);
        m_reasonError->setPalette(red);
        m_reasonError->hide();
        auto *caption = new QLabel(tr("Reason for &the change"), this);
        caption->setBuddy(m_reason);
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(0);
        cellLayout->addWidget(m_reason);
        cellLayout->addWidget(m_reasonError);
        m_form->appendRow(caption, cell);
        setTabOrder(m_form->lastField(), m_reason);
    }
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    // As wide as a comfortable form; as tall as it needs (the size is settled
    // when the dialog is first shown, with the style's metrics).
    setMinimumWidth(fontMetrics().height() * 34);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

QPushButton *ClientEditDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void ClientEditDialog::load()
{
    const Result<Client> client = ClientRepository(m_session).get(m_clientId);
    if (!client) {
        m_loaded = false;
        setWindowTitle(tr("Edit a client"));
        m_message->setText(tr("The client could not be opened: %1").arg(client.error().message));
        m_message->show();
        m_form->setEnabled(false);
        saveButton()->setEnabled(false);
        return;
    }
    m_original = *client;
    setWindowTitle(tr("Edit %1").arg(client->name));
    m_form->setClient(*client);
    if (client->isErased()) {
        m_loaded = false;
        m_message->setText(tr("This client's data was erased; the record cannot be edited."));
        m_message->show();
        m_form->setEnabled(false);
        saveButton()->setEnabled(false);
        return;
    }
    const Result<bool> health = privacy::ConsentRegistry(m_session).mayRecordHealth(m_clientId);
    if (health && *health)
        m_form->setHealthEditable(true, {});
    else
        m_form->setHealthEditable(false,
            health ? tr("The disability certificate is health information (要配慮個人情報): record the person's "
                        "consent to keep health information first.")
                   : tr("Whether health information may be recorded could not be checked: %1")
                         .arg(health.error().message));
}

void ClientEditDialog::save()
{
    if (!m_loaded)
        return;
    m_form->clearErrors();
    m_message->hide();
    if (m_reasonError)
        m_reasonError->hide();
    if (const QString problem = m_form->birthDateEdit()->problem(); !problem.isEmpty()) {
        m_form->markError(QStringLiteral("birth_date"), problem);
        return;
    }
    const Client client = m_form->client(m_original);
    if (const Status valid = ClientRepository(m_session).validate(client); !valid) {
        showError(valid.error());
        return;
    }
    if (m_isNew)
        saveNew(client);
    else
        saveChanges(client);
}

bool ClientEditDialog::saveNew(const Client &client)
{
    const ClientRepository repo(m_session);
    const Result<QList<ClientSummary>> duplicates = repo.findDuplicates(client);
    if (!duplicates) {
        showError(duplicates.error());
        return false;
    }
    if (!duplicates->isEmpty()) {
        switch (DuplicateWarning::ask(this, *duplicates)) {
        case DuplicateWarning::Answer::OpenExisting:
            finish(duplicates->constFirst().id, true);
            return true;
        case DuplicateWarning::Answer::GoBack:
            return false;
        case DuplicateWarning::Answer::SaveAnyway:
            break;
        }
    }
    const Result<qint64> id = repo.create(client);
    if (!id) {
        showError(id.error());
        return false;
    }
    finish(*id, false);
    return true;
}

bool ClientEditDialog::saveChanges(const Client &client)
{
    if (!m_form->isModified()) {
        finish(m_clientId, false);
        return true;
    }
    const Result<int> changed = ClientRepository(m_session).update(client, m_reason->text());
    if (!changed) {
        showError(changed.error());
        return false;
    }
    finish(m_clientId, false);
    return true;
}

void ClientEditDialog::showError(const Error &error)
{
    if (error.field == QLatin1String("reason") && m_reason) {
        m_reasonError->setText(error.message);
        m_reasonError->show();
        m_reason->setAccessibleDescription(error.message);
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The health consent is about the certificate fields.
    const QString field
        = error.field == QLatin1String("health_consent") ? QStringLiteral("certificate_kind") : error.field;
    if (!field.isEmpty() && m_form->markError(field, error.message))
        return;
    m_message->setText(error.message);
    m_message->show();
}

void ClientEditDialog::finish(qint64 clientId, bool existing)
{
    m_clientId = clientId;
    m_openedExisting = existing;
    QDialog::accept();
    emit clientSaved(clientId);
}

void ClientEditDialog::reject()
{
    const bool typed = m_loaded && (m_form->isModified() || (m_reason && !m_reason->text().trimmed().isEmpty()));
    if (typed) {
        const MessageBoxes::Button answer = MessageBoxes::question(this, tr("Throw away what you typed?"),
            tr("The client is not saved. Choose No to go back to the form."), QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
    }
    QDialog::reject();
}

} // namespace tsunagu::ui
