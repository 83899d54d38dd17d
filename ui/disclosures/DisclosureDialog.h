// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Session.h"
#include "privacy/DisclosureLog.h"

#include <QDialog>

class QFormLayout;
class QLabel;

namespace tsunagu::ui {

// 提供記録: one third-party disclosure record, read-only (it is append-only):
// when, to whom, which information, for what, how, and on which basis (the
// consent with its period and scope, or the legal exception with its
// justification), who sent it and how long the record is kept.
class DisclosureDialog : public QDialog
{
    Q_OBJECT

public:
    // `session` must outlive the dialog.
    DisclosureDialog(const Session &session, const privacy::DisclosureRecord &record, QWidget *parent = nullptr);

    // The text of a row by its object name ("disclosureRecipient", "disclosureBasis", …).
    QString value(const QString &objectName) const;

private:
    void addRow(const QString &label, const QString &objectName, const QString &text);
    QString basisOf(const privacy::DisclosureRecord &record) const;

    Session m_session;
    QFormLayout *m_form;
};

} // namespace tsunagu::ui
