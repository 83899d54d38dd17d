// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Error.h"
#include "common/Session.h"

#include <QByteArray>
#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace tsunagu::ui {

// 開示 (PRIVACY.md rule 10, APPI Art. 33): everything held about one person
// and every record of what was given to third parties about them, except
// records a supervisor withheld, as privacy::AccessReport makes it. The
// dialog says what the report is and puts it on A4 paper, in a PDF, in an
// HTML file, or in a JSON file for machines. Each copy is made afresh, and
// core records each in the audit log, so a file chooser or printer dialog
// that was cancelled leaves no entry.
class AccessReportDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` must outlive the dialog.
    AccessReportDialog(const Session &session, qint64 clientId, QWidget *parent = nullptr);

    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *htmlButton() const { return m_html; }
    QPushButton *jsonButton() const { return m_json; }
    // What was last printed or saved, and where.
    QLabel *resultLabel() const { return m_result; }

public slots:
    void print();
    void savePdf();
    void saveHtml();
    void saveJson();

private:
    enum class Output { Pdf, Html, Json };
    void save(Output output);
    // The report as core renders it (and audits); shows the error and returns
    // nothing when it cannot be made.
    std::optional<QByteArray> render(bool json);
    QString suggestedFileName(const QString &suffix) const;
    void showResult(const QString &text);

    Session m_session;
    qint64 m_clientId;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_html;
    QPushButton *m_json;
    QLabel *m_result;
};

} // namespace tsunagu::ui
