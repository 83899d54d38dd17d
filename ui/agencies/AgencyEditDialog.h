// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "domain/Agency.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tsunagu::ui {

// Adds a partner agency, or corrects one. A correction asks why: the previous
// values are kept with who, when and that reason (PRIVACY.md rule 11).
class AgencyEditDialog : public QDialog
{
    Q_OBJECT

public:
    // `agencyId` 0: a new agency.
    AgencyEditDialog(const Session &session, qint64 agencyId, QWidget *parent = nullptr);

    // The agency saved by the last successful accept(); 0 before.
    qint64 savedId() const { return m_savedId; }
    bool isNew() const { return m_agency.id == 0; }

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Saves; stays open and says why when core refuses.
    void accept() override;

private:
    void load();
    Agency fromForm() const;
    void showError(const QString &message, const QString &field);

    Session m_session;
    Agency m_agency;
    qint64 m_savedId = 0;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QComboBox *m_prefecture;
    QLineEdit *m_municipality;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_contact;
    QPlainTextEdit *m_note;
    QCheckBox *m_active;
    QLineEdit *m_reason;
    QLabel *m_error;
};

} // namespace tsunagu::ui
