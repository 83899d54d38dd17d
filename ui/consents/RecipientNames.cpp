// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/consents/RecipientNames.h"

#include "repo/AgencyRepository.h"
#include "repo/ContactPersonRepository.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsunagu::ui {

RecipientNames::RecipientNames(const Session &session, qint64 clientId)
{
    if (const Result<QList<Agency>> agencies = AgencyRepository(session).list(false)) {
        for (const Agency &a : *agencies)
            m_agencies.insert(a.id, a.name);
    }
    if (const Result<QList<ContactPerson>> contacts = ContactPersonRepository(session).forClient(clientId)) {
        for (const ContactPerson &p : *contacts)
            m_contacts.insert(p.id,
                QCoreApplication::translate("tsunagu::ui::RecipientNames", "%1 (%2)")
                    .arg(p.name, label(p.relationship)));
    }
}

QString RecipientNames::name(const privacy::ConsentRecipient &r) const
{
    if (r.agencyId)
        return m_agencies.value(
            *r.agencyId, QCoreApplication::translate("tsunagu::ui::RecipientNames", "agency no. %1").arg(*r.agencyId));
    if (r.agencyKind)
        return QCoreApplication::translate("tsunagu::ui::RecipientNames", "every %1").arg(label(*r.agencyKind));
    if (r.contactPersonId)
        return m_contacts.value(*r.contactPersonId,
            QCoreApplication::translate("tsunagu::ui::RecipientNames", "contact no. %1").arg(*r.contactPersonId));
    return {};
}

QString RecipientNames::names(const QList<privacy::ConsentRecipient> &recipients) const
{
    QStringList all;
    for (const privacy::ConsentRecipient &r : recipients)
        all << name(r);
    return all.join(QCoreApplication::translate("tsunagu::ui::RecipientNames", ", "));
}

} // namespace tsunagu::ui
