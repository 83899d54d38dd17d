// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientInfoPane.h"

#include <QFormLayout>
#include <QLabel>

namespace tsunagu::ui {

ClientInfoPane::ClientInfoPane(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("clientInfoPane"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    addRow(QStringLiteral("address"), tr("Address"));
    addRow(QStringLiteral("contact"), tr("Phone, e-mail"));
    addRow(QStringLiteral("emergencyContact"), tr("Emergency contact"));
    addRow(QStringLiteral("diseaseGroups"), tr("Disease groups"));
    addRow(QStringLiteral("certificate"), tr("Certificate"));
    addRow(QStringLiteral("employment"), tr("Work"));
    addRow(QStringLiteral("contacts"), tr("Family and contacts"));
}

QLabel *ClientInfoPane::addRow(const QString &objectName, const QString &title)
{
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setAccessibleName(title);
    auto *caption = new QLabel(title, this);
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    m_form->addRow(caption, value);
    m_values << value;
    return value;
}

QString ClientInfoPane::orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString ClientInfoPane::value(const QString &row) const
{
    for (const QLabel *label : m_values) {
        if (label->objectName() == row)
            return label->text();
    }
    return {};
}

void ClientInfoPane::clear()
{
    for (QLabel *label : std::as_const(m_values))
        label->setText(orDash({}));
}

void ClientInfoPane::setClient(
    const Client &client, const QList<Condition> &conditions, const QList<ContactPerson> &contacts, bool healthConsent)
{
    const auto set = [this](const QString &row, const QString &text) {
        for (QLabel *label : std::as_const(m_values)) {
            if (label->objectName() == row)
                label->setText(orDash(text));
        }
    };
    QStringList place;
    const QString region = client.prefecture + client.municipality;
    if (!region.isEmpty())
        place << region;
    if (!client.address.trimmed().isEmpty())
        place << client.address.trimmed();
    set(QStringLiteral("address"), place.join(QLatin1Char('\n')));
    QStringList contact;
    for (const QString &way : { client.phone, client.email }) {
        if (!way.trimmed().isEmpty())
            contact << way.trimmed();
    }
    set(QStringLiteral("contact"), contact.join(QLatin1Char('\n')));
    set(QStringLiteral("emergencyContact"), client.emergencyContact);

    QStringList groups;
    for (const Condition &c : conditions) {
        QString text = label(c.diseaseGroup);
        if (c.designatedNumber || !c.designatedName.isEmpty()) {
            const QString number = c.designatedNumber ? QString::number(*c.designatedNumber) : QString();
            text += tr(" (designated intractable disease %1 %2)", "disease group (指定難病 number name)")
                        .arg(number, c.designatedName)
                        .replace(QStringLiteral("  "), QStringLiteral(" "));
        }
        if (!groups.contains(text))
            groups << text;
    }
    QString health = groups.join(QLatin1Char('\n'));
    if (health.isEmpty() && !healthConsent)
        health = tr("Not recorded: no consent to keep health information yet.");
    set(QStringLiteral("diseaseGroups"), health);

    QString certificate;
    if (client.certificateKind && *client.certificateKind != CertificateKind::None)
        certificate = tr("%1 %2", "certificate kind and grade")
                          .arg(label(*client.certificateKind), client.certificateGrade)
                          .trimmed();
    else if (client.certificateKind)
        certificate = label(*client.certificateKind);
    set(QStringLiteral("certificate"), certificate);
    set(QStringLiteral("employment"), client.employmentStatus ? label(*client.employmentStatus) : QString());

    QStringList people;
    for (const ContactPerson &p : contacts) {
        QString line = tr("%1: %2", "relationship: name").arg(label(p.relationship), p.name);
        if (!p.phone.isEmpty())
            line += QStringLiteral(" ") + p.phone;
        people << line;
    }
    set(QStringLiteral("contacts"), people.join(QLatin1Char('\n')));
}

} // namespace tsunagu::ui
