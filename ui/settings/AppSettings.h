// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/Translations.h"

#include <QObject>
#include <QString>

#include <optional>

namespace tsunagu::ui {

// This user's preferences on this computer (QSettings), each read and written
// here so that the keys live in one place:
//   ui/language               "ja", "en", or "" for the system's language
//   dates/era                 dates in the Japanese era (令和8年11月20日)
//   letters/organisation      the sender of referral letters and consent forms
//   today/unansweredAfterDays Today: referrals without an answer after N days
//   today/quietAfterDays      Today: cases without contact for N days
// Every setter tells notifier()'s listeners, so that open screens follow.
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Emits changed() after any setter; owned by the application object.
    static AppSettings *notifier();

    // The language chosen in the settings; nullopt: the system's.
    static std::optional<Translations::Language> language();
    static void setLanguage(std::optional<Translations::Language> language);

    // Dates in the Japanese era. Setting it changes DateFormat's style at once.
    static bool eraDates();
    static void setEraDates(bool era);
    // DateFormat's style for the installed language and the era preference:
    // to call after Translations::install().
    static void applyDateStyle();

    static QString organisation();
    static void setOrganisation(const QString &name);

    static int unansweredAfterDays();
    static void setUnansweredAfterDays(int days);
    static int quietAfterDays();
    static void setQuietAfterDays(int days);

signals:
    void changed();

private:
    using QObject::QObject;
    static void notify();
};

} // namespace tsunagu::ui
