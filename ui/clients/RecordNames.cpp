// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/RecordNames.h"

#include "repo/AgencyRepository.h"
#include "repo/ContactPersonRepository.h"
#include "repo/StaffRepository.h"

namespace tsunagu::ui {

RecordNames::RecordNames(const Session &session, qint64 clientId)
{
    if (const Result<QList<Agency>> agencies = AgencyRepository(session).list(false)) {
        for (const Agency &a : *agencies)
            m_agencies.insert(a.id, a.name);
    }
    if (const Result<QList<ContactPerson>> contacts = ContactPersonRepository(session).forClient(clientId)) {
        for (const ContactPerson &p : *contacts)
            m_contacts.insert(
                p.id, tr("%1 (%2)", "contact person: name (relationship)").arg(p.name, label(p.relationship)));
    }
    if (const Result<QList<Staff>> staff = StaffRepository(session).list(false)) {
        for (const Staff &s : *staff)
            m_staff.insert(s.id, s.name);
    }
}

QString RecordNames::agency(qint64 id) const
{
    return m_agencies.value(id, tr("Agency #%1").arg(id));
}

QString RecordNames::contactPerson(qint64 id) const
{
    return m_contacts.value(id, tr("Contact person #%1").arg(id));
}

QString RecordNames::staff(qint64 id) const
{
    if (id <= 0)
        return {};
    return m_staff.value(id, tr("Staff #%1").arg(id));
}

QString RecordNames::recipient(const privacy::ConsentRecipient &recipient) const
{
    if (recipient.agencyId)
        return agency(*recipient.agencyId);
    if (recipient.agencyKind)
        return tr("any %1", "a consent naming a kind of agency, e.g. any Hello Work office")
            .arg(label(*recipient.agencyKind));
    if (recipient.contactPersonId)
        return contactPerson(*recipient.contactPersonId);
    return {};
}

QString RecordNames::recipients(const QList<privacy::ConsentRecipient> &recipients) const
{
    QStringList names;
    for (const privacy::ConsentRecipient &r : recipients)
        names << recipient(r);
    return names.join(tr(", ", "separator between recipients"));
}

} // namespace tsunagu::ui
