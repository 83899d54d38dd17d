// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/consultations/PreVisitCheck.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tsunagu::ui {

// 訪問前チェック, asked before a home visit is recorded: has the person
// agreed to this visit (required: without it the dialog does not continue),
// who else will be there, what risks are known. Ctrl+Enter continues, Esc
// goes back without a home visit.
class PreVisitChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreVisitChecklistDialog(QWidget *parent = nullptr);

    PreVisitCheck check() const;
    void setCheck(const PreVisitCheck &check);

    QCheckBox *agreedBox() const { return m_agreed; }
    QLineEdit *othersEdit() const { return m_others; }
    QPlainTextEdit *risksEdit() const { return m_risks; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Refused, with the reason at the consent box, until the person has agreed.
    void accept() override;

private:
    QCheckBox *m_agreed;
    QLineEdit *m_others;
    QPlainTextEdit *m_risks;
    QLabel *m_error;
    QPushButton *m_continue;
};

} // namespace tsunagu::ui
