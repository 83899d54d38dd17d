// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consultations/DraftPrompt.h"

#include "drafts/DraftStore.h"
#include "repo/ClientRepository.h"
#include "ui/common/DateFormat.h"
#include "ui/common/MessageBoxes.h"

#include <QLocale>

namespace tsunagu::ui {

QList<drafts::Draft> DraftPrompt::ask(const Session &session, QWidget *parent)
{
    const drafts::DraftStore store(session);
    const Result<QList<drafts::Draft>> pending = store.pending(session.staffId());
    if (!pending) {
        MessageBoxes::showError(parent, tr("The unsaved drafts could not be read."), pending.error());
        return {};
    }
    QList<drafts::Draft> offered;
    QStringList lines;
    for (const drafts::Draft &draft : *pending) {
        if (draft.kind != drafts::consultationDraft || !draft.clientId)
            continue;
        const Result<Client> client = ClientRepository(session).get(*draft.clientId);
        const QDateTime at = jst::toLocal(draft.updatedAt);
        lines << tr("%1: consultation, typed %2 %3")
                     .arg(client ? client->name : tr("client %1").arg(*draft.clientId), DateFormat::display(at.date()),
                         QLocale().toString(at.time(), QStringLiteral("HH:mm")));
        offered << draft;
    }
    if (offered.isEmpty())
        return {};

    const auto answer = MessageBoxes::question(parent, tr("There are unsaved drafts."),
        lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
            + tr("Open them to go on where you stopped, or discard them. Cancel keeps them for later."),
        QMessageBox::Open | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        return offered;
    if (answer == QMessageBox::Discard) {
        for (const drafts::Draft &draft : std::as_const(offered)) {
            if (Status s = store.discard(draft.id); !s) {
                MessageBoxes::showError(parent, tr("A draft could not be discarded."), s.error());
                break;
            }
        }
    }
    return {};
}

} // namespace tsunagu::ui
