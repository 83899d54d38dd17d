// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/ReferralDialog.h"

#include "documents/ReferralLetter.h"
#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureGate.h"
#include "repo/ClientRepository.h"
#include "repo/ReferralRepository.h"
#include "repo/StaffRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/consents/ConsentDialog.h"
#include "ui/referrals/AgencyPicker.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/referrals/ExceptionDialog.h"
#include "ui/referrals/FileChooser.h"
#include "ui/referrals/VerdictPanel.h"
#include "ui/settings/AppSettings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tsunagu::ui {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}


} // namespace

ReferralDialog::ReferralDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("referralDialog"));
    if (const Result<Client> client = ClientRepository(m_session).get(clientId); client && !client->isErased())
        m_clientName = client->name;
    setWindowTitle(m_clientName.isEmpty() ? tr("Refer to a partner agency")
                                          : tr("Refer %1 to a partner agency").arg(m_clientName));

    auto *body = new QHBoxLayout;
    body->addWidget(createRequestSide(), 1);
    body->addWidget(createVerdictSide(), 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);

    connect(m_agency, &AgencyPicker::agencyChanged, this, &ReferralDialog::updateVerdict);
    connect(m_purpose, &QComboBox::currentIndexChanged, this, [this] {
        const bool other = static_cast<Purpose>(m_purpose->currentData().toInt()) == Purpose::Other;
        m_purposeDetail->setEnabled(other);
        updateVerdict();
    });
    connect(m_purposeDetail, &QLineEdit::textChanged, this, &ReferralDialog::updateVerdict);
    for (QCheckBox *box : m_categories)
        connect(box, &QCheckBox::toggled, this, &ReferralDialog::updateVerdict);
    connect(m_byLetter, &QRadioButton::toggled, this, [this] { setOutputEnabled(m_decision && m_decision->allowed); });
    connect(m_print, &QPushButton::clicked, this, &ReferralDialog::printLetter);
    connect(m_pdf, &QPushButton::clicked, this, &ReferralDialog::saveLetterPdf);
    connect(m_exceptionButton, &QPushButton::clicked, this, &ReferralDialog::chooseException);
    connect(m_consentButton, &QPushButton::clicked, this, &ReferralDialog::recordConsent);
    connect(m_dropException, &QPushButton::clicked, this, &ReferralDialog::dropException);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    resize(em * 96, fontMetrics().lineSpacing() * 40);
    updateVerdict();
    m_agency->setFocus(Qt::OtherFocusReason);
}

QWidget *ReferralDialog::createRequestSide()
{
    m_requestSide = new QWidget(this);
    m_agency = new AgencyPicker(m_session, m_requestSide);

    m_purpose = new QComboBox(m_requestSide);
    m_purpose->setObjectName(QStringLiteral("referralPurpose"));
    m_purpose->setAccessibleName(tr("Purpose"));
    for (std::size_t i = 0; i < enumCount<Purpose>(); ++i)
        m_purpose->addItem(label(static_cast<Purpose>(i)), static_cast<int>(i));
    m_purposeDetail = new QLineEdit(m_requestSide);
    m_purposeDetail->setObjectName(QStringLiteral("referralPurposeDetail"));
    m_purposeDetail->setAccessibleName(tr("Purpose (details)"));
    m_purposeDetail->setPlaceholderText(tr("Describe the purpose"));
    m_purposeDetail->setEnabled(false);

    auto *categories = new QGroupBox(tr("Information to share"), m_requestSide);
    // Three to a row, so that the whole request fits on the screen.
    auto *categoryLayout = new QGridLayout(categories);
    int placed = 0;
    for (std::size_t i = 0; i < m_categories.size(); ++i) {
        const auto category = static_cast<DataCategory>(i);
        auto *box = new QCheckBox(label(category), categories);
        box->setObjectName(QStringLiteral("category_") + toCode(category));
        box->setAccessibleName(label(category));
        m_categories[i] = box;
        if (category != DataCategory::Health) {
            categoryLayout->addWidget(box, placed / 3, placed % 3);
            ++placed;
        }
    }
    categoryBox(DataCategory::Identity)->setChecked(true);

    // Health apart: special-care information is never implied and never checked for you.
    auto *health = new QGroupBox(tr("Special-care information (要配慮個人情報)"), m_requestSide);
    auto *healthLayout = new QVBoxLayout(health);
    QCheckBox *healthBox = categoryBox(DataCategory::Health);
    healthBox->setParent(health);
    healthBox->setText(tr("Health: conditions, disability certificate, treatment"));
    healthBox->setChecked(false);
    auto *healthNote = new QLabel(tr("Shared only when a consent names it."), health);
    healthNote->setWordWrap(true);
    healthLayout->addWidget(healthBox);
    healthLayout->addWidget(healthNote);

    m_byLetter = new QRadioButton(label(DisclosureMethod::Letter), m_requestSide);
    m_byLetter->setObjectName(QStringLiteral("methodLetter"));
    m_byLetter->setChecked(true);
    m_byPdf = new QRadioButton(label(DisclosureMethod::PdfFile), m_requestSide);
    m_byPdf->setObjectName(QStringLiteral("methodPdf"));
    auto *methods = new QButtonGroup(m_requestSide);
    methods->addButton(m_byLetter);
    methods->addButton(m_byPdf);
    auto *methodRow = new QHBoxLayout;
    methodRow->addWidget(m_byLetter);
    methodRow->addWidget(m_byPdf);
    methodRow->addStretch();

    m_note = new QPlainTextEdit(m_requestSide);
    m_note->setObjectName(QStringLiteral("referralNote"));
    m_note->setAccessibleName(tr("Covering note"));
    m_note->setPlaceholderText(tr("A short note to the agency. Write nothing about the person beyond the information "
                                  "chosen above."));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4);

    auto *form = new QFormLayout;
    form->addRow(tr("Purpose"), m_purpose);
    form->addRow(QString(), m_purposeDetail);
    form->addRow(tr("Method"), methodRow);
    form->addRow(tr("Note"), m_note);

    auto *agencyTitle = new QLabel(tr("Agency"), m_requestSide);
    agencyTitle->setBuddy(m_agency->searchEdit());
    QFont bold = agencyTitle->font();
    bold.setBold(true);
    agencyTitle->setFont(bold);

    auto *layout = new QVBoxLayout(m_requestSide);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(agencyTitle);
    layout->addWidget(m_agency, 1);
    layout->addLayout(form);
    layout->addWidget(categories);
    layout->addWidget(health);
    return m_requestSide;
}

QWidget *ReferralDialog::createVerdictSide()
{
    auto *side = new QWidget(this);
    m_verdict = new VerdictPanel(side);

    m_exceptionLabel = new QLabel(side);
    m_exceptionLabel->setObjectName(QStringLiteral("exceptionLabel"));
    m_exceptionLabel->setWordWrap(true);
    m_exceptionLabel->setTextFormat(Qt::PlainText);
    m_dropException = new QPushButton(tr("Do not use the exception"), side);
    m_dropException->setObjectName(QStringLiteral("dropExceptionButton"));
    auto *exceptionRow = new QHBoxLayout;
    exceptionRow->addWidget(m_exceptionLabel, 1);
    exceptionRow->addWidget(m_dropException);
    m_exceptionLabel->hide();
    m_dropException->hide();

    auto *previewTitle = new QLabel(tr("Letter"), side);
    QFont bold = previewTitle->font();
    bold.setBold(true);
    previewTitle->setFont(bold);
    m_preview = new QTextBrowser(side);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    m_preview->setAccessibleName(tr("Letter preview"));
    m_preview->setOpenLinks(false);
    previewTitle->setBuddy(m_preview);

    m_exceptionButton = new QPushButton(tr("Legal exception…"), side);
    m_exceptionButton->setObjectName(QStringLiteral("exceptionButton"));
    m_exceptionButton->setAccessibleName(tr("Share under a legal exception"));
    m_exceptionButton->setAutoDefault(false);
    m_print = new QPushButton(tr("&Print…"), side);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setAccessibleName(tr("Print the referral letter"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), side);
    m_pdf->setObjectName(QStringLiteral("pdfButton"));
    m_pdf->setAccessibleName(tr("Save the referral letter as PDF"));
    m_consentButton = new QPushButton(tr("Record &consent…"), side);
    m_consentButton->setObjectName(QStringLiteral("referralConsentButton"));
    m_consentButton->setAccessibleName(tr("Record the person's consent"));
    m_consentButton->setAutoDefault(false);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_consentButton);
    actions->addWidget(m_exceptionButton);
    actions->addStretch();
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);

    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addLayout(exceptionRow);
    layout->addWidget(previewTitle);
    layout->addWidget(m_preview, 1);
    layout->addLayout(actions);
    return side;
}

QCheckBox *ReferralDialog::categoryBox(DataCategory category) const
{
    return m_categories.at(static_cast<std::size_t>(category));
}

privacy::DisclosureRequest ReferralDialog::request() const
{
    privacy::DisclosureRequest r;
    r.clientId = m_clientId;
    r.recipient = privacy::Recipient::agency(m_agency->agencyId());
    r.purpose = static_cast<Purpose>(m_purpose->currentData().toInt());
    if (r.purpose == Purpose::Other)
        r.purposeDetail = m_purposeDetail->text();
    for (std::size_t i = 0; i < m_categories.size(); ++i) {
        if (m_categories[i]->isChecked())
            r.categories.insert(static_cast<DataCategory>(i));
    }
    r.method = m_byPdf->isChecked() ? DisclosureMethod::PdfFile : DisclosureMethod::Letter;
    r.exception = m_exception;
    return r;
}

void ReferralDialog::updateVerdict()
{
    if (m_released)
        return;
    m_exceptionButton->setEnabled(m_agency->agencyId() != 0);
    m_consentButton->setEnabled(m_agency->agencyId() != 0);
    if (m_agency->agencyId() == 0) {
        m_decision.reset();
        m_verdict->showUndecided(tr("Choose the agency: whether the information can be shared is shown here."));
        setOutputEnabled(false);
        showPlannedLetter();
        return;
    }
    const Result<privacy::Decision> decision = privacy::DisclosureGate(m_session).decide(request());
    if (!decision) {
        m_decision.reset();
        m_verdict->showRefused(
            tr("Cannot be shared"), { tr("The check could not run: %1").arg(decision.error().message) });
        setOutputEnabled(false);
        showPlannedLetter();
        return;
    }
    m_decision = *decision;
    if (decision->allowed) {
        QString title = decision->summary;
        if (decision->consentId) {
            if (const Result<privacy::Consent> consent = privacy::ConsentRegistry(m_session).get(*decision->consentId))
                title = tr("Allowed by the consent (%1 to %2)")
                            .arg(iso(consent->validFrom()), iso(consent->validUntil()));
        } else if (decision->exception) {
            title = tr("Allowed under a legal exception (%1)").arg(label(*decision->exception));
        }
        QStringList details { tr("To %1: %2.").arg(decision->recipientLabel, decision->categories.toLabels(tr(", "))) };
        if (decision->exception)
            details << tr("This disclosure goes to the supervisors' review.");
        details << tr("The disclosure is recorded when you print or save the letter.");
        m_verdict->showAllowed(title, details.join(QLatin1Char('\n')));
    } else {
        QStringList reasons;
        for (const privacy::RefusalReason &reason : decision->reasons)
            reasons << reason.message;
        if (reasons.isEmpty())
            reasons << decision->summary;
        m_verdict->showRefused(tr("Cannot be shared"), reasons);
    }
    setOutputEnabled(decision->allowed);
    showPlannedLetter();
}

void ReferralDialog::setOutputEnabled(bool allowed)
{
    if (m_released) {
        // Again, the same letter of the same disclosure (a jammed printer, a
        // failed write); another method would be another disclosure.
        m_print->setEnabled(m_releasedMethod == DisclosureMethod::Letter);
        m_pdf->setEnabled(m_releasedMethod == DisclosureMethod::PdfFile);
        return;
    }
    m_print->setEnabled(allowed);
    m_pdf->setEnabled(allowed);
    m_print->setDefault(allowed && m_byLetter->isChecked());
    m_pdf->setDefault(allowed && m_byPdf->isChecked());
}

void ReferralDialog::showPlannedLetter()
{
    // Before the release nothing about the person is put in the preview: only
    // what the letter will hold.
    QString html;
    if (m_decision && m_decision->allowed) {
        html = QStringLiteral("<p>%1</p><p>%2</p>")
                   .arg(tr("The letter to %1 will hold: %2.")
                            .arg(m_decision->recipientLabel, m_decision->categories.toLabels(tr(", ")))
                            .toHtmlEscaped(),
                       tr("The person's information is filled in when you print or save the letter, at the "
                          "moment the disclosure is recorded.")
                           .toHtmlEscaped());
    } else if (m_decision) {
        html = QStringLiteral("<p>%1</p>").arg(tr("No letter can be made while sharing is refused.").toHtmlEscaped());
    } else {
        html = QStringLiteral("<p>%1</p>").arg(tr("Choose the agency and the information to share.").toHtmlEscaped());
    }
    m_preview->setHtml(html);
}

void ReferralDialog::chooseException()
{
    if (m_released || m_agency->agencyId() == 0)
        return;
    auto *dialog = new ExceptionDialog(m_agency->agencyName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_exception = dialog->claim();
        m_exceptionLabel->setText(
            tr("Legal exception: %1. Justification: %2").arg(label(m_exception->ground), m_exception->justification));
        m_exceptionLabel->show();
        m_dropException->show();
        updateVerdict();
    });
    dialog->open();
}

void ReferralDialog::recordConsent()
{
    if (m_released || m_agency->agencyId() == 0)
        return;
    const privacy::DisclosureRequest req = request();
    auto *dialog = new ConsentDialog(m_session, m_clientId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->prefill(req.recipient.id, req.purpose, req.categories);
    connect(dialog, &ConsentDialog::consentsRecorded, this, &ReferralDialog::updateVerdict);
    dialog->open();
}

void ReferralDialog::dropException()
{
    m_exception.reset();
    m_exceptionLabel->clear();
    m_exceptionLabel->hide();
    m_dropException->hide();
    updateVerdict();
}

void ReferralDialog::printLetter()
{
    if (!m_released && !(m_decision && m_decision->allowed))
        return;
    QPrinter printer(QPrinter::HighResolution);
    if (!DocumentOutput::choosePrinter(this, printer, tr("Referral letter")))
        return;
    if (!m_released) {
        m_byLetter->setChecked(true);
        if (!release(DisclosureMethod::Letter))
            return;
    }
    DocumentOutput::print(m_letterHtml, printer);
}

void ReferralDialog::saveLetterPdf()
{
    if (!m_released && !(m_decision && m_decision->allowed))
        return;
    QString path = FileChooser::saveFileName(
        this, tr("Save the referral letter as PDF"), suggestedFileName(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (!m_released) {
        m_byPdf->setChecked(true);
        if (!release(DisclosureMethod::PdfFile))
            return;
    }
    if (Status written = DocumentOutput::writePdf(m_letterHtml, path, tr("Referral letter")); !written)
        MessageBoxes::showError(this,
            tr("The letter was not saved. The disclosure is recorded (no. %1); save the same "
               "letter again with the PDF button.")
                .arg(m_disclosureId),
            written.error());
}

bool ReferralDialog::release(DisclosureMethod method)
{
    privacy::DisclosureRequest req = request();
    req.method = method;
    Result<privacy::DisclosureGrant> grant = privacy::DisclosureGate(m_session).release(req);
    if (!grant) {
        MessageBoxes::showError(this, tr("Nothing was shared."), grant.error());
        updateVerdict();
        return false;
    }
    m_disclosureId = grant->disclosureId();

    // The referral, linked to the disclosure record that sent its data.
    QStringList problems;
    const ReferralRepository referrals(m_session);
    Referral referral;
    referral.clientId = m_clientId;
    referral.agencyId = req.recipient.id;
    referral.purpose = req.purpose;
    referral.categories = grant->categories();
    referral.note = m_note->toPlainText();
    if (const Result<qint64> id = referrals.create(referral)) {
        m_referralId = *id;
        if (Status s = referrals.attachDisclosure(m_referralId, m_disclosureId, grant->consentId()); !s)
            problems << s.error().message;
        else if (const Result<qint64> sent = referrals.addEvent(m_referralId, ReferralStatus::Sent, m_session.nowMs());
                 !sent)
            problems << sent.error().message;
    } else {
        problems << id.error().message;
    }

    documents::LetterOptions options;
    options.organisation = AppSettings::organisation(); // File → Settings… → Letters
    if (const Result<Staff> staff = StaffRepository(m_session).get(m_session.staffId()))
        options.staffName = staff->name;
    options.message = m_note->toPlainText();
    m_letterHtml = documents::ReferralLetter::html(*grant, options);
    m_released = true;
    m_releasedMethod = method;
    lockAfterRelease();
    if (!problems.isEmpty())
        MessageBoxes::warning(this,
            tr("The disclosure is recorded (no. %1), but the referral could not be saved "
               "completely.")
                .arg(m_disclosureId),
            problems.join(QLatin1Char('\n')));
    emit referralMade(m_referralId, m_disclosureId);
    return true;
}

void ReferralDialog::lockAfterRelease()
{
    m_requestSide->setEnabled(false);
    m_exceptionButton->setEnabled(false);
    m_consentButton->setEnabled(false);
    m_dropException->setEnabled(false);
    m_verdict->showAllowed(m_verdict->title(),
        tr("Shared and recorded: disclosure record no. %1, referral no. %2.").arg(m_disclosureId).arg(m_referralId));
    m_preview->setHtml(m_letterHtml);
    m_print->setText(tr("&Print again…"));
    m_pdf->setText(tr("Save the P&DF again…"));
    setOutputEnabled(true);
}

QString ReferralDialog::suggestedFileName() const
{
    // The agency and the date, never the person's name: file names travel.
    QString agency = m_agency->agencyName();
    agency.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\s]+")), QStringLiteral("_"));
    return tr("referral-letter") + QLatin1Char('_') + agency + QLatin1Char('_')
        + m_session.clock().today().toString(QStringLiteral("yyyyMMdd")) + QStringLiteral(".pdf");
}

} // namespace tsunagu::ui
