// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/RecordOpener.h"

#include "privacy/ConsentRegistry.h"
#include "privacy/DisclosureLog.h"
#include "repo/ConsultationRepository.h"
#include "repo/ReferralRepository.h"
#include "ui/consents/ConsentsDialog.h"
#include "ui/consultations/ConsultationDialog.h"
#include "ui/disclosures/DisclosureDialog.h"
#include "ui/referrals/ReferralStatusDialog.h"

namespace tsunagu::ui {

RecordOpener::RecordOpener(const Session &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
{ }

bool RecordOpener::open(TimelineEntry::Kind kind, qint64 id, qint64 clientId)
{
    switch (kind) {
    case TimelineEntry::Kind::Consultation:
        return openConsultation(id);
    case TimelineEntry::Kind::Referral:
        return openReferral(id);
    case TimelineEntry::Kind::Consent:
        return openConsent(id, clientId);
    case TimelineEntry::Kind::Disclosure:
        return openDisclosure(id, clientId);
    case TimelineEntry::Kind::Case:
        break; // the client screen shows it on its cases tab
    }
    return cannotOpen(tr("This record"), tr("there is no window for it."));
}

bool RecordOpener::cannotOpen(const QString &what, const QString &why)
{
    emit message(tr("%1 could not be opened: %2").arg(what, why));
    return false;
}

bool RecordOpener::openConsultation(qint64 id)
{
    const Result<Consultation> consultation = ConsultationRepository(m_session).get(id);
    if (!consultation)
        return cannotOpen(tr("The consultation"), consultation.error().message);
    ConsultationDialog *dialog = ConsultationDialog::openToEdit(m_session, *consultation, m_window);
    const char *const watched = "tsunaguRecordOpener";
    if (dialog->property(watched).toBool())
        return true; // already open, raised: already connected
    dialog->setProperty(watched, true);
    connect(dialog, &ConsultationDialog::saved, this, [this](qint64, qint64 consultationId) {
        emit recordChanged(TimelineEntry::Kind::Consultation, consultationId);
        emit message(tr("The changes to the consultation were saved."));
    });
    return true;
}

bool RecordOpener::openReferral(qint64 id)
{
    if (const Result<Referral> referral = ReferralRepository(m_session).get(id); !referral)
        return cannotOpen(tr("The referral"), referral.error().message);
    auto *dialog = new ReferralStatusDialog(m_session, id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] {
        emit recordChanged(TimelineEntry::Kind::Referral, id);
        emit message(tr("The referral's step was recorded."));
    });
    dialog->open();
    return true;
}

bool RecordOpener::openConsent(qint64 id, qint64 clientId)
{
    if (const Result<privacy::Consent> consent = privacy::ConsentRegistry(m_session).get(id); !consent)
        return cannotOpen(tr("The consent"), consent.error().message);
    auto *dialog = new ConsentsDialog(m_session, clientId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->selectConsent(id);
    connect(dialog, &ConsentsDialog::consentsChanged, this,
        [this, id] { emit recordChanged(TimelineEntry::Kind::Consent, id); });
    dialog->open();
    return true;
}

bool RecordOpener::openDisclosure(qint64 id, qint64 clientId)
{
    const Result<QList<privacy::DisclosureRecord>> records
        = privacy::DisclosureLog(m_session).forClient(clientId, true);
    if (!records)
        return cannotOpen(tr("The disclosure record"), records.error().message);
    for (const privacy::DisclosureRecord &record : *records) {
        if (record.id != id)
            continue;
        auto *dialog = new DisclosureDialog(m_session, record, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return true;
    }
    return cannotOpen(tr("The disclosure record"), tr("no record with number %1.").arg(id));
}

} // namespace tsunagu::ui
