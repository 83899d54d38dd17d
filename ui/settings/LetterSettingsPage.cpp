// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/LetterSettingsPage.h"

#include "ui/settings/AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tsunagu::ui {

namespace {
constexpr int maxOrganisationLength = 200;
}

LetterSettingsPage::LetterSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_organisation(new QLineEdit(this))
{
    setObjectName(QStringLiteral("letterSettingsPage"));
    m_organisation->setObjectName(QStringLiteral("organisationEdit"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_organisation->setMaxLength(maxOrganisationLength);
    m_organisation->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("福岡県難病相談支援センター 就労支援室")));
    m_organisation->setText(AppSettings::organisation());

    auto *note = new QLabel(tr("The sender line of referral letters, and the organisation that asks for consent on "
                               "consent forms."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Organisation:"), this);
    label->setBuddy(m_organisation);
    layout->addRow(label, m_organisation);
    layout->addRow(QString(), note);
}

void LetterSettingsPage::save()
{
    if (m_organisation->text().trimmed() != AppSettings::organisation())
        AppSettings::setOrganisation(m_organisation->text());
}

} // namespace tsunagu::ui
