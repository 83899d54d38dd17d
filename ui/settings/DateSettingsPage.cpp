// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/DateSettingsPage.h"

#include "ui/common/DateFormat.h"
#include "ui/common/Translations.h"
#include "ui/settings/AppSettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace tsunagu::ui {

DateSettingsPage::DateSettingsPage(QDate today, QWidget *parent)
    : SettingsPage(parent)
    , m_today(today)
    , m_era(new QCheckBox(tr("Show dates in the &Japanese era (%1)").arg(DateFormat::eraYear(today)), this))
    , m_example(new QLabel(this))
{
    setObjectName(QStringLiteral("dateSettingsPage"));
    m_era->setObjectName(QStringLiteral("eraBox"));
    m_era->setChecked(AppSettings::eraDates());
    m_example->setObjectName(QStringLiteral("dateExample"));

    auto *note = new QLabel(tr("Every date shown from now on follows this choice."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_era);
    layout->addWidget(m_example);
    layout->addWidget(note);
    layout->addStretch();

    connect(m_era, &QCheckBox::toggled, this, &DateSettingsPage::updateExample);
    updateExample();
}

void DateSettingsPage::updateExample()
{
    QString example;
    if (m_era->isChecked())
        example = DateFormat::era(m_today);
    else if (Translations::current() == Translations::Language::Japanese)
        example = DateFormat::japanese(m_today);
    else
        example = DateFormat::iso(m_today);
    m_example->setText(tr("Today is written: %1").arg(example));
}

void DateSettingsPage::save()
{
    if (m_era->isChecked() != AppSettings::eraDates())
        AppSettings::setEraDates(m_era->isChecked());
}

} // namespace tsunagu::ui
