// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/DuplicateWarning.h"

#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"

namespace tsunagu::ui {

QString DuplicateWarning::describe(const ClientSummary &client)
{
    QStringList parts;
    if (!client.nameKana.isEmpty())
        parts << client.nameKana;
    if (client.birthDate)
        parts << DateFormat::display(*client.birthDate);
    return parts.isEmpty() ? client.name
                           : tr("%1 (%2)", "name (reading, birth date)").arg(client.name, parts.join(tr(", ")));
}

DuplicateWarning::Answer DuplicateWarning::ask(QWidget *parent, const QList<ClientSummary> &duplicates)
{
    QStringList names;
    for (const ClientSummary &d : duplicates)
        names << describe(d);
    const QString text
        = tr("A client with the same reading and birth date, or the same phone number, is already registered: %1")
              .arg(names.join(tr("; ")));
    const QString details = tr("Open: show the existing client (%1) instead.\n"
                               "Save: this is another person; register them anyway.\n"
                               "Cancel: back to the form; nothing typed is lost.")
                                .arg(duplicates.isEmpty() ? QString() : duplicates.constFirst().name);
    const MessageBoxes::Button answer = MessageBoxes::warning(
        parent, text, details, QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Open);
    switch (answer) {
    case QMessageBox::Open:
        return Answer::OpenExisting;
    case QMessageBox::Save:
        return Answer::SaveAnyway;
    default:
        return Answer::GoBack;
    }
}

} // namespace tsunagu::ui
