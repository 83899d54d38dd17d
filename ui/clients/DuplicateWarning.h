// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Client.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace tsunagu::ui {

// Before a new client is saved: "a client with the same reading and birth
// date, or the same phone number, is already registered". Asked through
// MessageBoxes, so that tests can answer it.
class DuplicateWarning
{
    Q_DECLARE_TR_FUNCTIONS(tsunagu::ui::DuplicateWarning)

public:
    enum class Answer {
        OpenExisting, // show the first of the existing clients instead
        SaveAnyway, // it is another person: register them
        GoBack, // back to the form, nothing lost
    };

    static Answer ask(QWidget *parent, const QList<ClientSummary> &duplicates);
    // "山田 太郎 (やまだ たろう, 1980年4月1日)"
    static QString describe(const ClientSummary &client);
};

} // namespace tsunagu::ui
