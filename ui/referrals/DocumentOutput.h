// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"

#include <QString>

#include <memory>

class QPrinter;
class QTextDocument;
class QWidget;

namespace tsunagu::ui {

// Puts an HTML document (a referral letter made from a DisclosureGrant, a
// consent form) on A4 paper or in a PDF file. It makes no document itself:
// callers pass what core's generators made.
class DocumentOutput
{
public:
    // The document, laid out for A4 in the application's Japanese font.
    static std::unique_ptr<QTextDocument> document(const QString &html);

    // Sets `printer` up for A4 and lets the person choose the printer; false
    // when they cancelled.
    static bool choosePrinter(QWidget *parent, QPrinter &printer, const QString &title);
    static void print(const QString &html, QPrinter &printer);

    // Writes an A4 PDF through a temporary file renamed into place, so that a
    // failure never leaves half a file under `path`.
    static Status writePdf(const QString &html, const QString &path, const QString &title);

    // Test hooks. The next choosePrinter() shows no dialog: it answers
    // "cancelled" for an empty path, else prints to a PDF file at `pdfPath`.
    static void setNextPrinter(const QString &pdfPath);
    // The plain text of the last document printed or written.
    static QString lastText();
};

} // namespace tsunagu::ui
