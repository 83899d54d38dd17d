// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/AppSettings.h"

#include "ui/common/DateFormat.h"
#include "worklist/TodayList.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <algorithm>

namespace tsunagu::ui {

namespace {

const QString languageKey = QStringLiteral("ui/language");
const QString eraKey = QStringLiteral("dates/era");
const QString organisationKey = QStringLiteral("letters/organisation");
const QString unansweredKey = QStringLiteral("today/unansweredAfterDays");
const QString quietKey = QStringLiteral("today/quietAfterDays");

constexpr int minDays = 1;
constexpr int maxDays = 365;

int storedDays(const QString &key, int fallback)
{
    bool ok = false;
    const int value = QSettings().value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, minDays, maxDays) : fallback;
}

} // namespace

AppSettings *AppSettings::notifier()
{
    static QPointer<AppSettings> instance;
    if (!instance)
        instance = new AppSettings(QCoreApplication::instance());
    return instance;
}

void AppSettings::notify()
{
    emit notifier()->changed();
}

std::optional<Translations::Language> AppSettings::language()
{
    return Translations::fromCode(QSettings().value(languageKey).toString());
}

void AppSettings::setLanguage(std::optional<Translations::Language> language)
{
    QSettings().setValue(languageKey, language ? Translations::code(*language) : QString());
    notify();
}

bool AppSettings::eraDates()
{
    return QSettings().value(eraKey, false).toBool();
}

void AppSettings::setEraDates(bool era)
{
    QSettings().setValue(eraKey, era);
    applyDateStyle();
    notify();
}

void AppSettings::applyDateStyle()
{
    if (eraDates())
        DateFormat::setStyle(DateFormat::Style::Era);
    else
        DateFormat::setStyle(Translations::current() == Translations::Language::Japanese ? DateFormat::Style::Japanese
                                                                                         : DateFormat::Style::Iso);
}

QString AppSettings::organisation()
{
    return QSettings().value(organisationKey).toString();
}

void AppSettings::setOrganisation(const QString &name)
{
    QSettings().setValue(organisationKey, name.trimmed());
    notify();
}

int AppSettings::unansweredAfterDays()
{
    return storedDays(unansweredKey, worklist::TodayOptions().unansweredAfterDays);
}

void AppSettings::setUnansweredAfterDays(int days)
{
    QSettings().setValue(unansweredKey, std::clamp(days, minDays, maxDays));
    notify();
}

int AppSettings::quietAfterDays()
{
    return storedDays(quietKey, worklist::TodayOptions().quietAfterDays);
}

void AppSettings::setQuietAfterDays(int days)
{
    QSettings().setValue(quietKey, std::clamp(days, minDays, maxDays));
    notify();
}

} // namespace tsunagu::ui
