// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tsunagu::ui {

class BirthDateEdit;

// The fields of a client, in the order a coordinator asks for them. Each field
// has its place for a message: a refusal from core (Error::field) marks the
// field and says why next to it. Nothing typed is ever cleared by a refusal.
class ClientForm : public QWidget
{
    Q_OBJECT

public:
    explicit ClientForm(QWidget *parent = nullptr);

    // Shows a client; what is shown now counts as unmodified.
    void setClient(const Client &client);
    // Whether anything differs from what setClient() showed (or from empty).
    bool isModified() const;
    // The day ages are counted on (the session's today).
    void setToday(QDate today);
    // What is typed, over `base` (its id, version and what the form does not show).
    Client client(const Client &base) const;

    // The disability certificate is health information (PRIVACY.md rule 9):
    // editable only once a health-acquisition consent is on file.
    void setHealthEditable(bool editable, const QString &explanation);

    // Marks the field core named in Error::field and shows `message` next to
    // it; false when the form has no such field (the caller shows it elsewhere).
    bool markError(const QString &field, const QString &message);
    void clearErrors();
    bool isMarked(const QString &field) const;
    QWidget *editor(const QString &field) const;
    QLabel *errorLabel(const QString &field) const;
    QLabel *healthExplanation() const { return m_healthExplanation; }
    BirthDateEdit *birthDateEdit() const { return m_birthDate; }
    QWidget *firstField() const;
    QWidget *lastField() const;
    // A row after the client's fields, aligned with them (the edit dialog's reason).
    void appendRow(QLabel *caption, QWidget *field);

signals:
    void edited();

private:
    struct Field {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
    };

    QLineEdit *addLine(const QString &field, const QString &label, const QString &objectName);
    QComboBox *addCombo(const QString &field, const QString &label, const QString &objectName);
    void addRow(const QString &field, const QString &label, QWidget *editor);
    void setMarked(QWidget *editor, bool marked);
    void showMessage(QLabel *label, const QString &text, bool error);
    void updateBirthDateHint();

    QFormLayout *m_form;
    QHash<QString, Field> m_fields;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_kana = nullptr;
    BirthDateEdit *m_birthDate = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLineEdit *m_municipality = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_emergency = nullptr;
    QComboBox *m_employment = nullptr;
    QComboBox *m_certificateKind = nullptr;
    QLineEdit *m_certificateGrade = nullptr;
    QLabel *m_healthExplanation = nullptr;
    QCheckBox *m_confidential = nullptr;
    QCheckBox *m_stopUse = nullptr;
    QCheckBox *m_noStatistics = nullptr;
    Client m_shown;
    QString m_shownBirthText;
    QDate m_today = QDate::currentDate();
};

} // namespace tsunagu::ui
