// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/Fonts.h"

#include <QApplication>
#include <QFontDatabase>

namespace tsunagu::ui {

QStringList Fonts::preferredFamilies()
{
    return { QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"), QStringLiteral("Source Han Sans JP"),
        QStringLiteral("IPAexGothic"), QStringLiteral("Yu Gothic UI"), QStringLiteral("Meiryo UI"),
        QStringLiteral("Hiragino Sans") };
}

QString Fonts::japaneseFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : preferredFamilies()) {
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QFont Fonts::applicationFont(const QFont &base)
{
    QFont font = base;
    const QString family = japaneseFamily();
    if (!family.isEmpty())
        font.setFamilies({ family });
    // A font sized in pixels reports no point size; treat it as too small.
    if (font.pointSizeF() < minimumPointSize)
        font.setPointSizeF(minimumPointSize);
    return font;
}

void Fonts::apply()
{
    QApplication::setFont(applicationFont(QApplication::font()));
}

} // namespace tsunagu::ui
