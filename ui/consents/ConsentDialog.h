// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "privacy/Consent.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace tsunagu::ui {

class CheckList;

// 同意を記録: a consent with its scope as three checklists (purposes;
// recipients: specific agencies, kinds of agency, the client's own contacts;
// the kinds of information, Health apart and never implied), its period
// (one year from today unless changed; the end date is required), how it was
// given and by whom. Optionally, the consent to record health information at
// all (要配慮個人情報の取得). "Print the consent form" prints a form stating
// exactly that scope, for signature, before anything is recorded.
class ConsentDialog : public QDialog
{
    Q_OBJECT

public:
    ConsentDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    // What would be recorded now: the disclosure consent (when any of its
    // scope is chosen, or nothing else is), then the health-acquisition one.
    QList<privacy::ConsentInput> inputs() const;
    // The consents recorded by the last successful accept().
    const QList<qint64> &recordedIds() const { return m_recorded; }

    // Ticks one agency as a recipient (e.g. the one a referral is for).
    void addRecipientAgency(qint64 agencyId);
    // Starts from a request that was refused: its agency, purpose and
    // information, Health excepted (it must be ticked by hand, on its own).
    void prefill(qint64 agencyId, Purpose purpose, DataCategories categories);

    CheckList *purposeList() const { return m_purposes; }
    CheckList *recipientList() const { return m_recipients; }
    CheckList *categoryList() const { return m_categories; }
    QLineEdit *recipientFilter() const { return m_recipientFilter; }
    QCheckBox *healthBox() const { return m_health; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *untilEdit() const { return m_until; }
    QComboBox *methodCombo() const { return m_method; }
    QRadioButton *representativeButton() const { return m_byRepresentative; }
    QLineEdit *representativeNameEdit() const { return m_representativeName; }
    QCheckBox *healthAcquisitionBox() const { return m_healthAcquisition; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *errorLabel() const { return m_error; }

    // The value a recipient choice holds in recipientList().
    static QVariant agencyValue(qint64 agencyId);
    static QVariant kindValue(AgencyKind kind);
    static QVariant contactValue(qint64 contactPersonId);

public slots:
    // Records; stays open and says why when core refuses.
    void accept() override;
    void printForm();

signals:
    void consentsRecorded(const QList<qint64> &consentIds);

private:
    void fillRecipients();
    void showError(const QString &message, const QString &field);
    bool disclosureScopeChosen() const;

    Session m_session;
    qint64 m_clientId;
    QString m_clientName;
    CheckList *m_purposes;
    QLineEdit *m_purposeDetail;
    QLineEdit *m_recipientFilter;
    CheckList *m_recipients;
    CheckList *m_categories;
    QCheckBox *m_health;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QComboBox *m_method;
    QRadioButton *m_bySelf;
    QRadioButton *m_byRepresentative;
    QLineEdit *m_representativeName;
    QLineEdit *m_representativeRelation;
    QPlainTextEdit *m_words;
    QCheckBox *m_healthAcquisition;
    QLabel *m_error;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QList<qint64> m_recorded;
};

} // namespace tsunagu::ui
