// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"
#include "domain/Client.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tsunagu::ui {

class ClientForm;

// 新規登録 / 編集: registers a client, or corrects one. A new client is first
// checked for duplicates (same reading and birth date, or same phone); a
// correction asks why (kept in the history). Core's refusals mark the field
// they concern; nothing typed is lost. Ctrl+Enter saves; Esc asks before
// throwing typed text away.
class ClientEditDialog : public QDialog
{
    Q_OBJECT

public:
    // Registers a new client.
    explicit ClientEditDialog(const Session &session, QWidget *parent = nullptr);
    // Corrects client `clientId`.
    ClientEditDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    bool isNew() const { return m_isNew; }
    ClientForm *form() const { return m_form; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *saveButton() const;
    // A message that concerns no single field (a conflict, a storage error).
    QLabel *messageLabel() const { return m_message; }
    // After saving: the client saved, or the existing one the user chose to open.
    qint64 clientId() const { return m_clientId; }
    bool openedExisting() const { return m_openedExisting; }

public slots:
    // Validates, checks for duplicates (new clients) and saves.
    void save();
    // Asks before throwing typed text away.
    void reject() override;

signals:
    // The client was saved (or an existing one was chosen): open it.
    void clientSaved(qint64 clientId);

private:
    void build();
    void load();
    bool saveNew(const Client &client);
    bool saveChanges(const Client &client);
    void showError(const Error &error);
    void finish(qint64 clientId, bool existing);

    Session m_session;
    bool m_isNew;
    Client m_original;
    ClientForm *m_form = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonError = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_clientId = 0;
    bool m_openedExisting = false;
    bool m_loaded = true;
};

} // namespace tsunagu::ui
