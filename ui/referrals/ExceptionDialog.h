// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/DisclosureRequest.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tsunagu::ui {

// The deliberate path to share without the person's consent (APPI Art.
// 27(1), PRIVACY.md rule 3): choose the legal ground, write the
// justification, confirm. An empty justification is refused. The disclosure
// the caller then makes goes to the supervisors' review (確認待ち).
class ExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExceptionDialog(const QString &recipient, QWidget *parent = nullptr);

    privacy::ExceptionClaim claim() const;

    QComboBox *groundCombo() const { return m_ground; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QCheckBox *confirmBox() const { return m_confirm; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    // Refuses (and stays open) without a justification.
    void accept() override;

private:
    void updateHint();

    QComboBox *m_ground;
    QLabel *m_hint;
    QPlainTextEdit *m_justification;
    QCheckBox *m_confirm;
    QLabel *m_error;
    QPushButton *m_ok;
};

} // namespace tsunagu::ui
