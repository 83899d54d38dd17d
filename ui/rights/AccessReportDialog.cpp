// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rights/AccessReportDialog.h"

#include "privacy/AccessReport.h"
#include "privacy/DisclosureLog.h"
#include "repo/ClientRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"
#include "ui/referrals/DocumentOutput.h"
#include "ui/referrals/FileChooser.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

#include <algorithm>

// The access report goes to the person themself, who is not a third party:
// it is not a disclosure and never a DisclosureGate request (PRIVACY.md rules
// 1 and 10, APPI Art. 33). Core audits every copy it renders.

namespace tsunagu::ui {

namespace {

// Bytes through a temporary file renamed into place (QSaveFile), so that a
// failure never leaves half a report under `path`. (DocumentOutput::writePdf
// does the same for the PDF; core and the command line each keep their own.)
Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            AccessReportDialog::tr("%1 cannot be written: %2. Choose another folder.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io,
            AccessReportDialog::tr("%1 could not be saved: %2. Nothing was left behind; try again or choose another "
                                   "folder.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    return {};
}

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

AccessReportDialog::AccessReportDialog(const Session &session, qint64 clientId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clientId(clientId)
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_pdf(new QPushButton(tr("Save as P&DF…"), this))
    , m_html(new QPushButton(tr("Save as &HTML…"), this))
    , m_json(new QPushButton(tr("Save as &JSON…"), this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("accessReportDialog"));
    setWindowTitle(tr("Access report"));

    const Result<Client> client = ClientRepository(m_session).get(m_clientId);
    auto *heading = new QLabel(client ? tr("Access report for %1 (client no. %2)").arg(client->name).arg(m_clientId)
                                      : tr("Access report for client no. %1").arg(m_clientId),
        this);
    heading->setObjectName(QStringLiteral("accessReportHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);

    auto *explain = new QLabel(
        tr("Everything we hold about the person — personal details, health, family, consultations, cases, "
           "referrals, consents, unsaved drafts and the history of corrections — and every record of information "
           "given to someone outside the organisation, except records a supervisor withheld because showing them "
           "could endanger someone (APPI Art. 33). It is for the person themself: check who is asking before you "
           "hand it over; each copy you make is recorded in the audit log."),
        this);
    explain->setObjectName(QStringLiteral("accessReportExplanation"));
    explain->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explain);

    // Staff should know that the report leaves something out, and why.
    const Result<QList<privacy::DisclosureRecord>> records = privacy::DisclosureLog(m_session).forClient(m_clientId, true);
    const auto withheld = records ? std::count_if(records->cbegin(), records->cend(),
                                        [](const privacy::DisclosureRecord &r) { return r.withheld; })
                                  : 0;
    if (withheld > 0) {
        auto *note = new QLabel(tr("%n disclosure record(s) withheld by a supervisor will not be in the report.", "",
                                    static_cast<int>(withheld)),
            this);
        note->setObjectName(QStringLiteral("withheldNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto *outputs = new QGridLayout;
    const auto addOutput = [this, outputs](QPushButton *button, const char *name, const QString &description) {
        const int row = outputs->rowCount();
        button->setObjectName(QLatin1String(name));
        button->setAutoDefault(false);
        auto *label = new QLabel(description, this);
        label->setWordWrap(true);
        label->setBuddy(button);
        button->setAccessibleDescription(description);
        outputs->addWidget(button, row, 0);
        outputs->addWidget(label, row, 1);
    };
    addOutput(m_print, "printButton", tr("On A4 paper, on a printer you choose."));
    addOutput(m_pdf, "pdfButton", tr("An A4 PDF file, to hand over or send to the person."));
    addOutput(m_html, "htmlButton", tr("The same document as a web page, readable in any browser."));
    addOutput(m_json, "jsonButton",
        tr("Machine-readable (JSON): the same data for another program or service the person uses."));
    outputs->setColumnStretch(1, 1);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(outputs);

    m_result->setObjectName(QStringLiteral("accessReportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_print, &QPushButton::clicked, this, &AccessReportDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &AccessReportDialog::savePdf);
    connect(m_html, &QPushButton::clicked, this, &AccessReportDialog::saveHtml);
    connect(m_json, &QPushButton::clicked, this, &AccessReportDialog::saveJson);

    if (!client) {
        for (QPushButton *b : { m_print, m_pdf, m_html, m_json })
            b->setEnabled(false);
        showResult(tr("The client could not be read: %1").arg(client.error().message));
    }
    m_print->setFocus(Qt::OtherFocusReason);
    // Wide enough to read, then as tall as the wrapped text needs at that width.
    const int width = std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 80);
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width) : sizeHint().height();
    resize(width, std::max(height, minimumSizeHint().height()));
}

void AccessReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    if (!DocumentOutput::choosePrinter(this, printer, tr("Access report")))
        return;
    const std::optional<QByteArray> html = render(false);
    if (!html)
        return;
    {
        const WaitCursor wait;
        DocumentOutput::print(QString::fromUtf8(*html), printer);
    }
    if (printer.printerState() == QPrinter::Error) {
        MessageBoxes::warning(this, tr("The access report could not be printed."),
            tr("Check the printer, then print again, or save the report as PDF."));
        return;
    }
    showResult(tr("The access report was sent to the printer."));
}

void AccessReportDialog::savePdf()
{
    save(Output::Pdf);
}

void AccessReportDialog::saveHtml()
{
    save(Output::Html);
}

void AccessReportDialog::saveJson()
{
    save(Output::Json);
}

void AccessReportDialog::save(Output output)
{
    QString caption;
    QString filter;
    QString suffix;
    switch (output) {
    case Output::Pdf:
        caption = tr("Save the access report as PDF");
        filter = tr("PDF files (*.pdf)");
        suffix = QStringLiteral("pdf");
        break;
    case Output::Html:
        caption = tr("Save the access report as HTML");
        filter = tr("HTML files (*.html *.htm)");
        suffix = QStringLiteral("html");
        break;
    case Output::Json:
        caption = tr("Save the access report as JSON (machine-readable)");
        filter = tr("JSON files (*.json)");
        suffix = QStringLiteral("json");
        break;
    }
    QString path = FileChooser::saveFileName(this, caption, suggestedFileName(suffix), filter);
    if (path.isEmpty())
        return;
    const QString ending = QFileInfo(path).suffix().toLower();
    if (ending != suffix && !(output == Output::Html && ending == QLatin1String("htm")))
        path += QLatin1Char('.') + suffix;

    const std::optional<QByteArray> bytes = render(output == Output::Json);
    if (!bytes)
        return;
    Status written;
    {
        const WaitCursor wait;
        written = output == Output::Pdf ? DocumentOutput::writePdf(QString::fromUtf8(*bytes), path, tr("Access report"))
                                        : writeFile(path, *bytes);
    }
    if (!written) {
        MessageBoxes::showError(this, tr("The access report was not saved."), written.error());
        return;
    }
    showResult(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

std::optional<QByteArray> AccessReportDialog::render(bool json)
{
    // Dates in the style chosen for the session when the document is in
    // Japanese; core writes English dates otherwise.
    FieldValues::DateText dateText;
    if (QLocale().language() == QLocale::Japanese)
        dateText = [](QDate date) { return DateFormat::display(date); };
    Result<QByteArray> bytes = [&] {
        const WaitCursor wait;
        return privacy::AccessReport(m_session).render(
            m_clientId, json ? privacy::AccessReport::Format::Json : privacy::AccessReport::Format::Html, dateText);
    }();
    if (!bytes) {
        MessageBoxes::showError(this, tr("The access report could not be made."), bytes.error());
        return std::nullopt;
    }
    return *bytes;
}

QString AccessReportDialog::suggestedFileName(const QString &suffix) const
{
    // The number and the date, never the person's name: file names travel.
    return tr("access-report") + QStringLiteral("_%1_").arg(m_clientId)
        + m_session.clock().today().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('.') + suffix;
}

void AccessReportDialog::showResult(const QString &text)
{
    m_result->setText(text);
}

} // namespace tsunagu::ui
