// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/TodaySettingsPage.h"

#include "ui/settings/AppSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace tsunagu::ui {

namespace {
QSpinBox *daysBox(const QString &objectName, const QString &accessibleName, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(1, 365);
    box->setSuffix(TodaySettingsPage::tr(" days"));
    box->setValue(value);
    return box;
}
} // namespace

TodaySettingsPage::TodaySettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_unanswered(daysBox(
          QStringLiteral("unansweredDays"), tr("Days without an answer"), AppSettings::unansweredAfterDays(), this))
    , m_quiet(daysBox(QStringLiteral("quietDays"), tr("Days without contact"), AppSettings::quietAfterDays(), this))
{
    setObjectName(QStringLiteral("todaySettingsPage"));
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *unansweredLabel = new QLabel(tr("Referrals sent with no &answer after:"), this);
    unansweredLabel->setBuddy(m_unanswered);
    layout->addRow(unansweredLabel, m_unanswered);
    auto *quietLabel = new QLabel(tr("&Support cases with no contact for:"), this);
    quietLabel->setBuddy(m_quiet);
    layout->addRow(quietLabel, m_quiet);
}

void TodaySettingsPage::save()
{
    if (m_unanswered->value() != AppSettings::unansweredAfterDays())
        AppSettings::setUnansweredAfterDays(m_unanswered->value());
    if (m_quiet->value() != AppSettings::quietAfterDays())
        AppSettings::setQuietAfterDays(m_quiet->value());
}

} // namespace tsunagu::ui
