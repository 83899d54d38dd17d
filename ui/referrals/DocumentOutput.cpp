// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/DocumentOutput.h"

#include "ui/common/Fonts.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

#include <optional>

namespace tsunagu::ui {

namespace {

std::optional<QString> s_nextPrinter;
QString s_lastText;

QString tr(const char *text)
{
    return QCoreApplication::translate("tsunagu::ui::DocumentOutput", text);
}

QPageLayout a4()
{
    // QTextDocument::print() adds its own 2 cm margins around the text.
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

} // namespace

std::unique_ptr<QTextDocument> DocumentOutput::document(const QString &html)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font = Fonts::applicationFont(QApplication::font());
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setHtml(html);
    return doc;
}

bool DocumentOutput::choosePrinter(QWidget *parent, QPrinter &printer, const QString &title)
{
    printer.setPageLayout(a4());
    printer.setDocName(title);
    if (s_nextPrinter) {
        const QString path = *s_nextPrinter;
        s_nextPrinter.reset();
        if (path.isEmpty())
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        return true;
    }
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    return dialog.exec() == QDialog::Accepted;
}

void DocumentOutput::print(const QString &html, QPrinter &printer)
{
    const std::unique_ptr<QTextDocument> doc = document(html);
    s_lastText = doc->toPlainText();
    doc->print(&printer);
}

Status DocumentOutput::writePdf(const QString &html, const QString &path, const QString &title)
{
    const std::unique_ptr<QTextDocument> doc = document(html);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io,
            tr("%1 cannot be written: %2. Choose another folder.").arg(QFileInfo(path).fileName(), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageLayout(a4());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Tsunagu"));
        doc->print(&writer);
    }
    if (!file.commit())
        return fail(ErrorCode::Io,
            tr("%1 could not be saved: %2. Nothing was left behind; try again or choose "
               "another folder.")
                .arg(QFileInfo(path).fileName(), file.errorString()));
    s_lastText = doc->toPlainText();
    return {};
}

void DocumentOutput::setNextPrinter(const QString &pdfPath)
{
    s_nextPrinter = pdfPath;
}

QString DocumentOutput::lastText()
{
    return s_lastText;
}

} // namespace tsunagu::ui
