// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"
#include "domain/Condition.h"
#include "domain/ContactPerson.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace tsunagu::ui {

// 基本情報: what a coordinator needs between two phone calls: contact
// details, disease groups, the disability certificate, the work situation and
// the people around the person.
class ClientInfoPane : public QWidget
{
    Q_OBJECT

public:
    explicit ClientInfoPane(QWidget *parent = nullptr);

    // `healthConsent`: whether health information may be recorded now; when
    // not, the health rows say why they are empty.
    void setClient(const Client &client, const QList<Condition> &conditions, const QList<ContactPerson> &contacts,
        bool healthConsent);
    void clear();

    // The value shown for a row, by its object name ("diseaseGroups", "certificate", …).
    QString value(const QString &row) const;

private:
    QLabel *addRow(const QString &objectName, const QString &title);
    static QString orDash(const QString &text);

    QFormLayout *m_form;
    QList<QLabel *> m_values;
};

} // namespace tsunagu::ui
