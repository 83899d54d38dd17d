// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "privacy/DisclosureRequest.h"

#include <QDialog>

#include <array>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;

namespace tsunagu::ui {

class AgencyPicker;
class VerdictPanel;

// 紹介: refers a client to a partner agency (UI.md). Left, the request:
// agency, purpose, the information to share (Health apart, never checked for
// you), method and a covering note. Right, the disclosure gate's verdict,
// asked again on every change: allowed by which consent, or refused with
// every reason. Print and PDF are enabled only when allowed; they release
// the data through the gate (which records the disclosure at that moment),
// save the referral, and put the letter made from the grant on paper or in a
// file. Nothing about the person is shown in the letter preview before that.
// Sharing without consent is a separate path (法令に基づく提供…).
class ReferralDialog : public QDialog
{
    Q_OBJECT

public:
    ReferralDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    // The request the form describes now.
    privacy::DisclosureRequest request() const;
    // The gate's last answer; empty while no agency is chosen.
    const std::optional<privacy::Decision> &decision() const { return m_decision; }
    bool isReleased() const { return m_released; }
    // After a release: the letter made from the grant, the referral saved and
    // the disclosure record made. Empty and 0 before.
    const QString &letterHtml() const { return m_letterHtml; }
    qint64 referralId() const { return m_referralId; }
    qint64 disclosureId() const { return m_disclosureId; }
    const std::optional<privacy::ExceptionClaim> &exception() const { return m_exception; }

    AgencyPicker *agencyPicker() const { return m_agency; }
    QComboBox *purposeCombo() const { return m_purpose; }
    QLineEdit *purposeDetailEdit() const { return m_purposeDetail; }
    QCheckBox *categoryBox(DataCategory category) const;
    QRadioButton *letterMethodButton() const { return m_byLetter; }
    QRadioButton *pdfMethodButton() const { return m_byPdf; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    VerdictPanel *verdictPanel() const { return m_verdict; }
    QTextBrowser *preview() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *exceptionButton() const { return m_exceptionButton; }
    QPushButton *consentButton() const { return m_consentButton; }

public slots:
    // Asks the gate about the request as it stands and shows the answer.
    void updateVerdict();
    void printLetter();
    void saveLetterPdf();
    // Opens the ExceptionDialog (window-modal, not blocking).
    void chooseException();
    void dropException();
    // Opens the ConsentDialog for the agency, purpose and information chosen
    // (not blocking); the verdict is asked again once a consent is recorded.
    void recordConsent();

signals:
    // A referral was made: its data released, recorded and put in a letter.
    void referralMade(qint64 referralId, qint64 disclosureId);

private:
    QWidget *createRequestSide();
    QWidget *createVerdictSide();
    void setOutputEnabled(bool allowed);
    void showPlannedLetter();
    bool release(DisclosureMethod method);
    void lockAfterRelease();
    QString suggestedFileName() const;

    Session m_session;
    qint64 m_clientId;
    QString m_clientName;
    AgencyPicker *m_agency = nullptr;
    QComboBox *m_purpose = nullptr;
    QLineEdit *m_purposeDetail = nullptr;
    std::array<QCheckBox *, enumCount<DataCategory>()> m_categories {};
    QRadioButton *m_byLetter = nullptr;
    QRadioButton *m_byPdf = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QWidget *m_requestSide = nullptr;
    VerdictPanel *m_verdict = nullptr;
    QLabel *m_exceptionLabel = nullptr;
    QPushButton *m_dropException = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_exceptionButton = nullptr;
    QPushButton *m_consentButton = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;

    std::optional<privacy::ExceptionClaim> m_exception;
    std::optional<privacy::Decision> m_decision;
    bool m_released = false;
    DisclosureMethod m_releasedMethod = DisclosureMethod::Letter;
    QString m_letterHtml;
    qint64 m_referralId = 0;
    qint64 m_disclosureId = 0;
};

} // namespace tsunagu::ui
