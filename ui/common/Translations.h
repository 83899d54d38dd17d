// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace tsunagu::ui {

// The user-interface language: Japanese first, English second. Tsunagu's own
// messages come from the .qm files embedded under :/i18n, Qt's (dialog
// buttons and the like) from the Qt installation.
class Translations
{
public:
    enum class Language { Japanese, English };

    // Japanese on a Japanese system, English otherwise.
    static Language systemLanguage();
    // "ja" or "en"; nullopt for anything else.
    static std::optional<Language> fromCode(const QString &code);
    static QString code(Language language);

    // Replaces the installed translators with those of `language`, sets the
    // default locale to match and picks the date style (和式 for Japanese).
    // False when Tsunagu's own catalogue could not be loaded.
    static bool install(Language language);
    static Language current();
};

} // namespace tsunagu::ui
