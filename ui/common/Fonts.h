// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QStringList>

namespace tsunagu::ui {

// The application font: a Japanese font, so that kanji take their Japanese
// shapes on any system, and never smaller than 10 pt (UI.md).
class Fonts
{
public:
    static constexpr qreal minimumPointSize = 10.0;

    // Japanese UI fonts, preferred first.
    static QStringList preferredFamilies();
    // The first preferred family installed, or empty.
    static QString japaneseFamily();
    // `base` with the Japanese family (when installed) and at least 10 pt.
    static QFont applicationFont(const QFont &base);
    // Sets applicationFont(QApplication::font()) for the whole application.
    static void apply();
};

} // namespace tsunagu::ui
