// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/GeneralSettingsPage.h"

#include "ui/settings/AppSettings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace tsunagu::ui {

namespace {
// Each language named in itself, so that anyone can find their own.
QString nativeName(Translations::Language language)
{
    return language == Translations::Language::Japanese ? QStringLiteral("日本語") : QStringLiteral("English");
}
} // namespace

GeneralSettingsPage::GeneralSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("generalSettingsPage"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->setAccessibleName(tr("Language of the interface"));
    m_language->addItem(tr("System default (%1)").arg(nativeName(Translations::systemLanguage())), QString());
    for (const Translations::Language language : { Translations::Language::Japanese, Translations::Language::English })
        m_language->addItem(nativeName(language), Translations::code(language));
    const std::optional<Translations::Language> stored = AppSettings::language();
    m_language->setCurrentIndex(std::max(0, m_language->findData(stored ? Translations::code(*stored) : QString())));

    auto *note = new QLabel(tr("The new language is used once Tsunagu starts again."), this);
    note->setObjectName(QStringLiteral("languageNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QFormLayout(this);
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    layout->addRow(label, m_language);
    layout->addRow(QString(), note);
}

std::optional<Translations::Language> GeneralSettingsPage::chosenLanguage() const
{
    return Translations::fromCode(m_language->currentData().toString());
}

void GeneralSettingsPage::save()
{
    if (chosenLanguage() != AppSettings::language())
        AppSettings::setLanguage(chosenLanguage());
}

} // namespace tsunagu::ui
