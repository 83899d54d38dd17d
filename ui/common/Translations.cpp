// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Translations.h"

#include "common/ContextFallbackTranslator.h"
#include "ui/common/DateFormat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tsunagu::ui {

namespace {
Translations::Language s_current = Translations::Language::English;
QTranslator *s_qt = nullptr;
QTranslator *s_tsunagu = nullptr;

void uninstall(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

Translations::Language Translations::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

std::optional<Translations::Language> Translations::fromCode(const QString &code)
{
    if (code == QLatin1String("ja"))
        return Language::Japanese;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

QString Translations::code(Language language)
{
    return language == Language::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

bool Translations::install(Language language)
{
    uninstall(s_qt);
    uninstall(s_tsunagu);

    const QLocale system = QLocale::system();
    const QLocale locale = language == Language::Japanese
        ? QLocale(QLocale::Japanese, QLocale::Japan)
        : (system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    DateFormat::setStyle(language == Language::Japanese ? DateFormat::Style::Japanese : DateFormat::Style::Iso);
    s_current = language;

    QObject *owner = QCoreApplication::instance();
    s_qt = new QTranslator(owner);
    if (s_qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt);

    s_tsunagu = new ContextFallbackTranslator(owner);
    const bool loaded = s_tsunagu->load(QStringLiteral(":/i18n/tsunagu_") + code(language) + QStringLiteral(".qm"));
    if (loaded)
        QCoreApplication::installTranslator(s_tsunagu);
    return loaded;
}

Translations::Language Translations::current()
{
    return s_current;
}

} // namespace tsunagu::ui
