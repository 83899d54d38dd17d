// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/ClientHeader.h"

#include "common/Clock.h"
#include "ui/clients/Chip.h"
#include "ui/common/DateFormat.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace tsunagu::ui {

ClientHeader::ClientHeader(QWidget *parent)
    : QWidget(parent)
    , m_reading(new QLabel(this))
    , m_name(new QLabel(this))
    , m_age(new QLabel(this))
    , m_flagLayout(new QHBoxLayout)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("clientHeader"));
    m_reading->setObjectName(QStringLiteral("clientReading"));
    m_name->setObjectName(QStringLiteral("clientName"));
    m_age->setObjectName(QStringLiteral("clientAge"));
    for (QLabel *label : { m_reading, m_name, m_age }) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    // Furigana: the normal size (never below 10 pt), right above the large name.
    QFont large = m_name->font();
    large.setPointSizeF(large.pointSizeF() * 1.8);
    large.setBold(true);
    m_name->setFont(large);
    m_name->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *nameLine = new QHBoxLayout;
    nameLine->setSpacing(fontMetrics().height());
    nameLine->addWidget(m_name);
    nameLine->addWidget(m_age, 0, Qt::AlignBottom);
    nameLine->addStretch();

    m_flagLayout->setSpacing(fontMetrics().height() / 2);
    m_flagLayout->addStretch();

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setVerticalSpacing(0);
    m_grid->addWidget(m_reading, 0, 0, Qt::AlignLeft | Qt::AlignBottom);
    m_grid->addLayout(m_flagLayout, 0, 1);
    m_grid->addLayout(nameLine, 1, 0);
    m_grid->setColumnStretch(0, 1);
}

void ClientHeader::setActions(QWidget *actions)
{
    m_grid->addWidget(actions, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
}

void ClientHeader::setClient(const Client &client, QDate today)
{
    clearFlags();
    if (client.isErased()) {
        clear(tr("This client's data was erased."));
        addFlag(QStringLiteral("erasedFlag"), tr("Erased"),
            tr("Identity, contact, health and family data and all notes were erased at the person's request."),
            Chip::Tone::Dark);
        return;
    }
    m_reading->setText(client.nameKana);
    m_reading->setVisible(!client.nameKana.isEmpty());
    m_name->setText(client.name);

    QString age;
    if (client.birthDate && client.birthDate->isValid()) {
        const int years = ageOn(*client.birthDate, today);
        age = tr("%1 years (%2)", "age (birth date)").arg(years).arg(DateFormat::display(*client.birthDate));
        m_age->setToolTip(DateFormat::era(*client.birthDate));
    } else {
        age = tr("birth date not recorded");
        m_age->setToolTip(QString());
    }
    if (client.sex)
        age += tr(" · %1", "sex after the age").arg(label(*client.sex));
    m_age->setText(age);

    if (client.confidentialAddress)
        addFlag(QStringLiteral("confidentialAddressFlag"), tr("Confidential address"),
            tr("Contact details are never disclosed, even with consent, unless a legal exception is invoked."),
            Chip::Tone::Danger);
    if (client.stopUse)
        addFlag(QStringLiteral("stopUseFlag"), tr("Use stopped"),
            tr("Hidden from work lists; nothing about this person is disclosed."), Chip::Tone::Dark);
    if (client.excludeFromStatistics)
        addFlag(QStringLiteral("excludeFromStatisticsFlag"), tr("Excluded from statistics"),
            tr("The person asked to be left out of statistics."), Chip::Tone::Muted);

    setAccessibleName(client.name);
    QStringList description { client.nameKana, age };
    for (const Chip *flag : std::as_const(m_flags))
        description << flag->text();
    setAccessibleDescription(description.join(QStringLiteral(", ")));
}

void ClientHeader::clear(const QString &message)
{
    clearFlags();
    m_reading->clear();
    m_reading->hide();
    m_name->setText(message);
    m_age->clear();
}

void ClientHeader::addFlag(const QString &objectName, const QString &text, const QString &explanation, Chip::Tone tone)
{
    auto *chip = new Chip(text, tone, this);
    chip->setObjectName(objectName);
    chip->setProminent(true);
    chip->setToolTip(explanation);
    chip->setAccessibleDescription(explanation);
    m_flagLayout->addWidget(chip);
    m_flags << chip;
}

void ClientHeader::clearFlags()
{
    for (Chip *chip : std::as_const(m_flags)) {
        m_flagLayout->removeWidget(chip);
        delete chip;
    }
    m_flags.clear();
}

} // namespace tsunagu::ui
