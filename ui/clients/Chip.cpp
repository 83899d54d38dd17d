// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/clients/Chip.h"

namespace tsunagu::ui {

Chip::Chip(const QString &text, Tone tone, QWidget *parent)
    : QLabel(text, parent)
    , m_tone(tone)
{
    setTextFormat(Qt::PlainText);
    setAccessibleName(text);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    updateStyle();
}

void Chip::setProminent(bool prominent)
{
    m_prominent = prominent;
    updateStyle();
}

QColor Chip::background(Tone tone)
{
    switch (tone) {
    case Tone::Danger:
        return QColor(0xc6, 0x28, 0x28);
    case Tone::Dark:
        return QColor(0x21, 0x21, 0x21);
    case Tone::Muted:
        return QColor(0x75, 0x75, 0x75);
    case Tone::Health:
        return QColor(0x6a, 0x1b, 0x9a);
    case Tone::Category:
        return QColor(0x45, 0x5a, 0x64);
    }
    return QColor(0x75, 0x75, 0x75);
}

void Chip::updateStyle()
{
    const int em = fontMetrics().height();
    const int vertical = m_prominent ? em / 6 : em / 10;
    const int horizontal = m_prominent ? em / 2 : em / 3;
    const QString border = m_tone == Tone::Dark ? QStringLiteral("1px solid #bdbdbd") : QStringLiteral("none");
    setStyleSheet(QStringLiteral("QLabel { background-color: %1; color: #ffffff; border: %2; border-radius: %3px; "
                                 "padding: %4px %5px; font-weight: %6; }")
                      .arg(background(m_tone).name(), border)
                      .arg(em / 3)
                      .arg(vertical)
                      .arg(horizontal)
                      .arg(m_prominent ? QStringLiteral("bold") : QStringLiteral("normal")));
}

} // namespace tsunagu::ui
