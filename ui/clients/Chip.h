// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLabel>

namespace tsunagu::ui {

// A short coloured label: a flag in the client header, a data category on a
// consent card. Its own colours (not the palette's), so that it reads the same
// in light and dark mode and cannot be missed.
class Chip : public QLabel
{
    Q_OBJECT

public:
    enum class Tone {
        Danger, // 住所秘匿: red
        Dark, // 利用停止: near black, with a light outline for dark mode
        Muted, // 統計除外, an expired consent's categories: grey
        Health, // 要配慮個人情報: purple, never merged with other categories
        Category, // other data categories: blue-grey
    };

    Chip(const QString &text, Tone tone, QWidget *parent = nullptr);

    Tone tone() const { return m_tone; }
    // Larger and bold: the flags in the header.
    void setProminent(bool prominent);

    static QColor background(Tone tone);

private:
    void updateStyle();

    Tone m_tone;
    bool m_prominent = false;
};

} // namespace tsunagu::ui
